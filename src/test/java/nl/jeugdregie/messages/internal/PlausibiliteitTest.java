package nl.jeugdregie.messages.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import nl.jeugdregie.messages.internal.Plausibiliteit.Venster;
import org.junit.jupiter.api.Test;

/** Each window's edges: the last day inside is believed, the first day outside refused with the element and the bound. */
class PlausibiliteitTest {

    private static final LocalDate DAG = LocalDate.of(2025, 3, 14);

    @Test
    void whatHappenedLiesBetweenTheJeugdwetAndTheDagtekening() {
        binnen(Venster.GEBEURD, LocalDate.of(2015, 1, 1));
        binnen(Venster.GEBEURD, DAG);
        buiten(Venster.GEBEURD, LocalDate.of(2014, 12, 31), "voor de invoering van de Jeugdwet (2015-01-01)");
        buiten(Venster.GEBEURD, DAG.plusDays(1), "ligt na de dagtekening van het bericht (2025-03-14)");
        buiten(Venster.GEBEURD, LocalDate.of(9999, 12, 31), "9999-12-31 ligt na de dagtekening");
    }

    @Test
    void aPlannedBeginMayLieAYearAheadAndAPlannedEndEighteenYears() {
        binnen(Venster.GEPLAND_BEGIN, DAG.plusYears(1));
        buiten(Venster.GEPLAND_BEGIN, DAG.plusYears(1).plusDays(1), "meer dan een jaar na de dagtekening");
        binnen(Venster.GEPLAND_EINDE, DAG.plusYears(18));
        buiten(Venster.GEPLAND_EINDE, DAG.plusYears(18).plusDays(1), "meer dan 18 jaar na de dagtekening");
        buiten(Venster.GEPLAND_EINDE, LocalDate.of(2014, 6, 30), "voor de invoering van de Jeugdwet");
    }

    @Test
    void aBirthDateLiesAtMost120YearsBeforeTheDagtekeningAndNotAfterIt() {
        binnen(Venster.GEBOORTE, DAG.minusYears(120));
        binnen(Venster.GEBOORTE, DAG);
        buiten(Venster.GEBOORTE, DAG.minusYears(120).minusDays(1), "meer dan 120 jaar voor de dagtekening");
        buiten(Venster.GEBOORTE, DAG.plusDays(1), "ligt na de dagtekening");
    }

    @Test
    void theDagtekeningLiesBetweenTheJeugdwetAndTomorrow() {
        LocalDate vandaag = LocalDate.of(2026, 12, 3);
        assertThatCode(() -> Plausibiliteit.dagtekening(vandaag.plusDays(1), vandaag)).doesNotThrowAnyException();
        assertThatCode(() -> Plausibiliteit.dagtekening(nl.jeugdregie.region.Kalender.JEUGDWET, vandaag)).doesNotThrowAnyException();
        assertThatThrownBy(() -> Plausibiliteit.dagtekening(vandaag.plusDays(2), vandaag))
                .hasMessage("element Header/BerichtIdentificatie/Dagtekening onaannemelijk: 2026-12-05 ligt in de toekomst (vandaag is 2026-12-03)");
        assertThatThrownBy(() -> Plausibiliteit.dagtekening(nl.jeugdregie.region.Kalender.JEUGDWET.minusDays(1), vandaag))
                .hasMessageContaining("voor de invoering van de Jeugdwet");
    }

    @Test
    void amountsAndVolumesStayWithinTheSchema() throws BerichtFout {
        Plausibiliteit.bedragOfVolume(0, "x");
        Plausibiliteit.bedragOfVolume(99_999_999, "x");
        assertThatThrownBy(() -> Plausibiliteit.bedragOfVolume(100_000_000, "Declaratie/Bedrag"))
                .hasMessage("element Declaratie/Bedrag onaannemelijk: 100000000 ligt buiten 0 tot en met 99999999 (schema)");
        assertThatThrownBy(() -> Plausibiliteit.bedragOfVolume(-1, "x")).isInstanceOf(BerichtFout.class);
    }

    private static void binnen(Venster venster, LocalDate datum) {
        assertThatCode(() -> venster.controleer(datum, DAG, "a/b")).as(venster + " " + datum).doesNotThrowAnyException();
    }

    private static void buiten(Venster venster, LocalDate datum, String reden) {
        assertThatThrownBy(() -> venster.controleer(datum, DAG, "a/b")).as(venster + " " + datum)
                .isInstanceOf(BerichtFout.class)
                .hasMessageStartingWith("element a/b onaannemelijk: " + datum)
                .hasMessageContaining(reden);
    }

}
