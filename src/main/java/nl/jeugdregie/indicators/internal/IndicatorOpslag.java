package nl.jeugdregie.indicators.internal;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.jeugdregie.indicators.Doorsnede;
import nl.jeugdregie.indicators.Periode;
import nl.jeugdregie.indicators.Signaal;
import nl.jeugdregie.indicators.Waarde;
import org.springframework.stereotype.Component;

/**
 * The computed totals, held in memory: they are derived from the data in about two seconds for
 * the six-year demo region, faster than writing them to the database and reading them back.
 * Replaced whole, atomically, on every recompute.
 */
@Component
class IndicatorOpslag {

    private record Stand(IndicatorCijfers cijfers, LocalDateTime berekendOp, YearMonth laatsteMaand) {
    }

    private volatile Stand stand = new Stand(IndicatorCijfers.LEEG, null, null);
    private volatile List<Signaal> signalen = List.of();

    void vervangSignalen(List<Signaal> nieuw) {
        signalen = List.copyOf(nieuw);
    }

    List<Signaal> signalen() {
        return signalen;
    }

    void vervang(IndicatorCijfers cijfers, YearMonth laatsteMaand) {
        stand = new Stand(cijfers, LocalDateTime.now(), laatsteMaand);
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
