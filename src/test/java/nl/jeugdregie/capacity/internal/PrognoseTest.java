package nl.jeugdregie.capacity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import nl.jeugdregie.capacity.Beschikbaarheid;
import nl.jeugdregie.capacity.Melding;
import nl.jeugdregie.region.Voorziening;
import org.junit.jupiter.api.Test;

/** Hand-computed prognoses: planned discharges alone, the hazard and its band, and the look back. */
class PrognoseTest {

    static final LocalDate VANDAAG = LocalDate.of(2026, 11, 23);
    static final Voorziening HUIS = new Voorziening("h", "P1", "huis", "GM0141", "7607", "gezinshuis", "44A02", 10, null, 52.3, 6.6,
            List.of("jeugd-opvoeding"), 4, 17, "alle", "nabij");

    @Test
    void withoutAKnownHazardOnlyPlannedDischargesAddToTheFreePlaces() {
        Beschikbaarheid b = plek(8, List.of(new Melding.Uitstroom(VANDAAG.plusDays(10), 1)));
        List<Prognose.Week> weken = Prognose.voorspel(List.of(b), Map.of(), VANDAAG).get("gezinshuis");
        assertThat(weken).hasSize(12);
        assertThat(weken.get(0)).isEqualTo(new Prognose.Week("gezinshuis", 1, VANDAAG.plusWeeks(1), 2.0, 2.0, 2.0, 0));
        assertThat(weken.get(1)).isEqualTo(new Prognose.Week("gezinshuis", 2, VANDAAG.plusWeeks(2), 3.0, 3.0, 3.0, 1));
        assertThat(Prognose.voorspel(List.of(b), Map.of(), VANDAAG).get(Prognose.ALLE)).isEqualTo(weken.stream()
                .map(w -> new Prognose.Week(Prognose.ALLE, w.week(), w.datum(), w.verwacht(), w.laag(), w.hoog(), w.gepland())).toList());
    }

    @Test
    void departuresAndIntakeAtTheUsualOccupancyGiveTheExpectationAndItsBand() {
        double[] l = Prognose.locatie(plek(8, List.of()), new Prognose.Verblijf(0.1, 8), VANDAAG.plusWeeks(1), 1);
        assertThat(l[0]).as("2 free + 8 × 0.1 leaving − 0.1 × 8 arriving").isCloseTo(2.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(l[1]).as("binomial 8 × 0.1 × 0.9 + Poisson 0.8").isCloseTo(1.52, org.assertj.core.data.Offset.offset(1e-9));
        Prognose.Week w1 = Prognose.voorspel(List.of(plek(8, List.of())), Map.of("h", new Prognose.Verblijf(0.1, 8)), VANDAAG)
                .get("gezinshuis").getFirst();
        assertThat(w1.laag()).isEqualTo(0.0);
        assertThat(w1.hoog()).isEqualTo(Math.round((2.0 + 1.96 * Math.sqrt(1.52)) * 10) / 10.0);

        double[] leeglopend = Prognose.locatie(plek(8, List.of()), new Prognose.Verblijf(0.1, 4), VANDAAG.plusWeeks(4), 4);
        assertThat(leeglopend[0]).as("usually half full: more leave than arrive")
                .isCloseTo(2 + 8 * (1 - Math.pow(0.9, 4)) - 0.1 * 4 * 4, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void theLookBackSetsWhatWasForeseenBesideWhatWasReported() {
        LocalDateTime toen = VANDAAG.minusWeeks(8).atTime(9, 0);
        List<PlaatsenOpslag.Stand> standen = List.of(
                new PlaatsenOpslag.Stand(1, 10, 8, 0, null, "aanbieder", false, "p", toen.minusDays(1),
                        List.of(new Melding.Uitstroom(VANDAAG.minusWeeks(2), 1))),
                new PlaatsenOpslag.Stand(2, 10, 5, 1, "personeel", "aanbieder", false, "p", VANDAAG.atTime(8, 0), List.of()));
        List<Prognose.Terugblik> terug = Prognose.terugblik(Map.of("h", standen), Map.of("h", HUIS), Map.of(), VANDAAG, 4, 3);
        assertThat(terug).hasSize(3);
        assertThat(terug.getLast()).isEqualTo(new Prognose.Terugblik(VANDAAG.minusWeeks(4), VANDAAG, 3.0, 3.0, 3.0, 4));
        assertThat(terug.getFirst().werkelijk()).as("two weeks ago the first report still stood").isEqualTo(2);
    }

    private static Beschikbaarheid plek(int bezet, List<Melding.Uitstroom> uitstroom) {
        return new Beschikbaarheid(HUIS, 10, bezet, 0, null, 0, uitstroom, "planner", LocalDateTime.now(), false);
    }
}
