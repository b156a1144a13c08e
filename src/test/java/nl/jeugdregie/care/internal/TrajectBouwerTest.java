package nl.jeugdregie.care.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import nl.jeugdregie.care.Traject;
import nl.jeugdregie.care.internal.Feiten.MeldingFeit;
import nl.jeugdregie.care.internal.Feiten.ToewijzingFeit;
import nl.jeugdregie.care.internal.Feiten.VerzoekFeit;
import nl.jeugdregie.region.Hulpvorm;
import nl.jeugdregie.region.ProductIndeling;
import nl.jeugdregie.region.Segment;
import org.junit.jupiter.api.Test;

class TrajectBouwerTest {

    private static final String J = "a".repeat(64);
    private static final LocalDate GEBOREN = LocalDate.of(2012, 5, 1);

    private final TrajectBouwer bouwer = new TrajectBouwer((categorie, code) -> switch (code) {
        case "43A01" -> new ProductIndeling("43", code, Hulpvorm.RESIDENTIEEL_OVERIG, Segment.VERBLIJF, true);
        case "46A01" -> new ProductIndeling("46", code, Hulpvorm.RESIDENTIEEL_OVERIG, Segment.CRISIS, true);
        case "46A02" -> new ProductIndeling("46", code, Hulpvorm.IN_NETWERK, Segment.CRISIS, true);
        default -> new ProductIndeling("45", code, Hulpvorm.AMBULANT_OP_LOCATIE, Segment.AMBULANT, true);
    });

    private long bericht = 1;

    @Test
    void startAndStopMakeOneTrajectory() {
        Traject t = enig(feiten(List.of(toewijzing("1", "45A01", d(2024, 1, 5), null)),
                List.of(start("1", "45A01", d(2024, 1, 10), d(2024, 1, 11)), stop("1", "45A01", d(2024, 1, 10), d(2024, 6, 30), d(2024, 7, 2)))));
        assertThat(t.begindatum()).isEqualTo(d(2024, 1, 10));
        assertThat(t.einddatum()).isEqualTo(d(2024, 6, 30));
        assertThat(t.segment()).isEqualTo(Segment.AMBULANT);
        assertThat(t.redenBeeindiging()).isEqualTo("31");
        assertThat(t.verwijzer()).isEqualTo("01");
        assertThat(t.gestartMetCrisis()).isFalse();
    }

    @Test
    void stayStartsTheDayAfterTheFirstNight() {
        Traject t = enig(feiten(List.of(toewijzing("1", "43A01", d(2024, 3, 1), null)),
                List.of(start("1", "43A01", d(2024, 3, 1), d(2024, 3, 2)))));
        assertThat(t.begindatum()).isEqualTo(d(2024, 3, 2));
        assertThat(t.einddatum()).isNull();
        assertThat(t.hulpvorm()).isEqualTo(Hulpvorm.RESIDENTIEEL_OVERIG);
    }

    @Test
    void aStopWithoutStartIsIgnoredAndReported() {
        TrajectBouwer.Uitkomst u = bouwer.bouw(feiten(List.of(toewijzing("1", "45A01", d(2024, 1, 5), null)),
                List.of(stop("1", "45A01", d(2024, 1, 10), d(2024, 2, 1), d(2024, 2, 2)))));
        assertThat(u.trajecten()).isEmpty();
        assertThat(u.bevindingen()).extracting(TrajectBouwer.Bevinding::code).containsExactly("OP072");
    }

    @Test
    void aSecondOpenStartIsIgnoredAndReported() {
        TrajectBouwer.Uitkomst u = bouwer.bouw(feiten(List.of(toewijzing("1", "45A01", d(2024, 1, 5), null)),
                List.of(start("1", "45A01", d(2024, 1, 10), d(2024, 1, 11)), start("1", "45A01", d(2024, 2, 10), d(2024, 2, 11)))));
        assertThat(u.trajecten()).hasSize(1);
        assertThat(u.trajecten().getFirst().begindatum()).isEqualTo(d(2024, 1, 10));
        assertThat(u.bevindingen()).extracting(TrajectBouwer.Bevinding::code).containsExactly("OP289");
    }

    @Test
    void aWithdrawnStartLeavesNoTrajectory() {
        MeldingFeit start = start("1", "45A01", d(2024, 1, 10), d(2024, 1, 11));
        MeldingFeit intrekking = new MeldingFeit(bericht++, true, "GM0141", "98100001", "1", "45", "45A01",
                d(2024, 1, 10), null, null, "3", d(2024, 1, 15));
        assertThat(bouwer.bouw(feiten(List.of(toewijzing("1", "45A01", d(2024, 1, 5), null)), List.of(start, intrekking)))
                .trajecten()).isEmpty();
    }

