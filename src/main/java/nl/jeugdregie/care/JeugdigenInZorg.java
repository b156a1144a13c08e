package nl.jeugdregie.care;

/**
 * Distinct youths with a trajectory that overlaps the year.
 *
 * @param gemeente CBS code, or null for the whole region
 * @param segment  segment code, or {@link ZorgGebruik#ALLE_SEGMENTEN}
 */
public record JeugdigenInZorg(int jaar, String gemeente, String segment, long jeugdigen) {

    public boolean regio() {
        return gemeente == null;
    }

    public boolean alleSegmenten() {
        return ZorgGebruik.ALLE_SEGMENTEN.equals(segment);
    }
}
