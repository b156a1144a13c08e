package nl.jeugdregie.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** COPY's text format must carry every value as it was, whatever characters a free-text field holds. */
class KopieerTest {

    @Test
    void nullAndTheCharactersCopyGivesMeaningAreEscaped() {
        assertThat(tekst(null)).isEqualTo("\\N");
        assertThat(tekst("D\\12\t3\n4\r")).isEqualTo("D\\\\12\\t3\\n4\\r");
        assertThat(tekst("gewoon")).isEqualTo("gewoon");
        assertThat(tekst("eind\\")).isEqualTo("eind\\\\");
    }

    @Test
    void datesAndNumbersAreWrittenAsThePostgresTextFormatReadsThem() {
        assertThat(tekst(LocalDate.of(2024, 2, 29))).isEqualTo("2024-02-29");
        assertThat(tekst(LocalTime.of(9, 5))).isEqualTo("09:05");
        assertThat(tekst(LocalTime.of(23, 59, 58))).isEqualTo("23:59:58");
        assertThat(tekst(-12_500L)).isEqualTo("-12500");
        assertThat(tekst(new byte[] {0, 15, (byte) 0xab, -1})).isEqualTo("\\\\x000fabff");
    }

    private static String tekst(Object waarde) {
        StringBuilder uit = new StringBuilder();
        Kopieer.waarde(waarde, uit);
        return uit.toString();
    }
}
