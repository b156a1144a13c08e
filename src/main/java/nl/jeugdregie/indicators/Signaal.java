package nl.jeugdregie.indicators;

import java.time.YearMonth;

/**
 * A deviation in a monthly series worth discussing: a month far from what the series' own course
 * (trend and season) led to expect, a lasting run on one side of it, or leaving the target band.
 *
 * @param regel    which rule fired (see {@link Regel})
 * @param waarde   the month's value
 * @param verwacht what the preceding 24 months led to expect (null for the target band)
 * @param marge    the spread of the preceding year's deviations from their expectation (robust: 1.4826 × the
 *                 median absolute deviation); the rule fires beyond three times it
 */
public record Signaal(String indicator, String gemeente, String segment, YearMonth maand, Regel regel, Double waarde,
                      Double verwacht, Double marge) {

    public Signaal(String indicator, String gemeente, String segment, YearMonth maand, Regel regel, Double waarde) {
        this(indicator, gemeente, segment, maand, regel, waarde, null, null);
    }

    /** The value minus the expected one; null when there is no expectation. */
    public Double afwijking() {
        return waarde == null || verwacht == null ? null : waarde - verwacht;
    }

    /** +1 above expectation, −1 below, 0 without one. */
    public int richting() {
        Double a = afwijking();
        return a == null ? 0 : (int) Math.signum(a);
    }

    public enum Regel {
        /** A month more than three times the usual spread away from its expected value. */
        BUITEN_VERWACHTING,
        /** Eight months in a row on the same side of their expected values. */
        ACHT_AAN_EEN_KANT,
        /** The last three months' average off track against the target path. */
        BUITEN_STREEFBAND
    }
}
