package nl.jeugdregie.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WerkdagenTest {

    @Test
    void easterFollowsTheKnownDates() {
        assertThat(Werkdagen.pasen(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(Werkdagen.pasen(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(Werkdagen.pasen(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
    }

    @Test
    void weekendsAndHolidaysAreNoWorkingDays() {
        assertThat(Werkdagen.isWerkdag(LocalDate.of(2024, 4, 1))).as("Easter Monday").isFalse();
        assertThat(Werkdagen.isWerkdag(LocalDate.of(2024, 5, 9))).as("Ascension").isFalse();
        assertThat(Werkdagen.isWerkdag(LocalDate.of(2025, 4, 26))).as("King's Day on Saturday stays Saturday").isFalse();
        assertThat(Werkdagen.isWerkdag(LocalDate.of(2025, 4, 28))).isTrue();
        assertThat(Werkdagen.isWerkdag(LocalDate.of(2014, 4, 26))).as("King's Day moved from Sunday").isFalse();
        assertThat(Werkdagen.isWerkdag(LocalDate.of(2024, 12, 27))).isTrue();
    }

    @Test
    void countingSkipsWeekendsAndHolidays() {
        LocalDate donderdag = LocalDate.of(2024, 3, 28);
        assertThat(Werkdagen.na(donderdag, 1)).isEqualTo(LocalDate.of(2024, 3, 29));
        assertThat(Werkdagen.na(donderdag, 2)).as("over the weekend and Easter Monday").isEqualTo(LocalDate.of(2024, 4, 2));
        assertThat(Werkdagen.na(LocalDate.of(2024, 12, 24), 1)).as("over Christmas").isEqualTo(LocalDate.of(2024, 12, 27));
    }

    @Test
    void theCountBetweenTwoDatesEqualsWalkingTheDays() {
        java.util.Random toeval = new java.util.Random(42);
        for (int i = 0; i < 2000; i++) {
            LocalDate van = LocalDate.of(2019, 1, 1).plusDays(toeval.nextInt(3000));
            LocalDate tot = van.plusDays(toeval.nextInt(900) - 10);
            int gelopen = 0;
            for (LocalDate d = van.plusDays(1); d.isBefore(tot); d = d.plusDays(1)) {
                gelopen += Werkdagen.isWerkdag(d) ? 1 : 0;
            }
            assertThat(Werkdagen.tussen(van, tot)).as("%s tot %s", van, tot).isEqualTo(gelopen);
        }
        assertThat(Werkdagen.tussen(LocalDate.of(2024, 12, 23), LocalDate.of(2024, 12, 30))).as("24 and 27 December").isEqualTo(2);
    }

    /** A decision term: working days after the request up to and including the decision. */
    @Test
    void aDecisionTermCountsTheWorkingDaysAfterTheRequestUpToTheDecision() {
        LocalDate vrijdag = LocalDate.of(2024, 3, 22);
        assertThat(Werkdagen.naTotEnMet(vrijdag, vrijdag)).as("decided the same day").isZero();
        assertThat(Werkdagen.naTotEnMet(vrijdag, vrijdag.minusDays(3))).as("decided before the request").isZero();
        assertThat(Werkdagen.naTotEnMet(vrijdag, vrijdag.plusDays(1))).as("Friday request, Saturday decision").isZero();
        assertThat(Werkdagen.naTotEnMet(vrijdag, vrijdag.plusDays(2))).as("Friday request, Sunday decision").isZero();
        assertThat(Werkdagen.naTotEnMet(vrijdag, vrijdag.plusDays(3))).as("Friday request, Monday decision").isOne();
        assertThat(Werkdagen.naTotEnMet(LocalDate.of(2024, 3, 28), LocalDate.of(2024, 4, 1)))
                .as("Thursday request, decided on Easter Monday: Good Friday only").isOne();
        assertThat(Werkdagen.naTotEnMet(LocalDate.of(2024, 3, 28), LocalDate.of(2024, 4, 2)))
                .as("Thursday request, decided on the Tuesday after Easter").isEqualTo(2);
        assertThat(Werkdagen.naTotEnMet(LocalDate.of(2024, 12, 23), LocalDate.of(2024, 12, 30)))
                .as("Monday 23 December to Monday 30 December: 24, 27 and 30 December").isEqualTo(3);
        java.util.Random toeval = new java.util.Random(7);
        for (int i = 0; i < 2000; i++) {
            LocalDate van = LocalDate.of(2019, 1, 1).plusDays(toeval.nextInt(3000));
            LocalDate tot = van.plusDays(toeval.nextInt(60));
            int gelopen = 0;
            for (LocalDate d = van.plusDays(1); !d.isAfter(tot); d = d.plusDays(1)) {
                gelopen += Werkdagen.isWerkdag(d) ? 1 : 0;
            }
            assertThat(Werkdagen.naTotEnMet(van, tot)).as("%s tot en met %s", van, tot).isEqualTo(gelopen);
        }
    }
}
