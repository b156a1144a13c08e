package nl.jeugdregie.messages.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DatumsTest {

    @Test
    void everyDayIsTheDateItNamesAndSharedBetweenMessages() {
        Random random = new Random(1202);
        for (int i = 0; i < 5000; i++) {
            LocalDate dag = LocalDate.ofEpochDay(random.nextInt(70_000) - 25_000);
            LocalDate gedeeld = Datums.van(dag.getYear(), dag.getMonthValue(), dag.getDayOfMonth());
            assertThat(gedeeld).isEqualTo(dag);
            assertThat(Datums.van(dag.getYear(), dag.getMonthValue(), dag.getDayOfMonth())).isSameAs(gedeeld);
        }
    }

    @Test
    void impossibleDaysAreRefusedAsBefore() {
        assertThatThrownBy(() -> Datums.van(2023, 2, 29)).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> Datums.van(2024, 4, 31)).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> Datums.van(2024, 13, 1)).isInstanceOf(DateTimeException.class);
        assertThat(Datums.van(2024, 2, 29)).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(Datums.van(2150, 1, 1)).isEqualTo(LocalDate.of(2150, 1, 1));
    }
}
