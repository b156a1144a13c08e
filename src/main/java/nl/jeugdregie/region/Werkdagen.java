package nl.jeugdregie.region;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Working days as the iJw deadlines count them ("binnen 5 werkdagen"): Monday to Friday, without
 * the national holidays that are a day off for nearly everyone (New Year, Easter Monday, King's
 * Day, Ascension, Whit Monday, Christmas). Liberation Day and Good Friday vary by employer and are
 * counted as working days.
 */
public final class Werkdagen {

    private static final Set<MonthDay> VAST = Set.of(MonthDay.of(1, 1), MonthDay.of(12, 25), MonthDay.of(12, 26));
    private static final Map<Integer, LocalDate> PASEN = new ConcurrentHashMap<>();

    private Werkdagen() {
    }

    public static boolean isWerkdag(LocalDate dag) {
        return dag.getDayOfWeek() != DayOfWeek.SATURDAY && dag.getDayOfWeek() != DayOfWeek.SUNDAY && !isFeestdag(dag);
    }

    /** The date {@code aantal} working days after {@code dag}. */
    public static LocalDate na(LocalDate dag, int aantal) {
        LocalDate d = dag;
        int over = aantal;
        while (over > 0) {
            d = d.plusDays(1);
            if (isWerkdag(d)) {
                over--;
            }
        }
        return d;
    }

    /**
     * The working days after {@code van} up to and including {@code tot}: a decision term as the
     * standard counts it ("binnen 5 werkdagen" after the request). 0 when {@code tot} is not after
     * {@code van}; a decision on a Saturday after a Friday request took 0 working days.
     */
    public static int naTotEnMet(LocalDate van, LocalDate tot) {
        if (!tot.isAfter(van)) {
            return 0;
        }
        return tussen(van, tot) + (isWerkdag(tot) ? 1 : 0);
    }

    /**
     * The working days strictly between two dates, counted without walking the days: the weekdays
     * of the span less the holidays that fall on a weekday.
     */
    public static int tussen(LocalDate van, LocalDate tot) {
        LocalDate eerste = van.plusDays(1);
        LocalDate laatste = tot.minusDays(1);
        if (laatste.isBefore(eerste)) {
            return 0;
        }
        long dagen = java.time.temporal.ChronoUnit.DAYS.between(eerste, laatste) + 1;
        long weekdagen = dagen / 7 * 5;
        DayOfWeek d = eerste.getDayOfWeek();
        for (long i = 0; i < dagen % 7; i++) {
            if (d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY) {
                weekdagen++;
            }
            d = d.plus(1);
        }
        for (int jaar = eerste.getYear(); jaar <= laatste.getYear(); jaar++) {
            for (LocalDate f : feestdagen(jaar)) {
                if (!f.isBefore(eerste) && !f.isAfter(laatste) && f.getDayOfWeek() != DayOfWeek.SATURDAY
                        && f.getDayOfWeek() != DayOfWeek.SUNDAY) {
                    weekdagen--;
                }
            }
        }
        return (int) weekdagen;
    }

    private static Set<LocalDate> feestdagen(int jaar) {
        LocalDate pasen = PASEN.computeIfAbsent(jaar, Werkdagen::pasen);
        Set<LocalDate> dagen = new java.util.HashSet<>();
        VAST.forEach(m -> dagen.add(m.atYear(jaar)));
        dagen.add(koningsdag(jaar));
        dagen.add(pasen.plusDays(1));
        dagen.add(pasen.plusDays(39));
        dagen.add(pasen.plusDays(50));
        return dagen;
    }

    private static LocalDate koningsdag(int jaar) {
        LocalDate dag = LocalDate.of(jaar, 4, 27);
        return dag.getDayOfWeek() == DayOfWeek.SUNDAY ? dag.minusDays(1) : dag;
    }

    static boolean isFeestdag(LocalDate dag) {
        if (VAST.contains(MonthDay.from(dag))) {
            return true;
        }
        LocalDate pasen = PASEN.computeIfAbsent(dag.getYear(), Werkdagen::pasen);
        return dag.equals(koningsdag(dag.getYear())) || dag.equals(pasen.plusDays(1)) || dag.equals(pasen.plusDays(39))
                || dag.equals(pasen.plusDays(50));
    }

    /** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    static LocalDate pasen(int jaar) {
        int a = jaar % 19;
        int b = jaar / 100;
        int c = jaar % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int maand = (h + l - 7 * m + 114) / 31;
        int dag = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(jaar, maand, dag);
    }
}
