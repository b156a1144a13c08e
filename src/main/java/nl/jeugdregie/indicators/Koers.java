package nl.jeugdregie.indicators;

import java.time.YearMonth;

/**
 * Where a series stands against its target path in a month.
 *
 * @param basis     the base year's monthly average
 * @param streef    the target path's value in the month
 * @param actueel   the average of the last three months up to and including the month
 */
public record Koers(Streefwaarde streefwaarde, YearMonth maand, double basis, double streef, Double actueel, Status status) {

    /** On track, attention (within 5% on the wrong side), off track. */
    public enum Status { OP_KOERS, AANDACHT, UIT_KOERS, ONBEKEND }

    public static final double MARGE_PROCENT = 5.0;

    /** The target path: the base value changed by the yearly percentage, compounded per month. */
    public static double pad(double basis, double procentPerJaar, int basisjaar, YearMonth maand) {
        double jaren = (maand.getYear() - basisjaar) + (maand.getMonthValue() - 6.5) / 12.0;
        return basis * Math.pow(1 + procentPerJaar / 100.0, jaren);
    }

    public static Status status(double streef, Double actueel, boolean lagerIsBeter) {
        if (actueel == null || streef == 0) {
            return Status.ONBEKEND;
        }
        double afwijking = (actueel - streef) / Math.abs(streef) * 100 * (lagerIsBeter ? 1 : -1);
        if (afwijking <= 0) {
            return Status.OP_KOERS;
        }
        return afwijking <= MARGE_PROCENT ? Status.AANDACHT : Status.UIT_KOERS;
    }
}
