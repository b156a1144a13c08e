package nl.jeugdregie.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import nl.jeugdregie.messages.BerichtBronnen;
import nl.jeugdregie.messages.Intake;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A hand-built message set of {@code src/test/resources/<map>} (berichten/, verwacht.csv) through the
 * real intake into a store of its own: every message accepted, every hand-computed value met.
 */
abstract class CorrectheidsSet {

    @Autowired
    Intake intake;
    @Autowired
    Indicatoren indicatoren;

    void leesInEnVergelijk(String map, int berichten) throws IOException {
        Path set = Path.of("src", "test", "resources", map);
        // One by one, so a message the set did not mean to be refused names its reason.
        java.util.List<nl.jeugdregie.messages.Uitkomst> uitkomsten = new java.util.ArrayList<>();
        BerichtBronnen.van(set.resolve("berichten")).forEachRemaining(b -> uitkomsten.add(intake.ontvangEen(b)));
        assertThat(uitkomsten).hasSize(berichten)
                .allSatisfy(u -> assertThat(u.status()).as(u.bron() + ": " + u.reden())
                        .isEqualTo(nl.jeugdregie.messages.Uitkomst.Status.GEACCEPTEERD));
        assertThat(Verwachtingen.lees(set.resolve("verwacht.csv")).fouten(indicatoren)).isEmpty();
    }
}
