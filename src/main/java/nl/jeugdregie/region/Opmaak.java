package nl.jeugdregie.region;

import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * How figures are written for people, in one place for pages, charts and exports: counts as whole
 * numbers with thousands separators ("11.397", not "11.397,0"), money with the euro sign and no
 * cents above a hundred euros, percentages and rates with one decimal, averages with one decimal,
 * years without a separator, months as words ("december 2025"). Dutch by default; English numbers
 * and month names when English is chosen. Pure: the locale comes in.
 */
public final class Opmaak {

    /** No value: a dash, as the tables had it. */
    public static final String GEEN = "–";

    private Opmaak() {
    }

    /**
     * A value in the unit an indicator states: "jeugdigen", "trajecten", "toewijzingen",
     * "gemeente-maanden" are counts; "euro" money; "%" and "per 1.000" one decimal with their
     * sign; "dagen" (an average) one decimal.
     */
    public static String waarde(Double waarde, String eenheid, Locale taal) {
        if (waarde == null || waarde.isNaN()) {
            return GEEN;
        }
        return switch (eenheid == null ? "" : eenheid) {
            case "euro" -> euro(waarde, taal);
            case "%" -> procent(waarde, taal);
            case "per 1.000", "dagen" -> decimaal(waarde, taal);
            case "jeugdigen", "trajecten", "toewijzingen", "gemeente-maanden" -> aantal(Math.round(waarde), taal);
            default -> waarde == Math.rint(waarde) ? aantal(Math.round(waarde), taal) : decimaal(waarde, taal);
        };
    }

    public static String aantal(long aantal, Locale taal) {
        NumberFormat f = NumberFormat.getIntegerInstance(taal(taal));
        f.setGroupingUsed(true);
        f.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return f.format(aantal);
    }

    /** One decimal, always shown: "132,9". */
    public static String decimaal(double waarde, Locale taal) {
        NumberFormat f = NumberFormat.getNumberInstance(taal(taal));
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        f.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return f.format(waarde);
    }

    /** "62,7 %" (Dutch puts a space before the sign), "62.7%" in English. */
    public static String procent(double waarde, Locale taal) {
        return decimaal(waarde, taal) + (isNederlands(taal) ? " %" : "%");
    }

    /** A change in percent with its sign: "+4,2 %", "−3,0 %". */
    public static String verandering(Double procent, Locale taal) {
        if (procent == null) {
            return GEEN;
        }
        String getal = decimaal(Math.abs(procent), taal) + (isNederlands(taal) ? " %" : "%");
        return (procent > 0 ? "+" : procent < 0 ? "−" : "") + getal;
    }

    /** "€ 251.878.095"; cents only below a hundred euros ("€ 85,50"). */
    public static String euro(double euro, Locale taal) {
        NumberFormat f = NumberFormat.getNumberInstance(taal(taal));
        boolean centen = Math.abs(euro) < 100;
        f.setMinimumFractionDigits(centen ? 2 : 0);
        f.setMaximumFractionDigits(centen ? 2 : 0);
        f.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return (isNederlands(taal) ? "€ " : "€") + f.format(euro);
    }

    /** "december 2025", "December 2025". */
    public static String maand(YearMonth maand, Locale taal) {
        if (maand == null) {
            return GEEN;
        }
        return maand.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, taal(taal)) + " " + maand.getYear();
    }

    /** A day as people write it: "3 december 2026". */
    public static String datum(java.time.LocalDate dag, Locale taal) {
        return dag == null ? GEEN : dag.format(DateTimeFormatter.ofPattern("d MMMM yyyy", taal(taal)));
    }

    private static boolean isNederlands(Locale taal) {
        return !"en".equals(taal(taal).getLanguage());
    }

    private static Locale taal(Locale taal) {
        return taal == null || !"en".equals(taal.getLanguage()) ? Locale.forLanguageTag("nl-NL") : Locale.UK;
    }
}
