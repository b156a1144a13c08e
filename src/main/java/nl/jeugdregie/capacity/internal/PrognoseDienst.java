package nl.jeugdregie.capacity.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.jeugdregie.care.TrajectenBijgewerkt;
import nl.jeugdregie.care.ZorgGebruik;
import nl.jeugdregie.region.Product;
import nl.jeugdregie.region.RegioCatalogus;
import nl.jeugdregie.region.Segment;
import nl.jeugdregie.region.Voorziening;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Feeds the prognosis: each location's weekly hazard from its provider's stays, and its usual occupancy from its reports. */
@Component
class PrognoseDienst {

    /** Weeks of reports the usual occupancy and the look back are taken from. */
    static final int HISTORIE_WEKEN = 26;
    /** Weeks ahead the look back compares. */
    static final int TERUGBLIK_HORIZON = 4;

    private final PlaatsenService plaatsen;
    private final PlaatsenOpslag opslag;
    private final ZorgGebruik zorg;
    private final RegioCatalogus regio;
    private volatile Map<String, Double> uitPerWeek;

    PrognoseDienst(PlaatsenService plaatsen, PlaatsenOpslag opslag, ZorgGebruik zorg, RegioCatalogus regio) {
        this.plaatsen = plaatsen;
        this.opslag = opslag;
        this.zorg = zorg;
        this.regio = regio;
    }

    record Uitkomst(Map<String, List<Prognose.Week>> vooruit, List<Prognose.Terugblik> terugblik, Double gemiddeldeAfwijking) {
    }

    @Transactional(readOnly = true)
    public Uitkomst maak(LocalDate vandaag) {
        Map<String, List<PlaatsenOpslag.Stand>> standen = opslag.standenSinds(vandaag.minusWeeks(HISTORIE_WEKEN).atStartOfDay());
        Map<String, Prognose.Verblijf> verblijf = verblijf(standen);
        Map<String, Voorziening> locaties = regio.regio().voorzieningen().stream()
                .collect(Collectors.toMap(Voorziening::id, Function.identity()));
        List<Prognose.Terugblik> terug = Prognose.terugblik(standen, locaties, verblijf, vandaag, TERUGBLIK_HORIZON,
                HISTORIE_WEKEN - TERUGBLIK_HORIZON);
        Double afwijking = terug.isEmpty() ? null
                : Math.round(terug.stream().mapToDouble(t -> Math.abs(t.voorspeld() - t.werkelijk())).average().orElse(0) * 10) / 10.0;
        return new Uitkomst(Prognose.voorspel(plaatsen.alle(), verblijf, vandaag), terug, afwijking);
    }

    private Map<String, Prognose.Verblijf> verblijf(Map<String, List<PlaatsenOpslag.Stand>> standen) {
        Map<String, Double> hazard = uitPerWeek();
        Map<String, String> hulpvorm = regio.regio().producten().stream().collect(Collectors.toMap(Product::code, Product::hulpvorm,
                (a, b) -> a));
        Map<String, Prognose.Verblijf> uit = new HashMap<>();
        for (Voorziening v : regio.regio().voorzieningen()) {
            Double h = hazard.get(v.aanbieder() + "|" + hulpvorm.get(v.productcode()));
            List<PlaatsenOpslag.Stand> eigen = standen.getOrDefault(v.id(), List.of());
            if (h != null && !eigen.isEmpty()) {
                uit.put(v.id(), new Prognose.Verblijf(h, eigen.stream().mapToInt(PlaatsenOpslag.Stand::bezet).average().orElse(0)));
            }
        }
        return uit;
    }

    @EventListener
    public void opTrajectenBijgewerkt(TrajectenBijgewerkt event) {
        uitPerWeek = null;
    }

    /** Per provider and care form of stay: ended stays ÷ weeks of stay, the constant hazard of an exponential survival. */
    private Map<String, Double> uitPerWeek() {
        Map<String, Double> bekend = uitPerWeek;
        if (bekend != null) {
            return bekend;
        }
        Map<String, double[]> telling = new HashMap<>();
        LocalDate[] laatste = {LocalDate.MIN};
        zorg.elkTraject(t -> {
            if (t.segment() == Segment.VERBLIJF && t.einddatum() != null && t.einddatum().isAfter(laatste[0])) {
                laatste[0] = t.einddatum();
            }
        });
        zorg.elkTraject(t -> {
            if (t.segment() == Segment.VERBLIJF) {
                LocalDate eind = t.einddatum() != null ? t.einddatum() : laatste[0];
                double[] c = telling.computeIfAbsent(t.aanbieder() + "|" + t.hulpvorm().code(), k -> new double[2]);
                c[0] += t.einddatum() != null ? 1 : 0;
                c[1] += Math.max(1, ChronoUnit.DAYS.between(t.begindatum(), eind)) / 7.0;
            }
        });
        Map<String, Double> uit = new HashMap<>();
        telling.forEach((k, c) -> {
            if (c[0] >= 5) {
                uit.put(k, c[0] / c[1]);
            }
        });
        uitPerWeek = uit;
        return uit;
    }
}
