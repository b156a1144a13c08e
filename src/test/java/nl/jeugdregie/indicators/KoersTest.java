package nl.jeugdregie.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class KoersTest {

    @Test
    void thePathStartsAtTheBaseYearsAverageInItsMiddleAndCompoundsYearly() {
        assertThat(Koers.pad(1000, -10, 2024, YearMonth.of(2024, 7))).isCloseTo(1000 * Math.pow(0.9, 0.5 / 12), within(1e-9));
        assertThat(Koers.pad(1000, -10, 2024, YearMonth.of(2025, 7))).isCloseTo(900 * Math.pow(0.9, 0.5 / 12), within(1e-9));
        assertThat(Koers.pad(1000, 0, 2024, YearMonth.of(2030, 1))).isEqualTo(1000.0);
    }

    @Test
    void statusFollowsTheGoodDirectionWithAFivePercentMargin() {
        assertThat(Koers.status(100, 99.0, true)).isEqualTo(Koers.Status.OP_KOERS);
        assertThat(Koers.status(100, 104.0, true)).isEqualTo(Koers.Status.AANDACHT);
        assertThat(Koers.status(100, 106.0, true)).isEqualTo(Koers.Status.UIT_KOERS);
        assertThat(Koers.status(100, 106.0, false)).isEqualTo(Koers.Status.OP_KOERS);
        assertThat(Koers.status(100, 94.0, false)).isEqualTo(Koers.Status.UIT_KOERS);
        assertThat(Koers.status(100, null, true)).isEqualTo(Koers.Status.ONBEKEND);
    }
}
