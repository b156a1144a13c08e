package nl.jeugdregie.indicators.internal;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.jeugdregie.indicators.Signaal;
import nl.jeugdregie.indicators.Waarde;
import org.springframework.stereotype.Component;

/**
 * The computed values, held in memory: they are derived from the trajectories in about two
 * seconds for the six-year demo region, faster than writing them to the database and reading
 * them back. Replaced whole, atomically, on every recompute.
 */
@Component
class IndicatorOpslag {

    private record Reeks(String indicator, String gemeente, String segment) {
    }

    private record Stand(Map<Reeks, List<Waarde>> reeksen, LocalDateTime berekendOp, YearMonth laatsteMaand) {
    }

    private volatile Stand stand = new Stand(Map.of(), null, null);
    private volatile List<Signaal> signalen = List.of();

    void vervangSignalen(List<Signaal> nieuw) {
        signalen = List.copyOf(nieuw);
    }

    List<Signaal> signalen() {
        return signalen;
    }

    /** Every series, for the signal rules. */
    List<List<Waarde>> alleReeksen() {
        return List.copyOf(stand.reeksen().values());
    }

    void vervang(List<Waarde> waarden, YearMonth laatsteMaand) {
        Map<Reeks, List<Waarde>> reeksen = new HashMap<>();
        for (Waarde w : waarden) {
            reeksen.computeIfAbsent(new Reeks(w.indicator(), w.gemeente(), w.segment()), k -> new java.util.ArrayList<>()).add(w);
        }
        reeksen.replaceAll((k, v) -> v.stream().sorted(Comparator.comparing(Waarde::maand)).toList());
        stand = new Stand(Map.copyOf(reeksen), LocalDateTime.now(), laatsteMaand);
    }

    List<Waarde> reeks(String indicator, String gemeente, String segment, YearMonth van, YearMonth tot) {
        return stand.reeksen().getOrDefault(new Reeks(indicator, gemeente, segment), List.of()).stream()
                .filter(w -> !w.maand().isBefore(van) && !w.maand().isAfter(tot)).toList();
    }

    List<Waarde> perGemeente(String indicator, String segment, YearMonth maand) {
        return stand.reeksen().entrySet().stream()
                .filter(e -> e.getKey().indicator().equals(indicator) && e.getKey().segment().equals(segment)
                        && !e.getKey().gemeente().equals(Waarde.REGIO))
                .flatMap(e -> e.getValue().stream().filter(w -> w.maand().equals(maand)))
                .sorted(Comparator.comparing(Waarde::gemeente))
                .toList();
    }

    Optional<LocalDateTime> berekendOp() {
        return Optional.ofNullable(stand.berekendOp());
    }

    Optional<YearMonth> laatsteMaand() {
        return Optional.ofNullable(stand.laatsteMaand());
    }
}
