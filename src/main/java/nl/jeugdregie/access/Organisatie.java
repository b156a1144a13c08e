package nl.jeugdregie.access;

/**
 * An organisation users belong to: the regional office, a municipality or a provider.
 *
 * @param code CBS code of a municipality (GM0141) or AGB code of a provider; null for the region
 */
public record Organisatie(String id, String naam, Soort soort, String code) {

    public enum Soort { REGIO, GEMEENTE, AANBIEDER }
}
