package nl.jeugdregie.region;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * "Today" for every figure, and the reporting window figures are computed over. Today is the
 * clock's — never the newest date a sender wrote, so no message can move it — or a fixed date
 * ({@code jeugdregie.vandaag}) for a replay of a past period and for tests. The window runs from
 * the year the Jeugdwet took effect (or a later configured year) to today's year: no computation
 * sizes itself by a date found in data.
 */
public final class Kalender {

    /** The Jeugdwet took effect on 1 January 2015: no youth-care message can be about an earlier date. */
    public static final LocalDate JEUGDWET = LocalDate.of(2015, 1, 1);

    private final Clock klok;
    private final int eersteJaar;

    public Kalender(Clock klok, int eersteJaar) {
        if (eersteJaar < JEUGDWET.getYear()) {
            throw new IllegalArgumentException("het eerste rapportagejaar ligt voor de Jeugdwet (2015): " + eersteJaar);
        }
        this.klok = klok;
        this.eersteJaar = eersteJaar;
    }

    public Kalender(Clock klok) {
        this(klok, JEUGDWET.getYear());
    }

    public LocalDate vandaag() {
        return LocalDate.now(klok);
    }

    /** The clock itself, for its zone: the time zone local times are kept in. */
    public Clock klok() {
        return klok;
    }

    public int laatsteJaar() {
        return Math.max(eersteJaar, vandaag().getYear());
    }

    /** The last month of the window: today's month. */
    public YearMonth laatsteMaand() {
        return YearMonth.from(vandaag());
    }

    /** The years from {@code van} to {@code tot}, cut to the window; empty when they fall outside it. */
    public java.util.List<Integer> jarenBinnen(int van, int tot) {
        int begin = Math.max(van, eersteJaar);
        int einde = Math.min(tot, laatsteJaar());
        java.util.List<Integer> jaren = new java.util.ArrayList<>();
        for (int j = begin; j <= einde; j++) {
            jaren.add(j);
        }
        return jaren;
    }
}
