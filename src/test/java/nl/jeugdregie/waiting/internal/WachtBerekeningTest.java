package nl.jeugdregie.waiting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.jeugdregie.care.Aanvragen;
import nl.jeugdregie.region.Hulpvorm;
import nl.jeugdregie.region.ProductIndeling;
import nl.jeugdregie.region.Segment;
import nl.jeugdregie.waiting.Wacht;
import nl.jeugdregie.waiting.Wachtnorm;
import org.junit.jupiter.api.Test;

/** Hand-built routes with known waits: A and B, refused, removed, ended, undecided, one youth on three lists. */
class WachtBerekeningTest {

    private static final LocalDate PEIL = LocalDate.of(2024, 7, 1);
    private static final Map<String, Wachtnorm> NORMEN = Map.of(
            "ambulant", new Wachtnorm(1, "ambulant", 5, 98, "test", "test", LocalDateTime.now()),
            "verblijf", new Wachtnorm(2, "verblijf", 5, 42, "test", "test", LocalDateTime.now()));

    private final WachtBerekening berekening = new WachtBerekening(
            (categorie, code) -> categorie.equals("43")
                    ? new ProductIndeling(categorie, code, Hulpvorm.RESIDENTIEEL_OVERIG, Segment.VERBLIJF, true)
                    : new ProductIndeling(categorie, code, Hulpvorm.AMBULANT_OP_LOCATIE, Segment.AMBULANT, true),
            List.of(new Aanvragen.Antwoord("GM0141", "P1", "REF-C", "1", "7", d(2024, 2, 10)),
                    new Aanvragen.Antwoord("GM0141", "P1", "REF-D", "2", null, d(2024, 6, 25))));

    @Test
    void routeAWaitsFromTheRequestAndSplitsIntoDecisionAndStart() {
        Wacht w = een(new Aanvragen("A", List.of(verzoek("REF-A", d(2024, 3, 1))),
                List.of(toewijzing("P1", "1", "REF-A", "45A01", d(2024, 3, 8), null, null)),
                List.of(new Aanvragen.Start("GM0141", "P1", "1", d(2024, 4, 15)))));
        assertThat(w.route()).isEqualTo(Wacht.Route.A);
        assertThat(w.stand(PEIL)).isEqualTo(Wacht.Stand.GESTART);
        assertThat(w.beslisWerkdagen(PEIL)).as("Friday to Friday").isEqualTo(5);
        assertThat(w.startDagen(PEIL)).isEqualTo(38);
        assertThat(w.dagen(PEIL)).isEqualTo(45);
    }

    @Test
    void routeBWaitsFromTheAssignmentAndTheNormDependsOnTheSegment() {
        Wacht ambulant = een(new Aanvragen("B", List.of(), List.of(toewijzing("P1", "2", null, "45A01", d(2024, 5, 1), null,
                null)), List.of()));
        Wacht verblijf = een(new Aanvragen("B", List.of(), List.of(toewijzing("P2", "3", null, "43A01", d(2024, 5, 1), null,
                null)), List.of()));
        assertThat(ambulant.route()).isEqualTo(Wacht.Route.B);
        assertThat(ambulant.stand(PEIL)).isEqualTo(Wacht.Stand.WACHTEND);
        assertThat(ambulant.dagen(PEIL)).isEqualTo(61);
        WachtOverzicht o = new WachtOverzicht(List.of(ambulant, verblijf), NORMEN, PEIL);
        assertThat(o.bovenNorm(ambulant)).as("61 of 98 days").isFalse();
        assertThat(o.bovenNorm(verblijf)).as("61 of 42 days").isTrue();
        assertThat(o.signalen()).isEqualTo(new WachtOverzicht.Signalen(2, 0, 1, 0));
    }

    @Test
    void refusedRemovedAndEndedWaitsStopWaiting() {
        Wacht afgewezen = een(new Aanvragen("C", List.of(verzoek("REF-C", d(2024, 2, 1))), List.of(), List.of()));
        assertThat(afgewezen.stand(PEIL)).isEqualTo(Wacht.Stand.AFGEWEZEN);
        assertThat(afgewezen.dagen(PEIL)).isEqualTo(9);
        Wacht inOnderzoek = een(new Aanvragen("D", List.of(verzoek("REF-D", d(2024, 6, 20))), List.of(), List.of()));
        assertThat(inOnderzoek.stand(PEIL)).as("answer 2 is no refusal").isEqualTo(Wacht.Stand.WACHTEND);
        assertThat(inOnderzoek.beslisWerkdagen(PEIL)).isEqualTo(7);
        Wacht verwijderd = een(new Aanvragen("E", List.of(), List.of(toewijzing("P1", "4", null, "45A01", d(2024, 4, 2), null,
                "13")), List.of()));
        assertThat(verwijderd.stand(PEIL)).isEqualTo(Wacht.Stand.VERVALLEN);
        Wacht beeindigd = een(new Aanvragen("F", List.of(), List.of(toewijzing("P1", "5", null, "45A01", d(2024, 4, 2),
                d(2024, 6, 1), null)), List.of()));
        assertThat(beeindigd.stand(PEIL)).isEqualTo(Wacht.Stand.VERVALLEN);
        assertThat(beeindigd.stand(d(2024, 5, 15))).as("still valid then").isEqualTo(Wacht.Stand.WACHTEND);
        assertThat(beeindigd.dagen(PEIL)).isEqualTo(60);
    }

