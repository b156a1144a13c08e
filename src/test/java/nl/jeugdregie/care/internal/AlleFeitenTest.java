package nl.jeugdregie.care.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nl.jeugdregie.care.Traject;
import nl.jeugdregie.demo.DemoRegio;
import nl.jeugdregie.messages.BerichtBronnen;
import nl.jeugdregie.messages.Intake;
import nl.jeugdregie.region.RegioCatalogus;
import nl.jeugdregie.support.JeugdregieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A large recomputation reads every youth's facts in one pass instead of a thousand youths at a
 * time: both ways must give each youth the same facts, and so the same trajectories.
 */
@JeugdregieTest(properties = "jeugdregie.test=alle-feiten")
class AlleFeitenTest {

    @Autowired
    DemoRegio demo;
    @Autowired
    Intake intake;
    @Autowired
    ZorgOpslag opslag;
    @Autowired
    RegioCatalogus regio;

    @Test
    void allFactsAtOnceAreEveryYouthsFactsAsLookedUpByYouth() throws Exception {
        Path map = Files.createTempDirectory("demo").resolve("berichten");
        demo.genereer(map, 0.02);
        intake.ontvang(BerichtBronnen.van(map), t -> { });

        Map<String, Feiten> alle = opslag.feiten(null);
        List<String> jeugdigen = opslag.alleJeugdigen();
        assertThat(alle).hasSizeGreaterThanOrEqualTo(jeugdigen.size());
        assertThat(opslag.aantalFeiten()).isEqualTo(alle.values().stream()
                .mapToLong(f -> f.toewijzingen().size() + f.meldingen().size() + f.verzoeken().size()).sum());
        TrajectBouwer bouwer = new TrajectBouwer(regio::deel);
        List<Traject> trajecten = new ArrayList<>();
        for (int i = 0; i < jeugdigen.size(); i += 1000) {
            Map<String, Feiten> deel = opslag.feiten(jeugdigen.subList(i, Math.min(jeugdigen.size(), i + 1000)));
            for (Feiten f : deel.values()) {
                assertThat(gesorteerd(alle.get(f.jeugdige()))).as(f.jeugdige()).isEqualTo(gesorteerd(f));
                trajecten.addAll(bouwer.bouw(alle.get(f.jeugdige())).trajecten());
            }
        }
        assertThat(trajecten).hasSizeGreaterThan(500);
        assertThat(sorteer(trajecten)).isEqualTo(sorteer(opslag.feiten(jeugdigen).values().stream()
                .flatMap(f -> bouwer.bouw(f).trajecten().stream()).toList()));
    }

    private static String gesorteerd(Feiten f) {
        return f.jeugdige() + sorteer(f.toewijzingen()) + sorteer(f.meldingen()) + sorteer(f.verzoeken());
    }

    private static <T> List<String> sorteer(List<T> lijst) {
        return lijst.stream().map(Object::toString).sorted(Comparator.naturalOrder()).toList();
    }
}