    @Test
    void overlappingAndAdjacentPeriodsOfOneCareFormAtOneProviderMerge() {
        List<Traject> t = bouwer.bouw(feiten(List.of(toewijzing("1", "45A01", d(2024, 1, 1), null),
                        toewijzing("2", "45A02", d(2024, 1, 1), null), toewijzing("3", "45A01", d(2024, 1, 1), null)),
                List.of(start("1", "45A01", d(2024, 1, 10), d(2024, 1, 11)), stop("1", "45A01", d(2024, 1, 10), d(2024, 3, 31), d(2024, 4, 1)),
                        start("2", "45A02", d(2024, 4, 1), d(2024, 4, 2)), stop("2", "45A02", d(2024, 4, 1), d(2024, 5, 31), d(2024, 6, 1)),
                        start("3", "45A01", d(2024, 8, 1), d(2024, 8, 2))))).trajecten();
        assertThat(t).hasSize(2);
        assertThat(t.getFirst().begindatum()).isEqualTo(d(2024, 1, 10));
        assertThat(t.getFirst().einddatum()).isEqualTo(d(2024, 5, 31));
        assertThat(t.getFirst().productcodes()).isEqualTo("45A01,45A02");
        assertThat(t.get(1).begindatum()).isEqualTo(d(2024, 8, 1));
    }

    @Test
    void otherProvidersAndCareFormsStaySeparate() {
        ToewijzingFeit ander = new ToewijzingFeit(bericht++, "GM0141", "98100002", "9", null, "45", "45A01",
                d(2024, 1, 1), LocalTime.NOON, d(2024, 1, 1), null, null, GEBOREN);
        MeldingFeit startAnder = new MeldingFeit(bericht++, true, "GM0141", "98100002", "9", "45", "45A01",
                d(2024, 1, 12), null, null, "1", d(2024, 1, 12));
        List<Traject> t = bouwer.bouw(feiten(List.of(toewijzing("1", "45A01", d(2024, 1, 1), null), ander,
                        toewijzing("2", "46A02", d(2024, 1, 1), null)),
                List.of(start("1", "45A01", d(2024, 1, 10), d(2024, 1, 11)), startAnder,
                        start("2", "46A02", d(2024, 1, 10), d(2024, 1, 11))))).trajecten();
        assertThat(t).as("on location and in the network at one provider, on location at another").hasSize(3);
    }

    /** CBS: what the provider of a stay delivers during that stay is part of the stay; another provider's care is not. */
    @Test
    void theSameProvidersAmbulantCareDuringAStayIsPartOfTheStay() {
        ToewijzingFeit ander = new ToewijzingFeit(bericht++, "GM0141", "98100002", "9", null, "45", "45A02",
                d(2024, 1, 1), LocalTime.NOON, d(2024, 1, 1), null, null, GEBOREN);
        List<Traject> t = bouwer.bouw(feiten(List.of(toewijzing("1", "43A01", d(2024, 1, 1), null),
                        toewijzing("2", "45A02", d(2024, 1, 1), null), ander),
                List.of(start("1", "43A01", d(2024, 1, 10), d(2024, 1, 11)), stop("1", "43A01", d(2024, 1, 10), d(2024, 6, 30), d(2024, 7, 1)),
                        start("2", "45A02", d(2024, 2, 1), d(2024, 2, 2)), stop("2", "45A02", d(2024, 2, 1), d(2024, 4, 30), d(2024, 5, 1)),
                        new MeldingFeit(bericht++, true, "GM0141", "98100002", "9", "45", "45A02", d(2024, 3, 1), null, null, "1",
                                d(2024, 3, 1))))).trajecten();
        assertThat(t).as("the stay with its treatment, and the other provider's treatment").hasSize(2);
        Traject verblijf = t.getFirst();
        assertThat(verblijf.hulpvorm()).isEqualTo(nl.jeugdregie.region.Hulpvorm.RESIDENTIEEL_OVERIG);
        assertThat(verblijf.begindatum()).isEqualTo(d(2024, 1, 11));
        assertThat(verblijf.einddatum()).isEqualTo(d(2024, 6, 30));
        assertThat(verblijf.productcodes()).isEqualTo("43A01,45A02");
        assertThat(verblijf.deelperioden()).as("a stay with treatment alongside, visible")
                .isEqualTo("43A01 2024-01-10..2024-06-30; 45A02 2024-02-01..2024-04-30");
        assertThat(t.get(1).aanbieder()).isEqualTo("98100002");
    }