    @Test
    void aYouthOnThreeListsCountsOnceAndSharesProvidersPairwise() {
        List<Wacht> wachten = new ArrayList<>(berekening.wachten(new Aanvragen("G", List.of(), List.of(
                toewijzing("P1", "6", null, "45A01", d(2024, 6, 1), null, null),
                toewijzing("P2", "7", null, "45A02", d(2024, 6, 3), null, null),
                toewijzing("P3", "8", null, "45A01", d(2024, 6, 5), null, null)), List.of())));
        wachten.addAll(berekening.wachten(new Aanvragen("H", List.of(), List.of(
                toewijzing("P1", "9", null, "45A01", d(2024, 6, 1), null, null)), List.of())));
        WachtOverzicht o = new WachtOverzicht(wachten, NORMEN, PEIL);
        assertThat(o.totaal().wachtend()).isEqualTo(4);
        assertThat(o.totaal().jeugdigen()).isEqualTo(2);
        WachtOverzicht.Overlap overlap = o.overlap(10);
        assertThat(overlap).extracting(WachtOverzicht.Overlap::eenLijst, WachtOverzicht.Overlap::drieOfMeer)
                .containsExactly(1L, 1L);
        assertThat(overlap.paren()).containsExactly(new WachtOverzicht.Paar("P1", "P2", 1),
                new WachtOverzicht.Paar("P1", "P3", 1), new WachtOverzicht.Paar("P2", "P3", 1));
        assertThat(o.groepen(Wacht::aanbieder)).extracting(WachtOverzicht.Groep::sleutel, WachtOverzicht.Groep::wachtend,
                WachtOverzicht.Groep::jeugdigen).containsExactly(
                org.assertj.core.groups.Tuple.tuple("P1", 2L, 2L), org.assertj.core.groups.Tuple.tuple("P2", 1L, 1L),
                org.assertj.core.groups.Tuple.tuple("P3", 1L, 1L));
    }

    @Test
    void realisedWaitsPerMonthOfStart() {
        List<Wacht> wachten = new ArrayList<>();
        int[] dagen = {10, 20, 30, 40, 120};
        for (int i = 0; i < dagen.length; i++) {
            LocalDate toegewezen = d(2024, 1, 2);
            wachten.addAll(berekening.wachten(new Aanvragen("R" + i, List.of(), List.of(toewijzing("P1", "R" + i, null,
                    "45A01", toegewezen, null, null)), List.of(new Aanvragen.Start("GM0141", "P1", "R" + i,
                    toegewezen.plusDays(dagen[i]))))));
        }
        Gerealiseerd gerealiseerd = new Gerealiseerd();
        wachten.forEach(w -> gerealiseerd.vervang(w.jeugdige(), List.of(), List.of(w)));
        List<WachtOverzicht.Maand> maanden = gerealiseerd.maanden("regio", w -> true, YearMonth.of(2024, 1),
                YearMonth.of(2024, 5), NORMEN);
        assertThat(maanden.getFirst()).as("10 and 20 days").isEqualTo(new WachtOverzicht.Maand(YearMonth.of(2024, 1), 2, 10L,
                20L, 20L, 100.0));
        assertThat(maanden.get(1)).as("30 and 40 days").isEqualTo(new WachtOverzicht.Maand(YearMonth.of(2024, 2), 2, 30L,
                40L, 40L, 100.0));
        assertThat(maanden.get(3)).isEqualTo(new WachtOverzicht.Maand(YearMonth.of(2024, 4), 0, null, null, null, null));
        assertThat(maanden.get(4)).as("120 days is beyond 98").isEqualTo(new WachtOverzicht.Maand(YearMonth.of(2024, 5), 1, 120L, 120L, 120L, 0.0));
    }

