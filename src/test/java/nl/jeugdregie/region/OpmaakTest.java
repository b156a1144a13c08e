package nl.jeugdregie.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class OpmaakTest {

    private static final Locale NL = Locale.forLanguageTag("nl");
    private static final Locale EN = Locale.ENGLISH;

    @Test
    void countsAreWholeWithThousandsSeparators() {
        assertThat(Opmaak.waarde(11397.0, "jeugdigen", NL)).isEqualTo("11.397");
        assertThat(Opmaak.waarde(11397.0, "jeugdigen", EN)).isEqualTo("11,397");
        assertThat(Opmaak.waarde(3.0, "trajecten", NL)).isEqualTo("3");
        assertThat(Opmaak.waarde(null, "trajecten", NL)).isEqualTo("–");
    }

    @Test
    void moneyPercentagesAndRates() {
        assertThat(Opmaak.waarde(251878095.0, "euro", NL)).isEqualTo("€ 251.878.095");
        assertThat(Opmaak.waarde(251878095.0, "euro", EN)).isEqualTo("€251,878,095");
        assertThat(Opmaak.waarde(85.5, "euro", NL)).isEqualTo("€ 85,50");
        assertThat(Opmaak.waarde(62.66, "%", NL)).isEqualTo("62,7 %");
        assertThat(Opmaak.waarde(62.66, "%", EN)).isEqualTo("62.7%");
        assertThat(Opmaak.waarde(132.94, "per 1.000", NL)).isEqualTo("132,9");
        assertThat(Opmaak.waarde(33.0, "dagen", NL)).as("an average keeps its decimal").isEqualTo("33,0");
        assertThat(Opmaak.verandering(4.25, NL)).isEqualTo("+4,3 %");
        assertThat(Opmaak.verandering(-3.0, EN)).isEqualTo("−3.0%");
        assertThat(Opmaak.verandering(null, NL)).isEqualTo("–");
    }

    @Test
    void monthsAsWordsAndYearsWithoutSeparator() {
        assertThat(Opmaak.maand(YearMonth.of(2025, 12), NL)).isEqualTo("december 2025");
        assertThat(Opmaak.maand(YearMonth.of(2025, 12), EN)).isEqualTo("December 2025");
        assertThat(Opmaak.maand(YearMonth.of(2024, 3), NL)).isEqualTo("maart 2024");
    }
}
