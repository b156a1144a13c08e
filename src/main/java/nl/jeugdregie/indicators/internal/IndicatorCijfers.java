package nl.jeugdregie.indicators.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import nl.jeugdregie.indicators.Doorsnede;
import nl.jeugdregie.indicators.Periode;
import nl.jeugdregie.indicators.Waarde;

/**
 * Per slice the totals of every period. Values are made from the totals when asked for, which
 * keeps some 30 indicators × 19 periods a year × hundreds of slices out of the heap. Pages read
 * while a message's changes are applied: reads share a lock that a change takes alone.
 */
final class IndicatorCijfers {

    private final YearMonth van;
    private final YearMonth tot;
    private final Perioden perioden;
    private final Map<Doorsnede, Cel[]> reeksen = new HashMap<>();
    private final Map<String, Integer> jeugdigenPerGemeente;
    private final int jeugdigenRegio;
    private final ReadWriteLock slot = new ReentrantReadWriteLock();
    private final Waardering waardering;
    private int keer;

    IndicatorCijfers(YearMonth van, YearMonth tot, Map<String, Integer> jeugdigenPerGemeente, Waardering waardering) {
        this.waardering = waardering;
        this.van = van;
        this.tot = tot;
        this.perioden = van == null ? null : new Perioden(van, tot);
        this.jeugdigenPerGemeente = Map.copyOf(jeugdigenPerGemeente);
        this.jeugdigenRegio = jeugdigenPerGemeente.values().stream().mapToInt(Integer::intValue).sum();
    }

    static IndicatorCijfers leeg() {
        return new IndicatorCijfers(null, null, Map.of(), Waardering.GEEN);
    }

    Waardering waardering() {
        return waardering;
    }

    YearMonth van() {
        return van;
    }

    YearMonth tot() {
        return tot;
    }

    Perioden perioden() {
        return perioden;
    }

    Set<String> gemeenten() {
        return jeugdigenPerGemeente.keySet();
    }

    /** The cells of a slice, made when first needed; only while changing. */
    Cel[] cellen(Doorsnede d) {
        return reeksen.computeIfAbsent(d, k -> {
            Cel[] cellen = new Cel[perioden.aantal()];
            for (int i = 0; i < cellen.length; i++) {
                cellen[i] = new Cel();
            }
            return cellen;
        });
    }

    /** The same periods, population and valuation without any totals: for a part of a computation. */
    IndicatorCijfers leegeKopie() {
        return new IndicatorCijfers(van, tot, jeugdigenPerGemeente, waardering);
    }

    /**
     * Adds the totals of a part computed apart over other youths. The distinct counts' numbers of
     * the part are not taken over: later changes draw theirs from this one's counter.
     */
    void voegBij(IndicatorCijfers deel) {
        deel.reeksen.forEach((d, cellen) -> {
            Cel[] eigen = cellen(d);
            for (int i = 0; i < cellen.length; i++) {
                eigen[i].voegBij(cellen[i]);
            }
        });
    }

    /** A number no application of a youth's history has had, for the distinct counts of {@link Cel}. */
    int volgendeKeer() {
        return keer++;
    }

    /** Runs a change with the readers kept out. */
    void wijzig(Runnable wijziging) {
        slot.writeLock().lock();
        try {
            wijziging.run();
        } finally {
            slot.writeLock().unlock();
        }
    }

    Set<Doorsnede> doorsneden() {
        return lees(() -> Set.copyOf(reeksen.keySet()));
    }

    /** The values of the periods of one kind that overlap {@code vanaf}–{@code totEnMet}, within the computed years. */
    List<Waarde> reeks(String indicator, Doorsnede d, Periode periode, YearMonth vanaf, YearMonth totEnMet) {
        return lees(() -> {
            Cel[] cellen = reeksen.get(d);
            if (cellen == null) {
                return List.of();
            }
            Formules.Formule formule = Formules.van(indicator);
            Integer jeugdigen = jeugdigen(d);
            YearMonth begin = vanaf.isBefore(van) ? van : vanaf;
            YearMonth einde = totEnMet.isAfter(tot) ? tot : totEnMet;
            List<Waarde> waarden = new ArrayList<>();
            for (YearMonth m : Perioden.begins(periode, begin, einde)) {
                Formules.Uitslag u = formule.bereken(cellen[perioden.index(periode, m)], jeugdigen);
                waarden.add(new Waarde(indicator, d.gemeente(), d.aanbieder(), d.segment(), periode, m, u.waarde(),
                        u.teller(), u.noemer()));
            }
            return waarden;
        });
    }

    Optional<Waarde> waarde(String indicator, Doorsnede d, Periode periode, YearMonth begin) {
        if (van == null || begin.isBefore(periode.begin(van)) || begin.isAfter(tot)) {
            return Optional.empty();
        }
        return reeks(indicator, d, periode, begin, begin).stream().findFirst();
    }

    private <T> T lees(Supplier<T> lezing) {
        if (van == null) {
            return lezing.get();
        }
        slot.readLock().lock();
        try {
            return lezing.get();
        } finally {
            slot.readLock().unlock();
        }
    }

    private Integer jeugdigen(Doorsnede d) {
        if (d.perAanbieder()) {
            return null;
        }
        return d.gemeente().equals(Waarde.REGIO) ? Integer.valueOf(jeugdigenRegio) : jeugdigenPerGemeente.get(d.gemeente());
    }
}
