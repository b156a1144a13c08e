package nl.jeugdregie.indicators.internal;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.jeugdregie.indicators.Doorsnede;
import nl.jeugdregie.indicators.Periode;
import nl.jeugdregie.indicators.Signaal;
import nl.jeugdregie.indicators.Waarde;
import org.springframework.stereotype.Component;

/**
 * The computed totals, held in memory: derived from the data at start and after large runs,
 * replaced whole then; changed in place, under their lock, for the few youths a message touches.
 */
@Component
class IndicatorOpslag {

    private record Stand(IndicatorCijfers cijfers, LocalDateTime berekendOp, YearMonth laatsteMaand) {
    }

    private volatile Stand stand = new Stand(IndicatorCijfers.leeg(), null, null);
    private volatile List<Signaal> signalen = List.of();
    private volatile Map<String, Geschiedenis> geschiedenissen = new HashMap<>();

    void vervangSignalen(List<Signaal> nieuw) {
        signalen = List.copyOf(nieuw);
    }

    List<Signaal> signalen() {
        return signalen;
    }

    void vervang(IndicatorCijfers cijfers, YearMonth laatsteMaand, Map<String, Geschiedenis> perJeugdige) {
        stand = new Stand(cijfers, LocalDateTime.now(), laatsteMaand);
        geschiedenissen = perJeugdige;
    }

    /** The totals, for applying a change to them under their write lock. */
    IndicatorCijfers cijfers() {
        return stand.cijfers();
    }

    /**
     * Each youth's history as the totals hold it: a change takes it out and puts the new one in. Only the single updating thread touches the map.
     */
    Map<String, Geschiedenis> geschiedenissen() {
        return geschiedenissen;
    }

    void bijgewerkt() {
        Stand s = stand;
        stand = new Stand(s.cijfers(), LocalDateTime.now(), s.laatsteMaand());
    }

    Set<Doorsnede> doorsneden() {
        return stand.cijfers().doorsneden();
    }

    List<Waarde> reeks(String indicator, Doorsnede d, Periode periode, YearMonth van, YearMonth tot) {
        return stand.cijfers().reeks(indicator, d, periode, van, tot);
    }

    Optional<Waarde> waarde(String indicator, Doorsnede d, Periode periode, YearMonth begin) {
        return stand.cijfers().waarde(indicator, d, periode, begin);
    }

    Optional<LocalDateTime> berekendOp() {
        return Optional.ofNullable(stand.berekendOp());
    }

    Optional<YearMonth> laatsteMaand() {
        return Optional.ofNullable(stand.laatsteMaand());
    }
}
