package nl.jeugdregie.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import nl.jeugdregie.messages.BerichtBronnen;
import nl.jeugdregie.messages.Intake;
import nl.jeugdregie.messages.IntakeTelling;
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
        IntakeTelling telling = intake.ontvang(BerichtBronnen.van(set.resolve("berichten")), t -> { });
        assertThat(telling).isEqualTo(new IntakeTelling(berichten, 0, 0));
        assertThat(Verwachtingen.lees(set.resolve("verwacht.csv")).fouten(indicatoren)).isEmpty();
    }
}