    @Test
    void aChangedWaitRecomputesItsMonthsAndANewNormEveryMonth() {
        Gerealiseerd gerealiseerd = new Gerealiseerd();
        LocalDate toegewezen = d(2024, 1, 2);
        Wacht snel = een(new Aanvragen("R1", List.of(), List.of(toewijzing("P1", "R1", null, "45A01", toegewezen, null, null)),
                List.of(new Aanvragen.Start("GM0141", "P1", "R1", toegewezen.plusDays(10)))));
        gerealiseerd.vervang("R1", List.of(), List.of(snel));
        YearMonth jan = YearMonth.of(2024, 1);
        YearMonth mrt = YearMonth.of(2024, 3);
        assertThat(gerealiseerd.maanden("regio", w -> true, jan, mrt, NORMEN).getFirst().gestart()).isEqualTo(1);

        Wacht laat = een(new Aanvragen("R1", List.of(), List.of(toewijzing("P1", "R1", null, "45A01", toegewezen, null, null)),
                List.of(new Aanvragen.Start("GM0141", "P1", "R1", toegewezen.plusDays(70)))));
        gerealiseerd.vervang("R1", List.of(snel), List.of(laat));
        List<WachtOverzicht.Maand> maanden = gerealiseerd.maanden("regio", w -> true, jan, mrt, NORMEN);
        assertThat(maanden.getFirst().gestart()).as("the start moved out of January").isZero();
        assertThat(maanden.get(2)).isEqualTo(new WachtOverzicht.Maand(mrt, 1, 70L, 70L, 70L, 100.0));

        Map<String, Wachtnorm> strenger = new java.util.HashMap<>(NORMEN);
        strenger.put("ambulant", new Wachtnorm(3, "ambulant", 5, 60, "strenger", "test", LocalDateTime.now()));
        assertThat(gerealiseerd.maanden("regio", w -> true, jan, mrt, strenger).get(2).binnenNorm()).isEqualTo(0.0);
        assertThat(gerealiseerd.medianen(Wacht::aanbieder, d(2024, 2, 1), java.time.YearMonth.of(2030, 1))).containsEntry("P1", 70L);
    }

    /** IV013: a correction is a new version with its own date; the wait began at the first. */
    @Test
    void aChangedAssignmentDoesNotRestartTheWait() {
        Aanvragen.Toewijzing eerste = toewijzing("P1", "30", "REF-V", "45A01", d(2024, 3, 4), null, null);
        Aanvragen.Toewijzing gecorrigeerd = new Aanvragen.Toewijzing("GM0141", "P1", "30", "REF-V", "45", "45A02",
                d(2024, 4, 24), d(2024, 4, 24), d(2024, 12, 31), "01").na(eerste);
        Wacht b = een(new Aanvragen("V", List.of(), List.of(gecorrigeerd), List.of()));
        assertThat(b.toewijzing()).isEqualTo(d(2024, 3, 4));
        assertThat(b.productcode()).as("the latest version decides the product").isEqualTo("45A02");
        assertThat(b.toewijzingEinde()).as("and the end").isEqualTo(d(2024, 12, 31));
        assertThat(b.dagen(d(2024, 5, 3))).as("60 days, not the 9 since the correction").isEqualTo(60);
        assertThat(new WachtOverzicht(List.of(b), NORMEN, d(2024, 5, 3)).zonderStart(b)).as("still without a start").isTrue();

        Wacht a = een(new Aanvragen("V", List.of(verzoek("REF-V", d(2024, 3, 1))), List.of(gecorrigeerd), List.of()));
        assertThat(a.beslisWerkdagen(PEIL)).as("request (Friday 1 March) to first assignment (Monday 4 March)").isOne();
        assertThat(a.dagen(d(2024, 5, 3))).isEqualTo(63);
    }

