package nl.jeugdregie.placement.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.jeugdregie.capacity.Beschikbaarheid;
import nl.jeugdregie.capacity.Plaatsen;
import nl.jeugdregie.placement.PlaatsingBenchmark;
import nl.jeugdregie.region.Voorziening;
import org.springframework.stereotype.Component;

@Component
class PlaatsingBench implements PlaatsingBenchmark {

    private final PlaatsingService plaatsingen;
    private final Kandidaten kandidaten;
    private final Plaatsen plaatsen;

    PlaatsingBench(PlaatsingService plaatsingen, Kandidaten kandidaten, Plaatsen plaatsen) {
        this.plaatsingen = plaatsingen;
        this.kandidaten = kandidaten;
        this.plaatsen = plaatsen;
    }

    @Override
    public List<Long> matchingRegio(long id, int keer) {
        Verzoek v = plaatsingen.verzoek(id).orElseThrow();
        List<Long> tijden = new ArrayList<>();
        for (int i = 0; i < keer; i++) {
            long begin = System.nanoTime();
            kandidaten.zoek(v);
            tijden.add((System.nanoTime() - begin) / 1_000);
        }
        return tijden;
    }

    @Override
    public List<Long> matchingLandelijk(long id, int aantal, int keer) {
        Verzoek v = plaatsingen.verzoek(id).orElseThrow();
        List<Beschikbaarheid> regio = plaatsen.alle();
        Random toeval = new Random(7);
        List<Beschikbaarheid> land = new ArrayList<>(aantal);
        Map<String, Double> uitval = new HashMap<>();
        for (int i = 0; i < aantal; i++) {
            Beschikbaarheid b = regio.get(i % regio.size());
            Voorziening o = b.locatie();
            Voorziening kopie = new Voorziening(o.id() + "#" + i, o.aanbieder(), o.naam(), o.gemeente(), o.postcode(), o.zorgvorm(),
                    o.productcode(), o.capaciteit(), o.adres(), 50.8 + toeval.nextDouble() * 2.6, 3.4 + toeval.nextDouble() * 3.7,
                    o.doelgroepen(), o.leeftijdVan(), o.leeftijdTot(), o.geslacht(), o.school());
            land.add(new Beschikbaarheid(kopie, b.capaciteit(), b.bezet(), b.geblokkeerd(), b.blokkadeReden(), b.gereserveerd(),
                    b.uitstroom(), b.bevestigdDoor(), b.bevestigdOp(), b.verouderd()));
            uitval.put(kopie.id(), toeval.nextDouble() * 30);
        }
        Matching.Vraag vraag = kandidaten.vraag(v);
        List<Long> tijden = new ArrayList<>();
        for (int i = 0; i < keer; i++) {
            long begin = System.nanoTime();
            Matching.zoek(vraag, land, uitval);
            tijden.add((System.nanoTime() - begin) / 1_000);
        }
        return tijden;
    }
}
