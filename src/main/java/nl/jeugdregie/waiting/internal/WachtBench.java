package nl.jeugdregie.waiting.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.jeugdregie.waiting.Wacht;
import nl.jeugdregie.waiting.WachtBenchmark;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class WachtBench implements WachtBenchmark {

    private final WachtService wachten;
    private final Random toeval = new Random(5);
    private List<String> jeugdigen = List.of();

    WachtBench(WachtService wachten) {
        this.wachten = wachten;
    }

    @Override
    @Transactional(readOnly = true)
    public long volledigeBerekening() {
        long begin = System.nanoTime();
        wachten.herbereken();
        return (System.nanoTime() - begin) / 1_000_000;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Long> perJeugdige(int aantal) {
        List<String> jeugdigen = new ArrayList<>(wachten.elkeWacht().keySet());
        List<Long> tijden = new ArrayList<>();
        for (int i = 0; i < aantal && !jeugdigen.isEmpty(); i++) {
            String jeugdige = jeugdigen.get(toeval.nextInt(jeugdigen.size()));
            long begin = System.nanoTime();
            wachten.werkBij(List.of(jeugdige));
            tijden.add((System.nanoTime() - begin) / 1_000);
        }
        return tijden;
    }

    @Override
    public Meting synthetisch(int factor) {
        long begin = System.nanoTime();
        Map<String, List<Wacht>> basis = wachten.elkeWacht();
        Map<String, List<Wacht>> kopieen = new HashMap<>();
        for (int k = 0; k < factor; k++) {
            String achter = k == 0 ? "" : "-" + k;
            String jeugdigeAchter = k == 0 ? "" : "#" + k;
            basis.forEach((j, lijst) -> kopieen.put(j + jeugdigeAchter, lijst.stream().map(w -> new Wacht(w.jeugdige() + jeugdigeAchter,
                    w.gemeente() + achter, w.aanbieder(), w.productcategorie(), w.productcode(), w.segment(), w.route(),
                    w.verzoek(), w.toewijzing(), w.toewijzingEinde(), w.start(), w.afsluiting(), w.afgeslotenOp())).toList()));
        }
        wachten.vervangAlles(kopieen);
        jeugdigen = new ArrayList<>(kopieen.keySet());
        long open = wachten.overzicht(w -> true).map(o -> (long) o.wachtend().size()).orElse(0L);
        return new Meting(kopieen.size(), kopieen.values().stream().mapToLong(List::size).sum(), open,
                (System.nanoTime() - begin) / 1_000_000);
    }

    @Override
    public void raakWachtendeAan() {
        raakAan();
        wachten.openGewijzigd();
    }

    @Override
    public void raakAan() {
        if (jeugdigen.isEmpty()) {
            jeugdigen = new ArrayList<>(wachten.elkeWacht().keySet());
        }
        wachten.zetOpnieuw(jeugdigen.get(toeval.nextInt(jeugdigen.size())));
    }
}
