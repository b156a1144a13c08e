package nl.jeugdregie.care;

import java.time.LocalDate;

/**
 * How timely a kind of fact was delivered: {@code aantal} facts of one municipality and provider
 * about the same date, reported on the same date. The data-quality indicators are made of these
 * (invoices' timeliness follows from {@link Uitgave}).
 *
 * @param peildatum the date the fact is about: the assignment's start, the care start or stop
 * @param gemeld    when it was reported: the assignment date, the message date
 * @param productcode null for starts and stops, which are judged on timeliness only
 */
public record Levering(Soort soort, String gemeente, String aanbieder, LocalDate peildatum, LocalDate gemeld,
                       String productcategorie, String productcode, long aantal) {

    public enum Soort {
        /** A new assignment (JW301 without a change reason). */
        TOEWIJZING,
        /** A care start (JW305). */
        START,
        /** A care stop (JW307). */
        STOP
    }
}
