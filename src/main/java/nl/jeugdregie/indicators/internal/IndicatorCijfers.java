package nl.jeugdregie.indicators.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.jeugdregie.indicators.Doorsnede;
import nl.jeugdregie.indicators.Periode;
import nl.jeugdregie.indicators.Waarde;

/**
 * The outcome of one computation: per slice the totals of every period. Values are made from the
 * totals when asked for, which keeps some 30 indicators × 19 periods a year × hundreds of slices
 * out of the heap.
 */
final class IndicatorCijfers {

    static final IndicatorCijfers LEEG = new IndicatorCijfers(null, null, Map.of(), Map.of());

    private final YearMonth van;
    private final YearMonth tot;
    private final Perioden perioden;
    private final Map<Doorsnede, Cel[]> reeksen;
    private final Map<String, Integer> jeugdigenPerGemeente;
    private final int jeugdigenRegio;

    IndicatorCijfers(YearMonth van, YearMonth tot, Map<Doorsnede, Cel[]> reeksen, Map<String, Integer> jeugdigenPerGemeente) {
        this.van = van;
        this.tot = tot;
        this.perioden = van == null ? null : new Perioden(van, tot);
        this.reeksen = Map.copyOf(reeksen);
        this.jeugdigenPerGemeente = Map.copyOf(jeugdigenPerGemeente);
        this.jeugdigenRegio = jeugdigenPerGemeente.values().stream().mapToInt(Integer::intValue).sum();
    }

    Set<Doorsnede> doorsneden() {
        return reeksen.keySet();
    }

    /** The values of the periods of one kind that overlap {@code vanaf}–{@code totEnMet}, within the computed years. */
    List<Waarde> reeks(String indicator, Doorsnede d, Periode periode, YearMonth vanaf, YearMonth totEnMet) {
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
            waarden.add(new Waarde(indicator, d.gemeente(), d.aanbieder(), d.segment(), periode, m, u.waarde(), u.teller(),
                    u.noemer()));
        }
        return waarden;
    }

    Optional<Waarde> waarde(String indicator, Doorsnede d, Periode periode, YearMonth begin) {
        if (van == null || begin.isBefore(periode.begin(van)) || begin.isAfter(tot)) {
            return Optional.empty();
        }
        return reeks(indicator, d, periode, begin, begin).stream().findFirst();
    }

    private Integer jeugdigen(Doorsnede d) {
        if (d.perAanbieder()) {
            return null;
        }
        return d.gemeente().equals(Waarde.REGIO) ? Integer.valueOf(jeugdigenRegio) : jeugdigenPerGemeente.get(d.gemeente());
    }
}