    /** Treatment begun before the stay and going on after it: its days before and after are care without stay. */
    @Test
    void ambulantCareAroundAStayKeepsItsDaysBeforeAndAfter() {
        List<Traject> t = bouwer.bouw(feiten(List.of(toewijzing("1", "43A01", d(2024, 3, 1), null),
                        toewijzing("2", "45A02", d(2024, 1, 1), null)),
                List.of(start("2", "45A02", d(2024, 1, 8), d(2024, 1, 9)), stop("2", "45A02", d(2024, 1, 8), d(2024, 9, 30), d(2024, 10, 1)),
                        start("1", "43A01", d(2024, 3, 1), d(2024, 3, 2)), stop("1", "43A01", d(2024, 3, 1), d(2024, 5, 31), d(2024, 6, 1))))).trajecten();
        assertThat(t).extracting(Traject::productcodes, Traject::begindatum, Traject::einddatum, Traject::redenBeeindiging).containsExactly(
                org.assertj.core.groups.Tuple.tuple("45A02", d(2024, 1, 8), d(2024, 2, 29), null),
                org.assertj.core.groups.Tuple.tuple("43A01,45A02", d(2024, 3, 2), d(2024, 5, 31), "31"),
                org.assertj.core.groups.Tuple.tuple("45A02", d(2024, 6, 1), d(2024, 9, 30), "31"));
    }

    @Test
    void crisisFirstMakesTheTrajectoryStartedInCrisisWithTheSegmentOfWhatFollowed() {
        List<Traject> t = bouwer.bouw(feiten(List.of(toewijzing("1", "46A01", d(2024, 1, 1), null),
                        toewijzing("2", "43A01", d(2024, 1, 20), null)),
                List.of(start("1", "46A01", d(2024, 1, 1), d(2024, 1, 2)), stop("1", "46A01", d(2024, 1, 1), d(2024, 1, 20), d(2024, 1, 21)),
                        start("2", "43A01", d(2024, 1, 20), d(2024, 1, 21))))).trajecten();
        assertThat(t).hasSize(1);
        assertThat(t.getFirst().gestartMetCrisis()).isTrue();
        assertThat(t.getFirst().segment()).isEqualTo(Segment.VERBLIJF);
    }

    @Test
    void stayThatFollowsCrisisStayTheNextDayIsOneTrajectory() {
        List<Traject> t = bouwer.bouw(feiten(List.of(toewijzing("1", "46A01", d(2024, 1, 1), null),
                        toewijzing("2", "43A01", d(2024, 1, 20), null)),
                List.of(start("1", "46A01", d(2024, 1, 1), d(2024, 1, 2)), stop("1", "46A01", d(2024, 1, 1), d(2024, 1, 19), d(2024, 1, 21)),
                        start("2", "43A01", d(2024, 1, 20), d(2024, 1, 21))))).trajecten();
        assertThat(t).hasSize(1);
        assertThat(t.getFirst().begindatum()).isEqualTo(d(2024, 1, 2));
        assertThat(t.getFirst().einddatum()).isNull();
    }

    @Test
    void aCrisisBeforeOtherCareCountsOnceOnItsOwnTrajectory() {
        List<Traject> t = bouwer.bouw(feiten(List.of(toewijzing("1", "46A02", d(2024, 1, 1), null),
                        toewijzing("2", "45A02", d(2024, 1, 20), null)),
                List.of(start("1", "46A02", d(2024, 1, 1), d(2024, 1, 2)), stop("1", "46A02", d(2024, 1, 1), d(2024, 1, 19), d(2024, 1, 21)),
                        start("2", "45A02", d(2024, 1, 20), d(2024, 1, 21))))).trajecten();
        assertThat(t).extracting(Traject::segment).containsExactly(Segment.CRISIS, Segment.AMBULANT);
        assertThat(t).extracting(Traject::gestartMetCrisis).as("CBS 3.4: did this care begin by stabilising a crisis")
                .containsExactly(true, false);
    }

    @Test
    void theReferrerComesFromTheRequestTheAssignmentAnswered() {
        ToewijzingFeit t = new ToewijzingFeit(bericht++, "GM0141", "98100001", "1", "REF7", "45", "45A01",
                d(2024, 1, 5), LocalTime.NOON, d(2024, 1, 5), null, null, GEBOREN);
        Feiten f = new Feiten(J, List.of(t), List.of(start("1", "45A01", d(2024, 1, 10), d(2024, 1, 11))),
                List.of(new VerzoekFeit("98100001", "REF7", "45", "45A01", "02", d(2024, 1, 2))));
        assertThat(enig(f).verwijzer()).isEqualTo("02");
    }

