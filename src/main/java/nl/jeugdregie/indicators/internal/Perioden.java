package nl.jeugdregie.indicators.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import nl.jeugdregie.indicators.Periode;

/**
 * Numbers every month, quarter, half-year and year of whole calendar years into one index, so a
 * slice keeps all its periods in one array.
 */
final class Perioden {

    private final int eersteJaar;
    private final int jaren;

    Perioden(YearMonth van, YearMonth tot) {
        this.eersteJaar = van.getYear();
        this.jaren = tot.getYear() - van.getYear() + 1;
    }

    int aantal() {
        return 19 * jaren;
    }

    int index(Periode periode, YearMonth begin) {
        int jaar = begin.getYear() - eersteJaar;
        int maand = begin.getMonthValue() - 1;
        return switch (periode) {
            case MAAND -> jaar * 12 + maand;
            case KWARTAAL -> 12 * jaren + jaar * 4 + maand / 3;
            case HALFJAAR -> 16 * jaren + jaar * 2 + maand / 6;
            case JAAR -> 18 * jaren + jaar;
        };
    }

    /** The month's own index and those of its quarter, half-year and year. */
    int[] vanMaand(YearMonth maand) {
        return new int[] {index(Periode.MAAND, maand), index(Periode.KWARTAAL, maand), index(Periode.HALFJAAR, maand),
                index(Periode.JAAR, maand)};
    }

    /** First months of the periods of one kind that overlap {@code van}–{@code tot}. */
    static List<YearMonth> begins(Periode periode, YearMonth van, YearMonth tot) {
        List<YearMonth> begins = new ArrayList<>();
        for (YearMonth m = periode.begin(van); !m.isAfter(tot); m = m.plusMonths(periode.maanden())) {
            begins.add(m);
        }
        return begins;
    }
}
