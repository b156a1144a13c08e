package nl.jeugdregie.waiting.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import nl.jeugdregie.waiting.Wacht;
import nl.jeugdregie.waiting.Wachtnorm;

/**
 * The realised waits: every started wait filed under the month care started, and each month's
 * figures per choice kept until a wait of that month changes or the norms do. A message touches one
 * or two months, so the page recomputes those and reads the rest, however large the region.
 */
final class Gerealiseerd {

    private record Sleutel(Object keuze, YearMonth maand) {
    }

    private record Bewaard(long versie, Map<String, Wachtnorm> normen, WachtOverzicht.Maand maand) {
    }

    /** Months × choices kept at most: a bound on memory however many choices users make. */
    private static final int MAX_BEWAARD = 50_000;

    private final Map<YearMonth, Map<String, List<Wacht>>> perMaand = new ConcurrentHashMap<>();
    private final Map<YearMonth, Long> versies = new ConcurrentHashMap<>();
    private final Map<Sleutel, Bewaard> bewaard = new ConcurrentHashMap<>();
    /** The last medians asked for, with the months' versions they were made from. */
    private volatile Medianen medianen;

    private record Medianen(LocalDate sinds, Map<YearMonth, Long> versies, Map<String, Long> perSleutel) {
    }

    /** One youth's waits changed: its started waits leave their months and the new ones are filed. */
    void vervang(String jeugdige, List<Wacht> oud, List<Wacht> nieuw) {
        for (Wacht w : oud) {
            if (w.start() != null) {
                YearMonth m = YearMonth.from(w.start());
                Map<String, List<Wacht>> maand = perMaand.get(m);
                if (maand != null) {
                    maand.remove(jeugdige);
                }
                versies.merge(m, 1L, Long::sum);
            }
        }
        Map<YearMonth, List<Wacht>> gestart = new HashMap<>();
        for (Wacht w : nieuw) {
            if (w.start() != null) {
                gestart.computeIfAbsent(YearMonth.from(w.start()), k -> new ArrayList<>()).add(w);
            }
        }
        gestart.forEach((m, lijst) -> {
            perMaand.computeIfAbsent(m, k -> new ConcurrentHashMap<>()).put(jeugdige, List.copyOf(lijst));
            versies.merge(m, 1L, Long::sum);
        });
    }

    void leeg() {
        perMaand.clear();
        bewaard.clear();
        medianen = null;
        versies.replaceAll((m, v) -> v + 1);
    }

    /**
     * The realised waits of care started in each month from {@code van} to {@code tot}, over the
     * waits that pass {@code filter}; {@code keuze} names that filter for keeping the results.
     */
    List<WachtOverzicht.Maand> maanden(Object keuze, Predicate<Wacht> filter, YearMonth van, YearMonth tot,
                                       Map<String, Wachtnorm> normen) {
        List<WachtOverzicht.Maand> maanden = new ArrayList<>();
        for (YearMonth m = van; !m.isAfter(tot); m = m.plusMonths(1)) {
            Sleutel sleutel = new Sleutel(keuze, m);
            long versie = versies.getOrDefault(m, 0L);
            Bewaard b = bewaard.get(sleutel);
            if (b == null || b.versie() != versie || !b.normen().equals(normen)) {
                b = new Bewaard(versie, normen, maand(m, gestart(m, filter), normen));
                if (bewaard.size() > MAX_BEWAARD) {
                    bewaard.clear();
                }
                bewaard.put(sleutel, b);
            }
            maanden.add(b.maand());
        }
        return maanden;
    }

    /**
     * The median days of the waits that began care on or after {@code sinds}, per key; kept until
     * a wait of one of those months changes (the key must be the same on every call); months after
     * {@code totEnMet} (today's) are not looked at, so no date in data sizes the walk.
     */
    Map<String, Long> medianen(Function<Wacht, String> sleutel, LocalDate sinds, YearMonth totEnMet) {
        YearMonth laatste = perMaand.keySet().stream().max(YearMonth::compareTo).orElse(YearMonth.from(sinds));
        laatste = laatste.isAfter(totEnMet) ? totEnMet : laatste;
        Map<YearMonth, Long> nu = new HashMap<>();
        for (YearMonth m = YearMonth.from(sinds); !m.isAfter(laatste); m = m.plusMonths(1)) {
            nu.put(m, versies.getOrDefault(m, 0L));
        }
        Medianen vorige = medianen;
        if (vorige != null && vorige.sinds().equals(sinds) && vorige.versies().equals(nu)) {
            return vorige.perSleutel();
        }
        Map<String, List<Long>> dagen = new HashMap<>();
        for (YearMonth m : nu.keySet()) {
            for (Wacht w : gestart(m, w -> !w.start().isBefore(sinds))) {
                dagen.computeIfAbsent(sleutel.apply(w), k -> new ArrayList<>()).add(w.dagen(w.start()));
            }
        }
        Map<String, Long> uit = new HashMap<>();
        dagen.forEach((k, lijst) -> uit.put(k, WachtOverzicht.percentiel(lijst.stream().mapToLong(Long::longValue).sorted().toArray(), 50)));
        medianen = new Medianen(sinds, nu, Map.copyOf(uit));
        return medianen.perSleutel();
    }

    private List<Wacht> gestart(YearMonth m, Predicate<Wacht> filter) {
        List<Wacht> uit = new ArrayList<>();
        perMaand.getOrDefault(m, Map.of()).values().forEach(l -> l.stream().filter(filter).forEach(uit::add));
        return uit;
    }

    /** One month's realised waits: how many started, median, p80 and p95 days, share within the norm. */
    static WachtOverzicht.Maand maand(YearMonth m, List<Wacht> gestart, Map<String, Wachtnorm> normen) {
        if (gestart.isEmpty()) {
            return new WachtOverzicht.Maand(m, 0, null, null, null, null);
        }
        long[] dagen = gestart.stream().mapToLong(w -> w.dagen(w.start())).sorted().toArray();
        long binnen = gestart.stream().filter(w -> w.binnenNorm(normen.get(w.segment().code()))).count();
        return new WachtOverzicht.Maand(m, gestart.size(), WachtOverzicht.percentiel(dagen, 50),
                WachtOverzicht.percentiel(dagen, 80), WachtOverzicht.percentiel(dagen, 95),
                Math.round(binnen * 1000.0 / gestart.size()) / 10.0);
    }
}
