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
    /** Per month (its number from January of the first year) the indices of the month, its quarter, half-year and year. */
    private final int[][] perMaand;

    Perioden(YearMonth van, YearMonth tot) {
        this.eersteJaar = van.getYear();
        this.jaren = tot.getYear() - van.getYear() + 1;
        this.perMaand = new int[12 * jaren][];
        for (int k = 0; k < perMaand.length; k++) {
            YearMonth m = YearMonth.of(eersteJaar + k / 12, k % 12 + 1);
            perMaand[k] = new int[] {index(Periode.MAAND, m), index(Periode.KWARTAAL, m), index(Periode.HALFJAAR, m),
                    index(Periode.JAAR, m)};
        }
    }

    /** A month's number from January of the first year; its periods are {@link #vanMaand(int)}. */
    int maand(YearMonth m) {
        return (m.getYear() - eersteJaar) * 12 + m.getMonthValue() - 1;
    }

    /** The indices of month number {@code maand} and of its quarter, half-year and year; shared, not to be changed. */
    int[] vanMaand(int maand) {
        return perMaand[maand];
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
        return perMaand[maand(maand)];
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
