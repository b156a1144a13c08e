package nl.jeugdregie.indicators;

import java.time.YearMonth;

/**
 * One monthly value.
 *
 * @param gemeente CBS code, or {@link #REGIO}
 * @param segment  segment code, or {@link #ALLE}
 * @param waarde   null when the denominator is zero
 * @param noemer   null for counts
 */
public record Waarde(String indicator, String gemeente, String segment, YearMonth maand, Double waarde, long teller,
                     Long noemer) {

    public static final String REGIO = "regio";
    public static final String ALLE = "alle";
}
