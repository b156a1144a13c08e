package nl.jeugdregie.indicators;

import java.time.YearMonth;

/**
 * A deviation in a monthly series worth discussing: a control-chart rule or leaving the target band.
 *
 * @param regel which rule fired (see {@link Regel})
 */
public record Signaal(String indicator, String gemeente, String segment, YearMonth maand, Regel regel, Double waarde) {

    public enum Regel {
        /** A month beyond three standard deviations of the baseline. */
        BUITEN_3_SIGMA,
        /** Eight months in a row on one side of the baseline's mean. */
        ACHT_AAN_EEN_KANT,
        /** Six months in a row rising, or six falling. */
        ZES_STIJGEND_OF_DALEND,
        /** The last three months' average off track against the target path. */
        BUITEN_STREEFBAND
    }
}