    @Test
    void aStartUnderAnotherNumberInTheSameCareFormAtTheSameProviderEndsTheWait() {
        Aanvragen.Toewijzing t = new Aanvragen.Toewijzing("GM0141", "P1", "40", null, "45", "45A01", d(2024, 2, 1),
                d(2024, 2, 1), d(2024, 12, 31), null);
        Wacht zelfdeVorm = een(new Aanvragen("W", List.of(), List.of(t),
                List.of(new Aanvragen.Start("GM0141", "P1", "41", d(2024, 2, 12), "45", "45A07"))));
        assertThat(zelfdeVorm.stand(PEIL)).isEqualTo(Wacht.Stand.GESTART);
        assertThat(zelfdeVorm.dagen(PEIL)).isEqualTo(11);

        Wacht andereVorm = een(new Aanvragen("W", List.of(), List.of(t),
                List.of(new Aanvragen.Start("GM0141", "P1", "41", d(2024, 2, 12), "43", "43A01"))));
        assertThat(andereVorm.stand(PEIL)).as("a stay does not end a wait for ambulant care").isEqualTo(Wacht.Stand.WACHTEND);
        Wacht andereAanbieder = een(new Aanvragen("W", List.of(), List.of(t),
                List.of(new Aanvragen.Start("GM0141", "P2", "41", d(2024, 2, 12), "45", "45A01"))));
        assertThat(andereAanbieder.stand(PEIL)).isEqualTo(Wacht.Stand.WACHTEND);
        Wacht ervoor = een(new Aanvragen("W", List.of(), List.of(t),
                List.of(new Aanvragen.Start("GM0141", "P1", "41", d(2024, 1, 20), "45", "45A01"))));
        assertThat(ervoor.stand(PEIL)).as("care that began before the assignment's period is other care").isEqualTo(Wacht.Stand.WACHTEND);
    }

    @Test
    void aStartBeforeTheAssignmentIsAWaitOfZeroDays() {
        Wacht w = een(new Aanvragen("X", List.of(), List.of(toewijzing("P1", "50", null, "45A01", d(2024, 3, 10), null, null)),
                List.of(new Aanvragen.Start("GM0141", "P1", "50", d(2024, 3, 1)))));
        assertThat(w.stand(PEIL)).isEqualTo(Wacht.Stand.GESTART);
        assertThat(w.dagen(PEIL)).isZero();
        assertThat(w.startDagen(PEIL)).isZero();
    }

    @Test
    void aWaitNothingEndedForHalfAYearIsPresumedOrphaned() {
        LocalDate begin = d(2023, 10, 2);
        Wacht w = een(new Aanvragen("Y", List.of(), List.of(toewijzing("P1", "60", null, "45A01", begin, null, null)), List.of()));
        assertThat(w.verweesd()).isTrue();
        assertThat(w.stand(begin.plusDays(183))).as("183 days: still waiting").isEqualTo(Wacht.Stand.WACHTEND);
        assertThat(w.stand(begin.plusDays(184))).isEqualTo(Wacht.Stand.VERWEESD);
        assertThat(w.wachtOp(begin.plusDays(183))).isTrue();
        assertThat(w.wachtOp(begin.plusDays(184))).as("in no waiting figure from then on").isFalse();
        WachtOverzicht o = new WachtOverzicht(List.of(w), NORMEN, PEIL);
        assertThat(o.wachtend()).isEmpty();
        assertThat(o.totaal().maxDagen()).isZero();

        Wacht kortlopend = een(new Aanvragen("Y", List.of(), List.of(toewijzing("P1", "61", null, "45A01", begin,
                begin.plusDays(90), null)), List.of()));
        assertThat(kortlopend.verweesd()).as("its assignment ended first: lapsed, not orphaned").isFalse();
        assertThat(kortlopend.stand(PEIL)).isEqualTo(Wacht.Stand.VERVALLEN);
        Wacht onbeslist = een(new Aanvragen("Y", List.of(verzoek("REF-Y", begin)), List.of(), List.of()));
        assertThat(onbeslist.stand(PEIL)).as("a request nobody answered for half a year").isEqualTo(Wacht.Stand.VERWEESD);
    }

    @Test
    void aDecisionOnAWeekendDayCountsNoExtraWorkingDay() {
        Wacht w = een(new Aanvragen("Z", List.of(verzoek("REF-Z", d(2024, 3, 22))),
                List.of(toewijzing("P1", "70", "REF-Z", "45A01", d(2024, 3, 23), null, null)), List.of()));
        assertThat(w.beslisWerkdagen(PEIL)).as("Friday request, Saturday decision").isZero();
    }

    private Wacht een(Aanvragen a) {
        List<Wacht> wachten = berekening.wachten(a);
        assertThat(wachten).hasSize(1);
        return wachten.getFirst();
    }

    private static Aanvragen.Verzoek verzoek(String referentie, LocalDate dag) {
        return new Aanvragen.Verzoek("GM0141", "P1", referentie, "45", "45A01", dag);
    }

    private static Aanvragen.Toewijzing toewijzing(String aanbieder, String nummer, String referentie, String code,
                                                   LocalDate datum, LocalDate einde, String reden) {
        return new Aanvragen.Toewijzing("GM0141", aanbieder, nummer, referentie, code.substring(0, 2), code, datum, datum, einde,
                reden);
    }

    private static LocalDate d(int j, int m, int dag) {
        return LocalDate.of(j, m, dag);
    }
}