    @Test
    void theLatestAssignmentByDateAndTimeCountsWhateverTheArrivalOrder() {
        ToewijzingFeit vroeg = new ToewijzingFeit(10, "GM0141", "98100001", "1", null, "45", "45A01",
                d(2024, 1, 5), LocalTime.of(9, 0), d(2024, 1, 5), d(2024, 6, 30), null, GEBOREN);
        ToewijzingFeit laat = new ToewijzingFeit(5, "GM0141", "98100001", "1", null, "45", "45A01",
                d(2024, 1, 5), LocalTime.of(14, 0), d(2024, 1, 5), d(2024, 3, 31), "13", GEBOREN);
        Feiten f = new Feiten(J, List.of(vroeg, laat), List.of(start("1", "45A01", d(2024, 1, 10), d(2024, 1, 11))), List.of());
        assertThat(bouwer.bouw(f).trajecten()).as("latest version withdraws the assignment").isEmpty();
        Feiten omgekeerd = new Feiten(J, List.of(laat, vroeg), f.meldingen(), List.of());
        assertThat(bouwer.bouw(omgekeerd).trajecten()).isEmpty();
    }

    @Test
    void aRetroactiveAssignmentStillCarriesTheCareThatStartedBeforeIt() {
        Traject t = enig(feiten(List.of(toewijzing("1", "45A01", d(2024, 3, 1), null)),
                List.of(start("1", "45A01", d(2024, 1, 10), d(2024, 1, 12)))));
        assertThat(t.begindatum()).isEqualTo(d(2024, 1, 10));
        assertThat(t.geboortedatum()).isEqualTo(GEBOREN);
    }

    @Test
    void theOrderOfFactsNeverChangesTheResult() {
        Random random = new Random(42);
        List<ToewijzingFeit> toewijzingen = new ArrayList<>();
        List<MeldingFeit> meldingen = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String code = List.of("45A01", "45A02", "43A01", "46A01").get(random.nextInt(4));
            LocalDate begin = d(2022, 1, 1).plusDays(random.nextInt(700));
            toewijzingen.add(toewijzing(String.valueOf(i), code, begin.minusDays(random.nextInt(20)), null));
            meldingen.add(start(String.valueOf(i), code, begin, begin.plusDays(random.nextInt(10))));
            if (random.nextBoolean()) {
                LocalDate eind = begin.plusDays(random.nextInt(300));
                meldingen.add(stop(String.valueOf(i), code, begin, eind, eind.plusDays(random.nextInt(10))));
            }
        }
        List<Traject> verwacht = bouwer.bouw(new Feiten(J, toewijzingen, meldingen, List.of())).trajecten();
        assertThat(verwacht).isNotEmpty();
        for (int ronde = 0; ronde < 50; ronde++) {
            List<ToewijzingFeit> t = new ArrayList<>(toewijzingen);
            List<MeldingFeit> m = new ArrayList<>(meldingen);
            Collections.shuffle(t, random);
            Collections.shuffle(m, random);
            assertThat(bouwer.bouw(new Feiten(J, t, m, List.of())).trajecten()).isEqualTo(verwacht);
        }
    }

    private Traject enig(Feiten f) {
        List<Traject> t = bouwer.bouw(f).trajecten();
        assertThat(t).hasSize(1);
        return t.getFirst();
    }

    private static Feiten feiten(List<ToewijzingFeit> toewijzingen, List<MeldingFeit> meldingen) {
        return new Feiten(J, toewijzingen, meldingen, List.of());
    }

    private ToewijzingFeit toewijzing(String nummer, String code, LocalDate datum, LocalDate einde) {
        return new ToewijzingFeit(bericht++, "GM0141", "98100001", nummer, null, code.substring(0, 2), code, datum,
                LocalTime.NOON, datum, einde, null, GEBOREN);
    }

    private MeldingFeit start(String nummer, String code, LocalDate begin, LocalDate dagtekening) {
        return new MeldingFeit(bericht++, true, "GM0141", "98100001", nummer, code.substring(0, 2), code, begin, null,
                null, "1", dagtekening);
    }

    private MeldingFeit stop(String nummer, String code, LocalDate begin, LocalDate eind, LocalDate dagtekening) {
        return new MeldingFeit(bericht++, false, "GM0141", "98100001", nummer, code.substring(0, 2), code, begin, eind,
                "31", "1", dagtekening);
    }

    private static LocalDate d(int j, int m, int dag) {
        return LocalDate.of(j, m, dag);
    }
}
