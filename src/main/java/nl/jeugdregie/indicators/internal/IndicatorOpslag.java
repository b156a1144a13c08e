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
    private final Aanleveringen aanleveringen;

    IndicatorOpslag(Aanleveringen aanleveringen) {
        this.aanleveringen = aanleveringen;
    }

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

    /** Values marked provisional where their period reaches past the slice's last complete month (as the data reach now). */
    List<Waarde> reeks(String indicator, Doorsnede d, Periode periode, YearMonth van, YearMonth tot) {
        Volledigheid v = aanleveringen.volledigheid();
        return stand.cijfers().reeks(indicator, d, periode, van, tot).stream()
                .map(w -> w.voorlopig(v.voorlopig(d, periode, w.maand()))).toList();
    }

    Optional<Waarde> waarde(String indicator, Doorsnede d, Periode periode, YearMonth begin) {
        return stand.cijfers().waarde(indicator, d, periode, begin)
                .map(w -> w.voorlopig(aanleveringen.volledigheid().voorlopig(d, periode, begin)));
    }

    /** The slice's last complete month, never after the last computed month; the last computed month when nothing tells. */
    Optional<YearMonth> laatsteVolledigeMaand(Doorsnede d) {
        return laatsteMaand().map(laatste -> {
            YearMonth volledig = aanleveringen.volledigheid().laatsteVolledige(d);
            return volledig == null || volledig.isAfter(laatste) ? laatste : volledig;
        });
    }

    Optional<LocalDateTime> berekendOp() {
        return Optional.ofNullable(stand.berekendOp());
    }

    Optional<YearMonth> laatsteMaand() {
        return Optional.ofNullable(stand.laatsteMaand());
    }
}
