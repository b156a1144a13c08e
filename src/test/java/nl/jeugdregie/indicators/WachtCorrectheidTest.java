package nl.jeugdregie.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import nl.jeugdregie.messages.BerichtBronnen;
import nl.jeugdregie.messages.Intake;
import nl.jeugdregie.messages.IntakeTelling;
import nl.jeugdregie.support.JeugdregieTest;
import nl.jeugdregie.waiting.Wachttijden;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The waiting clock's edges, hand-built in {@code src/test/resources/correctheid-wachten} through
 * the real intake: a corrected assignment, an orphaned one, a start under another number, a
 * decision on a holiday.
 */
@JeugdregieTest(properties = "jeugdregie.test=correctheid-wachten")
class WachtCorrectheidTest {

    private static final Path MAP = Path.of("src", "test", "resources", "correctheid-wachten");

    @Autowired
    Intake intake;
    @Autowired
    Indicatoren indicatoren;
    @Autowired
    Wachttijden wachttijden;

    @Test
    void everyWaitMatchesItsHandComputedValue() throws IOException {
        IntakeTelling telling = intake.ontvang(BerichtBronnen.van(MAP.resolve("berichten")), t -> { });
        assertThat(telling).isEqualTo(new IntakeTelling(9, 0, 0));
        assertThat(Verwachtingen.lees(MAP.resolve("verwacht.csv")).fouten(indicatoren)).isEmpty();
        assertThat(wachttijden.signalen(null).orElseThrow().verweesd()).as("H, today").isOne();
    }
}
