package nl.jeugdregie.cli;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.jeugdregie.indicators.Doorsnede;
import nl.jeugdregie.indicators.Indicator;
import nl.jeugdregie.indicators.Indicatoren;
import nl.jeugdregie.indicators.Periode;
import nl.jeugdregie.indicators.Waarde;
import nl.jeugdregie.region.Gemeente;
import nl.jeugdregie.region.RegioCatalogus;
import nl.jeugdregie.region.Segment;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code jeugdregie export indicatoren --jaar 2024}: every indicator's value over the year for the
 * region and each municipality, as one JSON object on the last line, for scripts.
 */
final class IndicatorExport {

    private IndicatorExport() {
    }

    static int run(Class<?> app, Opties opties) {
        if (opties.argumenten().isEmpty() || !opties.argumenten().getFirst().equals("indicatoren")) {
            throw new IllegalArgumentException("export kent alleen 'indicatoren'");
        }
        if (opties.jaar() == null) {
            throw new IllegalArgumentException("export indicatoren verwacht --jaar JJJJ");
        }
        try (ConfigurableApplicationContext ctx = Cli.start(app, opties, false)) {
            Indicatoren indicatoren = ctx.getBean(Indicatoren.class);
            List<Gemeente> gemeenten = ctx.getBean(RegioCatalogus.class).regio().gemeenten();
            YearMonth jaar = YearMonth.of(opties.jaar(), 1);
            List<Map<String, Object>> uit = new ArrayList<>();
            for (Indicator i : indicatoren.catalogus()) {
                String segment = i.code().equals("gezinsgericht") ? Segment.VERBLIJF.code() : Waarde.ALLE;
                Map<String, Object> rij = new LinkedHashMap<>();
                rij.put("code", i.code());
                rij.put("naam", i.naam());
                rij.put("eenheid", i.eenheid());
                rij.put("segment", segment);
                rij.put("regio", waarde(indicatoren, i, Waarde.REGIO, segment, jaar));
                Map<String, Object> perGemeente = new LinkedHashMap<>();
                for (Gemeente g : gemeenten) {
                    perGemeente.put(g.code(), waarde(indicatoren, i, g.code(), segment, jaar));
                }
                rij.put("gemeenten", perGemeente);
                uit.add(rij);
                if (!opties.json()) {
                    Object regio = ((Map<?, ?>) rij.get("regio")).get("waarde");
                    System.out.printf("%-32s %14s %s%n", i.code(), regio == null ? "–" : regio, i.eenheid());
                }
            }
            System.out.println(JsonMapper.builder().build().writeValueAsString(
                    Map.of("jaar", opties.jaar(), "indicatoren", uit)));
        }
        return 0;
    }

    private static Map<String, Object> waarde(Indicatoren indicatoren, Indicator i, String gemeente, String segment,
                                              YearMonth jaar) {
        Map<String, Object> m = new LinkedHashMap<>();
        indicatoren.reeks(i.code(), Doorsnede.gemeente(gemeente, segment), Periode.JAAR, jaar, jaar).stream().findFirst()
                .ifPresent(w -> {
                    m.put("waarde", w.waarde());
                    m.put("teller", w.teller());
                    m.put("noemer", w.noemer());
                });
        return m;
    }
}
