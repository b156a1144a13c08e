package nl.jeugdregie.region;

/**
 * How a delivered product counts: care form and segment.
 *
 * @param uitRegiolijst false when the code was not in the region's list and the JZ020
 *                      category decided (a data-quality finding)
 */
public record ProductIndeling(String categorie, String code, Hulpvorm hulpvorm, Segment segment, boolean uitRegiolijst) {
}
