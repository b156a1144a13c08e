package nl.jeugdregie.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import nl.jeugdregie.indicators.Doorsnede;
import nl.jeugdregie.indicators.Periode;
import nl.jeugdregie.messages.BerichtenOverzicht.Aanlevering;
import org.junit.jupiter.api.Test;

class VolledigheidTest {

    @Test
    void aMonthIsCompleteThirtyDaysAfterItsEnd() {
        assertThat(Volledigheid.laatsteVolledige(LocalDate.of(2024, 7, 30))).as("30 June + 30 days").isEqualTo(YearMonth.of(2024, 6));
        assertThat(Volledigheid.laatsteVolledige(LocalDate.of(2024, 7, 29))).isEqualTo(YearMonth.of(2024, 5));
        assertThat(Volledigheid.laatsteVolledige(LocalDate.of(2024, 3, 30))).as("29 February + 30 days").isEqualTo(YearMonth.of(2024, 2));
        assertThat(Volledigheid.laatsteVolledige(LocalDate.of(2024, 3, 29))).isEqualTo(YearMonth.of(2024, 1));
    }

    @Test
    void theRegionIsCompleteAsFarAsItsLeastCompleteDeliveringMunicipality() {
        Volledigheid v = Volledigheid.uit(List.of(
                new Aanlevering("GM0141", LocalDate.of(2024, 9, 2), LocalDateTime.now()),
                new Aanlevering("GM0153", LocalDate.of(2024, 7, 1), LocalDateTime.now())));
        assertThat(v.laatsteVolledige(Doorsnede.regio("alle"))).isEqualTo(YearMonth.of(2024, 5));
        assertThat(v.laatsteVolledige(Doorsnede.aanbieder("98100001", "alle"))).as("providers, region-wide").isEqualTo(YearMonth.of(2024, 5));
        assertThat(v.laatsteVolledige(Doorsnede.gemeente("GM0141", "alle"))).isEqualTo(YearMonth.of(2024, 7));
        assertThat(v.voorlopig(Doorsnede.gemeente("GM0164", "alle"), Periode.MAAND, YearMonth.of(2020, 1)))
                .as("a municipality without any message: provisional throughout").isTrue();
        assertThat(v.voorlopig(Doorsnede.gemeente("GM0141", "alle"), Periode.JAAR, YearMonth.of(2024, 1))).isTrue();
        assertThat(v.voorlopig(Doorsnede.gemeente("GM0141", "alle"), Periode.KWARTAAL, YearMonth.of(2024, 7))).isTrue();
        assertThat(v.voorlopig(Doorsnede.gemeente("GM0141", "alle"), Periode.MAAND, YearMonth.of(2024, 7))).isFalse();
        assertThat(Volledigheid.onbekend().voorlopig(Doorsnede.regio("alle"), Periode.MAAND, YearMonth.of(2024, 7)))
                .as("nothing arrived: nothing to mark").isFalse();
    }

    @Test
    void noPercentageAcrossAChangeOfSignOrFromZero() {
        assertThat(Overzichten.verandering(110.0, 100.0)).isEqualTo(10.0);
        assertThat(Overzichten.verandering(-90.0, -100.0)).as("less negative: up 10 %").isEqualTo(10.0);
        assertThat(Overzichten.verandering(5.0, -20.0)).isNull();
        assertThat(Overzichten.verandering(5.0, 0.0)).isNull();
        assertThat(Overzichten.verandering(0.0, 20.0)).isEqualTo(-100.0);
    }
}
