package nl.jeugdregie.indicators.internal;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** Reading form and query input leniently: anything unreadable becomes null, for the caller to mark. */
final class Invoer {

    private Invoer() {
    }

    static YearMonth maand(String tekst) {
        try {
            YearMonth m = tekst == null ? null : YearMonth.parse(tekst.strip());
            return m != null && m.getYear() >= 2000 && m.getYear() <= 2100 ? m : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static Integer geheel(String tekst) {
        try {
            return tekst == null ? null : Integer.valueOf(tekst.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static Double getal(String tekst) {
        try {
            return tekst == null ? null : Double.valueOf(tekst.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
