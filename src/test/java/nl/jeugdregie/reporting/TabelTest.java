package nl.jeugdregie.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TabelTest {

    @Test
    void numbersInACsvAreWhatADutchSpreadsheetReadsAsNumbers() {
        assertThat(Tabel.getal(2.0)).as("a count without ',0'").isEqualTo("2");
        assertThat(Tabel.getal(251878095.0)).as("no exponent from ten million up").isEqualTo("251878095");
        assertThat(Tabel.getal(14223.25)).isEqualTo("14223,25");
        assertThat(Tabel.getal(-0.5)).isEqualTo("-0,5");
        assertThat(Tabel.getal(1.0E17)).isEqualTo("100000000000000000");
        assertThat(Tabel.getal(Double.NaN)).isEmpty();
    }
}
