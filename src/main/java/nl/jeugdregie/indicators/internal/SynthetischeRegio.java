package nl.jeugdregie.indicators.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.jeugdregie.care.Levering;
import nl.jeugdregie.care.Toegewezen;
import nl.jeugdregie.care.Traject;
import nl.jeugdregie.care.Uitgave;
import nl.jeugdregie.care.ZorgGebruik;
import nl.jeugdregie.indicators.IndicatorBenchmark;
import nl.jeugdregie.placement.Plaatsingen;
import nl.jeugdregie.region.Gemeente;
import nl.jeugdregie.region.ProductIndeling;
import nl.jeugdregie.region.RegioCatalogus;
import nl.jeugdregie.waiting.Wacht;
import nl.jeugdregie.waiting.Wachttijden;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The benchmark's synthetic national-scale data: copy k of every municipality becomes its own
 * municipality ({@code GM0141-k}) with its own youths, so slices, distinct counts and memory grow
 * as they would with that many municipalities.
 */
@Component
class SynthetischeRegio implements IndicatorBenchmark {

    private final ZorgGebruik zorg;
    private final RegioCatalogus regio;
    private final IndicatorOpslag opslag;
    private final Wachttijden wachttijden;
    private final Plaatsingen plaatsingen;
    private final IndicatorService indicatoren;

    SynthetischeRegio(ZorgGebruik zorg, Wachttijden wachttijden, Plaatsingen plaatsingen, RegioCatalogus regio,
                      IndicatorOpslag opslag, IndicatorService indicatoren) {
        this.zorg = zorg;
        this.wachttijden = wachttijden;
        this.plaatsingen = plaatsingen;
        this.indicatoren = indicatoren;
        this.regio = regio;
        this.opslag = opslag;
    }

    @Override
    @Transactional(readOnly = true)
    public synchronized Meting synthetisch(int factor, boolean inGebruik) {
        List<Integer> jaren = zorg.jaren();
        Map<String, Geschiedenis> basis = Geschiedenis.allemaal(zorg, wachttijden, plaatsingen);
        List<Uitgave> uitgaven = zorg.gedeclareerd();
        List<Levering> leveringen = zorg.leveringen();
        Map<String, Integer> jeugdigen = new HashMap<>();
        for (int k = 0; k < factor; k++) {
            for (Gemeente g : regio.regio().gemeenten()) {
                jeugdigen.put(kopie(g.code(), k), g.jeugdigen());
            }
        }
        MemoryMXBean geheugen = ManagementFactory.getMemoryMXBean();
        opslag.vervang(IndicatorCijfers.leeg(), null, new HashMap<>());
        System.gc();
        long voor = geheugen.getHeapMemoryUsage().getUsed();
        long begin = System.nanoTime();
        IndicatorBerekening b = new IndicatorBerekening(YearMonth.of(jaren.getFirst(), 1), YearMonth.of(jaren.getLast(), 12),
                jeugdigen, Waardering.uit(uitgaven, regio::deel, wachttijden.normen().stream()
                        .collect(java.util.stream.Collectors.toMap(n -> n.segment(), n -> n))));
        for (int k = 0; k < factor; k++) {
            int kopie = k;
            for (Geschiedenis g : basis.values()) {
                b.pasToe(new Geschiedenis(g.trajecten().stream().map(t -> new Traject(t.jeugdige() + "#" + kopie,
                        kopie(t.gemeente(), kopie), t.aanbieder(), t.hulpvorm(), t.segment(), t.begindatum(), t.einddatum(),
                        t.gestartMetCrisis(), t.verwijzer(), t.redenBeeindiging(), t.geboortedatum(), t.productcodes()))
                        .toList(), g.toewijzingen().stream().map(t -> new Toegewezen(t.jeugdige() + "#" + kopie,
                        kopie(t.gemeente(), kopie), t.aanbieder(), t.productcategorie(), t.productcode(), t.ingang(),
                        t.einde(), t.volume(), t.eenheid(), t.frequentie())).toList(), g.wachten().stream()
                        .map(w -> new Wacht(w.jeugdige() + "#" + kopie, kopie(w.gemeente(), kopie), w.aanbieder(),
                                w.productcategorie(), w.productcode(), w.segment(), w.route(), w.verzoek(), w.toewijzing(),
                                w.toewijzingEinde(), w.start(), w.afsluiting(), w.afgeslotenOp())).toList(),
                        g.plaatsingen().stream().map(p -> new Plaatsingen.Doorlooptijd(p.jeugdige() + "#" + kopie,
                                kopie(p.gemeente(), kopie), p.aanbieder(), p.productcode(), p.aangevraagd(), p.geplaatst())).toList()), 1);
            }
            for (Uitgave u : uitgaven) {
                ProductIndeling p = regio.deel(u.productcategorie(), u.productcode());
                b.voegToe(new Uitgave(kopie(u.gemeente(), k), u.aanbieder(), u.productcategorie(), u.productcode(),
                        u.periodeBegin(), u.periodeEinde(), u.gemeld(), u.eenheid(), u.tariefCent(), u.regels(), u.centen()),
                        p.segment(), p.hulpvorm());
            }
            for (Levering l : leveringen) {
                b.voegToe(new Levering(l.soort(), kopie(l.gemeente(), k), l.aanbieder(), l.peildatum(), l.gemeld(),
                        l.productcategorie(), l.productcode(), l.aantal()), false);
            }
        }
        IndicatorCijfers cijfers = b.klaar();
        long millis = (System.nanoTime() - begin) / 1_000_000;
        basis = null;
        System.gc();
        long na = geheugen.getHeapMemoryUsage().getUsed();
        if (inGebruik) {
            opslag.vervang(cijfers, YearMonth.of(jaren.getLast(), 12), new HashMap<>());
        }
        return new Meting(millis, Math.max(0, na - voor) / (1024 * 1024), jeugdigen.size(),
                (long) factor * zorg.aantalTrajecten(), cijfers.doorsneden().size());
    }

    @Override
    public long volledigeBerekening() {
        long begin = System.nanoTime();
        indicatoren.herbereken();
        return (System.nanoTime() - begin) / 1_000_000;
    }

    private static String kopie(String gemeente, int k) {
        return k == 0 ? gemeente : gemeente + "-" + k;
    }
}
