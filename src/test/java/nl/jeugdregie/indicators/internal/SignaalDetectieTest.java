package nl.jeugdregie.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntToDoubleFunction;
import nl.jeugdregie.indicators.Koers;
import nl.jeugdregie.indicators.Periode;
import nl.jeugdregie.indicators.Signaal;
import nl.jeugdregie.indicators.Signaal.Regel;
import nl.jeugdregie.indicators.Streefwaarde;
import nl.jeugdregie.indicators.Waarde;
import org.junit.jupiter.api.Test;

/** Seeded series of 60 months (2020–2024): what the series' own course explains raises nothing, a real change does. */
class SignaalDetectieTest {

    @Test
    void aSteadyTrendAloneRaisesNothing() {
        for (long zaad = 1; zaad <= 20; zaad++) {
            Random r = new Random(zaad);
            assertThat(SignaalDetectie.detecteer(reeks(t -> 500 + 6 * t + r.nextGaussian() * 4), null))
                    .as("rising by 6 a month, seed %d", zaad).isEmpty();
            Random d = new Random(zaad + 100);
            assertThat(SignaalDetectie.detecteer(reeks(t -> 900 - 3.5 * t + d.nextGaussian() * 4), null))
                    .as("falling, seed %d", zaad).isEmpty();
        }
    }

    @Test
    void aSeasonWithGrowthRaisesNothing() {
        for (long zaad = 1; zaad <= 20; zaad++) {
            Random r = new Random(zaad);
            // 4 % a year more, a fifth less in July and August: the demo region's inflow
            assertThat(SignaalDetectie.detecteer(reeks(t -> 600 * Math.pow(1.04, t / 12.0) * (t % 12 == 6 || t % 12 == 7 ? 0.8 : 1.04)
                    + r.nextGaussian() * 6), null)).as("seed %d", zaad).isEmpty();
        }
    }

    @Test
    void aShiftInLevelIsOneSignalInItsLatestMonthWithItsExpectation() {
        Random r = new Random(7);
        List<Signaal> s = SignaalDetectie.detecteer(reeks(t -> 200 + 2 * t + (t >= 56 ? 40 : 0) + r.nextGaussian() * 3), null);
        assertThat(s).extracting(Signaal::regel).containsExactly(Regel.BUITEN_VERWACHTING);
        Signaal signaal = s.getFirst();
        assertThat(signaal.maand()).isEqualTo(YearMonth.of(2024, 12));
        assertThat(signaal.richting()).isOne();
        assertThat(signaal.verwacht()).as("the trend led to about 200 + 2 × 59 = 318, plus a third of the shift in the drift")
                .isBetween(318.0, 335.0);
        assertThat(signaal.afwijking()).isGreaterThan(3 * signaal.marge());
    }

    @Test
    void aSingleMonthFarOffIsASignalInThatMonth() {
        Random r = new Random(3);
        List<Signaal> s = SignaalDetectie.detecteer(reeks(t -> 300 + r.nextGaussian() * 5 - (t == 54 ? 60 : 0)), null);
        assertThat(s).extracting(Signaal::regel, Signaal::maand).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Regel.BUITEN_VERWACHTING, YearMonth.of(2024, 7)));
        assertThat(s.getFirst().richting()).isEqualTo(-1);
    }

    @Test
    void eightMonthsInARowAboveExpectationIsASignal() {
        Random r = new Random(11);
        List<Signaal> s = SignaalDetectie.detecteer(reeks(t -> 300 + r.nextGaussian() * 2 + (t >= 52 ? 15 : 0)), null);
        assertThat(s).as("15 up for the last eight months: each time beyond half the spread, never beyond three times")
                .extracting(Signaal::regel, Signaal::maand)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Regel.ACHT_AAN_EEN_KANT, YearMonth.of(2024, 12)));
    }

    @Test
    void smallSeriesAreNotJudgedButTheTargetBandStillCounts() {
        List<Waarde> klein = reeks(t -> t == 50 ? 4.0 : 0.0);
        assertThat(SignaalDetectie.detecteer(klein, null)).isEmpty();
        Koers uitKoers = new Koers(new Streefwaarde(1, "instroom", "regio", "crisis", 2024, -2.5, null, "test",
                LocalDateTime.now()), YearMonth.of(2024, 12), 1, 0.9, 4.0, Koers.Status.UIT_KOERS);
        assertThat(SignaalDetectie.detecteer(klein, uitKoers)).extracting(Signaal::regel, Signaal::verwacht)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Regel.BUITEN_STREEFBAND, 0.9));
    }

    @Test
    void tooShortASeriesIsNotJudged() {
        assertThat(SignaalDetectie.detecteer(reeks(t -> t < 35 ? 100 : 500).subList(0, 35), null)).isEmpty();
    }

    private static List<Waarde> reeks(IntToDoubleFunction waarde) {
        List<Waarde> reeks = new ArrayList<>();
        for (int t = 0; t < 60; t++) {
            double w = waarde.applyAsDouble(t);
            reeks.add(new Waarde("instroom", "regio", Waarde.ALLE, "alle", Periode.MAAND, YearMonth.of(2020, 1).plusMonths(t), w,
                    Math.round(w), null));
        }
        return reeks;
    }
}
