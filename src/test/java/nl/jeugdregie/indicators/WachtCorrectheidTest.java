package nl.jeugdregie.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import nl.jeugdregie.support.JeugdregieTest;
import nl.jeugdregie.waiting.Wachttijden;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The waiting clock's edges (correctheid-wachten): a corrected assignment, an orphaned one, a
 * start under another number, a decision on a holiday.
 */
@JeugdregieTest(properties = "jeugdregie.test=correctheid-wachten")
class WachtCorrectheidTest extends CorrectheidsSet {

    @Autowired
    Wachttijden wachttijden;

    @Test
    void everyWaitMatchesItsHandComputedValue() throws Exception {
        leesInEnVergelijk("correctheid-wachten", 11);
        assertThat(wachttijden.signalen(null).orElseThrow().verweesd()).as("H, today").isOne();
    }
}
