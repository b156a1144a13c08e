package nl.jeugdregie.indicators.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.jeugdregie.care.TrajectenBijgewerkt;
import nl.jeugdregie.care.ZorgGebruik;
import nl.jeugdregie.indicators.Indicator;
import nl.jeugdregie.indicators.Indicatoren;
import nl.jeugdregie.indicators.Waarde;
import nl.jeugdregie.region.Gemeente;
import nl.jeugdregie.region.RegioCatalogus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the indicators current: whenever trajectories change, every value is computed again
 * from them (about a second for the six-year demo region), so figures follow the message traffic
 * instead of a nightly batch.
 */
@Service
class IndicatorService implements Indicatoren {

    private static final Logger LOG = LoggerFactory.getLogger(IndicatorService.class);

    private final ZorgGebruik zorg;
    private final RegioCatalogus regio;
    private final IndicatorOpslag opslag;
    private final List<Indicator> catalogus;

    IndicatorService(ZorgGebruik zorg, RegioCatalogus regio, IndicatorOpslag opslag) {
        this.zorg = zorg;
        this.regio = regio;
        this.opslag = opslag;
        this.catalogus = leesCatalogus();
    }

    @EventListener
    @Transactional
    public synchronized void opTrajectenBijgewerkt(TrajectenBijgewerkt event) {
        herbereken();
    }

    /** A database from before the monitor existed gets its values at the first start. */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public synchronized void bijStart() {
        if (opslag.berekendOp().isEmpty() && zorg.aantalTrajecten() > 0) {
            long begin = System.nanoTime();
            herbereken();
            LOG.info("Indicatoren berekend in {} ms", (System.nanoTime() - begin) / 1_000_000);
        }
    }

    @Transactional
    public synchronized void herbereken() {
        List<Integer> jaren = zorg.jaren();
        if (jaren.isEmpty()) {
            opslag.vervang(List.of(), 0);
            return;
        }
        Map<String, Integer> jeugdigen = regio.regio().gemeenten().stream()
                .collect(Collectors.toMap(Gemeente::code, Gemeente::jeugdigen));
        IndicatorBerekening berekening = new IndicatorBerekening(YearMonth.of(jaren.getFirst(), 1),
                YearMonth.of(jaren.getLast(), 12), jeugdigen);
        long[] aantal = {0};
        zorg.elkTraject(t -> {
            berekening.voegToe(t);
            aantal[0]++;
        });
        opslag.vervang(berekening.waarden(), aantal[0]);
    }

    @Override
    public List<Indicator> catalogus() {
        return catalogus;
    }

    @Override
    public Optional<Indicator> indicator(String code) {
        return catalogus.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    @Override
    public List<Waarde> reeks(String indicator, String gemeente, String segment, YearMonth van, YearMonth tot) {
        return opslag.reeks(indicator, gemeente, segment, van, tot);
    }

    @Override
    public List<Waarde> perGemeente(String indicator, String segment, YearMonth maand) {
        return opslag.perGemeente(indicator, segment, maand);
    }

    @Override
    public Optional<Stand> stand() {
        return opslag.berekendOp().flatMap(op -> opslag.laatsteMaand().map(m -> new Stand(op, m)));
    }

    private static List<Indicator> leesCatalogus() {
        try (InputStream in = IndicatorService.class.getResourceAsStream("/indicators/catalogus.json")) {
            return List.copyOf(JsonMapper.builder().build().readValue(in, new TypeReference<List<Indicator>>() { }));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
