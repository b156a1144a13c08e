package nl.jeugdregie.indicators;

import java.time.YearMonth;

/**
 * One value of a series.
 *
 * @param gemeente  CBS code, or {@link #REGIO}
 * @param aanbieder AGB code, or {@link #ALLE}
 * @param segment   segment code, care-form slice (see {@link Doorsnede}), or {@link #ALLE}
 * @param maand     first month of the period
 * @param waarde    null when the denominator is zero
 * @param noemer    null for counts
 */
public record Waarde(String indicator, String gemeente, String aanbieder, String segment, Periode periode,
                     YearMonth maand, Double waarde, long teller, Long noemer) {

    public static final String REGIO = "regio";
    public static final String ALLE = "alle";

    public String periodeLabel() {
        return periode.label(maand);
    }
}
