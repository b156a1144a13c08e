package nl.jeugdregie.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import nl.jeugdregie.care.ZorgGebruik;
import nl.jeugdregie.messages.Pseudoniemen;
import nl.jeugdregie.support.JeugdregieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Trajectories and age bands (correctheid-trajecten): the same provider's treatment during a stay is part of the stay; per 1,000 counts 0-17 only. */
@JeugdregieTest(properties = "jeugdregie.test=correctheid-trajecten")
class TrajectCorrectheidTest extends CorrectheidsSet {

    @Autowired
    ZorgGebruik zorg;
    @Autowired
    Pseudoniemen pseudoniemen;

    @Test
    void everyTrajectoryFigureMatchesItsHandComputedValue() throws Exception {
        leesInEnVergelijk("correctheid-trajecten", 12);
        assertThat(zorg.trajectenVan(pseudoniemen.van("999990172").orElseThrow()))
                .singleElement()
                .satisfies(t -> assertThat(t.deelperioden()).isEqualTo("43A01 2024-03-01..2024-08-31; 45A02 2024-04-01..2024-06-30"));
    }
}
