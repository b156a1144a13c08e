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
 * @param voorlopig the period reaches past the last complete month of the slice's data: the value
 *                  may still change as late messages arrive (see the definitions page)
 */
public record Waarde(String indicator, String gemeente, String aanbieder, String segment, Periode periode,
                     YearMonth maand, Double waarde, long teller, Long noemer, boolean voorlopig) {

    public Waarde(String indicator, String gemeente, String aanbieder, String segment, Periode periode, YearMonth maand,
                  Double waarde, long teller, Long noemer) {
        this(indicator, gemeente, aanbieder, segment, periode, maand, waarde, teller, noemer, false);
    }

    public Waarde voorlopig(boolean voorlopig) {
        return new Waarde(indicator, gemeente, aanbieder, segment, periode, maand, waarde, teller, noemer, voorlopig);
    }

    public static final String REGIO = "regio";
    public static final String ALLE = "alle";

    public String periodeLabel() {
        return periode.label(maand);
    }
}
