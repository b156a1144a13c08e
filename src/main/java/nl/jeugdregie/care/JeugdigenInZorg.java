package nl.jeugdregie.care;

/**
 * Distinct youths with a trajectory that overlaps the year.
 *
 * @param gemeente     CBS code, or null for the whole region
 * @param segment      segment code, or {@link ZorgGebruik#ALLE_SEGMENTEN}: youth help (jeugdhulp, CBS) — every
 *                     segment but youth protection and probation, which are measures and have rows of their own
 * @param jeugdigen017 of them, those 0–17 at the start of their first month in care in the year: the numerator
 *                     per 1,000 youths of 0–17
 */
public record JeugdigenInZorg(int jaar, String gemeente, String segment, long jeugdigen, long jeugdigen017) {

    public boolean regio() {
        return gemeente == null;
    }

    public boolean alleSegmenten() {
        return ZorgGebruik.ALLE_SEGMENTEN.equals(segment);
    }
}
