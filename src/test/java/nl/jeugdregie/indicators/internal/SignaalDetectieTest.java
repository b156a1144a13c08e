package nl.jeugdregie.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import nl.jeugdregie.indicators.Koers;
import nl.jeugdregie.indicators.Signaal;
import nl.jeugdregie.indicators.Signaal.Regel;
import nl.jeugdregie.indicators.Streefwaarde;
import nl.jeugdregie.indicators.Periode;
import nl.jeugdregie.indicators.Waarde;
import org.junit.jupiter.api.Test;

class SignaalDetectieTest {

    @Test
    void aStableSeriesRaisesNothing() {
        assertThat(SignaalDetectie.detecteer(reeks(basislijn(), 101, 100, 102, 101, 100, 102, 101, 100, 102, 101, 100, 102), null))
                .isEmpty();
    }

    @Test
    void aMonthBeyondThreeSigmaIsASignal() {
        List<Signaal> s = SignaalDetectie.detecteer(reeks(basislijn(), 101, 100, 102, 101, 120, 102, 101, 100, 102, 101, 100, 101), null);
        assertThat(s).extracting(Signaal::regel).containsExactly(Regel.BUITEN_3_SIGMA);
        assertThat(s.getFirst().maand()).isEqualTo(YearMonth.of(2022, 5));
        assertThat(s.getFirst().waarde()).isEqualTo(120.0);
    }

    @Test
    void aLastingShiftIsOneSignalPerRuleInItsLatestMonth() {
        List<Signaal> s = SignaalDetectie.detecteer(reeks(basislijn(), 120, 120, 120, 120, 120, 120, 120, 120, 120, 120, 120, 120), null);
        assertThat(s).extracting(Signaal::regel).containsExactly(Regel.BUITEN_3_SIGMA, Regel.ACHT_AAN_EEN_KANT);
        assertThat(s.getFirst().maand()).isEqualTo(YearMonth.of(2022, 12));
    }

    @Test
    void eightMonthsOnOneSideAndSixRisingAreSignals() {
        List<Signaal> kant = SignaalDetectie.detecteer(
                reeks(basislijn(), 100, 101.5, 101.6, 101.5, 101.7, 101.5, 101.6, 101.5, 101.7, 100, 100, 100), null);
        assertThat(kant).extracting(Signaal::regel).containsExactly(Regel.ACHT_AAN_EEN_KANT);
        assertThat(kant.getFirst().maand()).isEqualTo(YearMonth.of(2022, 9));

        List<Signaal> trend = SignaalDetectie.detecteer(
                reeks(basislijn(), 100.1, 100.2, 100.3, 100.4, 100.5, 100.6, 101, 100, 102, 101, 100, 102), null);
        assertThat(trend).extracting(Signaal::regel).contains(Regel.ZES_STIJGEND_OF_DALEND);
    }

    @Test
    void smallSeriesAreNotJudgedButTheTargetBandStillCounts() {
        List<Waarde> klein = new ArrayList<>();
        for (int i = 0; i < 36; i++) {
            klein.add(new Waarde("instroom", "GM0183", Waarde.ALLE, "crisis", Periode.MAAND, YearMonth.of(2020, 1).plusMonths(i), i == 30 ? 4.0 : 0.0, 0, null));
        }
        assertThat(SignaalDetectie.detecteer(klein, null)).isEmpty();
        Koers uitKoers = new Koers(new Streefwaarde(1, "instroom", "regio", "crisis", 2024, -2.5, null, "test",
                LocalDateTime.now()), YearMonth.of(2022, 12), 1, 0.9, 4.0, Koers.Status.UIT_KOERS);
        assertThat(SignaalDetectie.detecteer(klein, uitKoers)).extracting(Signaal::regel).containsExactly(Regel.BUITEN_STREEFBAND);
    }

    private static double[] basislijn() {
        double[] basis = new double[24];
        for (int i = 0; i < 24; i++) {
            basis[i] = i % 2 == 0 ? 100 : 102;
        }
        return basis;
    }

    private static List<Waarde> reeks(double[] basis, double... venster) {
        List<Waarde> reeks = new ArrayList<>();
        YearMonth m = YearMonth.of(2020, 1);
        for (double w : basis) {
            reeks.add(new Waarde("jeugdigen-in-zorg", "regio", Waarde.ALLE, "alle", Periode.MAAND, m, w, (long) w, null));
            m = m.plusMonths(1);
        }
        for (double w : venster) {
            reeks.add(new Waarde("jeugdigen-in-zorg", "regio", Waarde.ALLE, "alle", Periode.MAAND, m, w, (long) w, null));
            m = m.plusMonths(1);
        }
        return reeks;
    }
}
