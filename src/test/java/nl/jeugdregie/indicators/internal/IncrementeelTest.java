package nl.jeugdregie.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import nl.jeugdregie.care.Levering;
import nl.jeugdregie.care.Toegewezen;
import nl.jeugdregie.care.Traject;
import nl.jeugdregie.indicators.Doorsnede;
import nl.jeugdregie.indicators.Periode;
import nl.jeugdregie.indicators.Waarde;
import nl.jeugdregie.region.Hulpvorm;
import nl.jeugdregie.region.ProductIndeling;
import nl.jeugdregie.region.Segment;
import nl.jeugdregie.waiting.Wacht;
import nl.jeugdregie.waiting.Wachtnorm;
import org.junit.jupiter.api.Test;

/**
 * Property-style, with seeded randoms: taking youths' old histories out of the totals and putting
 * their new ones in gives exactly what a computation from scratch over the new state gives.
 */
class IncrementeelTest {

    private static final YearMonth VAN = YearMonth.of(2022, 1);
    private static final YearMonth TOT = YearMonth.of(2024, 12);
    private static final Map<String, Integer> JEUGDIGEN = Map.of("GM0141", 1000, "GM0153", 2000, "GM0164", 500);
    private static final String[] AANBIEDERS = {"11111111", "22222222", "33333333"};
    private static final Hulpvorm[] HULPVORMEN = {Hulpvorm.WIJKTEAM, Hulpvorm.AMBULANT_OP_LOCATIE, Hulpvorm.PLEEGZORG,
            Hulpvorm.GEZINSGERICHT, Hulpvorm.RESIDENTIEEL_OVERIG, Hulpvorm.JEUGDBESCHERMING};

    @Test
    void changingYouthsOneByOneEqualsComputingAgain() {
        for (long zaad = 1; zaad <= 5; zaad++) {
            Random r = new Random(zaad);
            Map<String, Geschiedenis> toestand = new TreeMap<>();
            for (int j = 0; j < 120; j++) {
                toestand.put("J" + j, geschiedenis("J" + j, r));
            }
            IndicatorBerekening volledig = new IndicatorBerekening(VAN, TOT, JEUGDIGEN, WAARDERING);
            toestand.values().forEach(g -> volledig.pasToe(g, 1));
            List<Levering> leveringen = new ArrayList<>();
            IndicatorCijfers bijgewerkt = volledig.klaar();

            IndicatorBerekening wijziging = new IndicatorBerekening(bijgewerkt);
            for (int k = 0; k < 60; k++) {
                String jeugdige = "J" + r.nextInt(140);
                Geschiedenis oud = toestand.get(jeugdige);
                Geschiedenis nieuw = r.nextInt(5) == 0 ? null : geschiedenis(jeugdige, r);
                if (oud != null) {
                    wijziging.pasToe(oud, -1);
                }
                if (nieuw != null) {
                    wijziging.pasToe(nieuw, 1);
                    toestand.put(jeugdige, nieuw);
                } else {
                    toestand.remove(jeugdige);
                }
                Levering l = levering(r);
                leveringen.add(l);
                wijziging.voegToe(l, false);
            }

            IndicatorBerekening opnieuw = new IndicatorBerekening(VAN, TOT, JEUGDIGEN, WAARDERING);
            toestand.values().forEach(g -> opnieuw.pasToe(g, 1));
            leveringen.forEach(l -> opnieuw.voegToe(l, false));
            assertGelijk(bijgewerkt, opnieuw.klaar(), "zaad " + zaad);
        }
    }

    @Test
    void halvesComputedApartAddUpToTheWholeAndStillTakeChanges() {
        for (long zaad = 11; zaad <= 14; zaad++) {
            Random r = new Random(zaad);
            Map<String, Geschiedenis> toestand = new TreeMap<>();
            for (int j = 0; j < 150; j++) {
                toestand.put("J" + j, geschiedenis("J" + j, r));
            }
            IndicatorBerekening naast = new IndicatorBerekening(VAN, TOT, JEUGDIGEN, WAARDERING);
            assertThat(naast.pasToeNaast(toestand)).isEmpty();
            IndicatorCijfers inDelen = naast.klaar();
            IndicatorBerekening achterElkaar = new IndicatorBerekening(VAN, TOT, JEUGDIGEN, WAARDERING);
            toestand.values().forEach(g -> achterElkaar.pasToe(g, 1));
            IndicatorCijfers inEenKeer = achterElkaar.klaar();
            assertThat(inDelen.doorsneden()).isEqualTo(inEenKeer.doorsneden());
            assertGelijk(inDelen, inEenKeer, "zaad " + zaad + " in delen");

            IndicatorBerekening wijziging = new IndicatorBerekening(inDelen);
            for (int k = 0; k < 40; k++) {
                String jeugdige = "J" + r.nextInt(150);
                Geschiedenis nieuw = geschiedenis(jeugdige, r);
                wijziging.pasToe(toestand.get(jeugdige), -1);
                wijziging.pasToe(nieuw, 1);
                toestand.put(jeugdige, nieuw);
            }
            IndicatorBerekening opnieuw = new IndicatorBerekening(VAN, TOT, JEUGDIGEN, WAARDERING);
            toestand.values().forEach(g -> opnieuw.pasToe(g, 1));
            assertGelijk(inDelen, opnieuw.klaar(), "zaad " + zaad + " na wijzigingen");
        }
    }

    @Test
    void addingACellAddsEveryTotalItHolds() throws IllegalAccessException {
        Cel deel = new Cel();
        long waarde = 1;
        for (java.lang.reflect.Field f : Cel.class.getDeclaredFields()) {
            if (f.getType() == long.class && !java.lang.reflect.Modifier.isStatic(f.getModifiers())) {
                f.setLong(deel, waarde++);
            }
        }
        deel.verwijzers[2] = 5;
        deel.duren.pas(30, 1);
        Cel som = new Cel();
        som.duren.pas(10, 1);
        som.voegBij(deel);
        som.voegBij(deel);
        for (java.lang.reflect.Field f : Cel.class.getDeclaredFields()) {
            if (f.getType() == long.class && !java.lang.reflect.Modifier.isStatic(f.getModifiers())) {
                assertThat(f.getLong(som)).as(f.getName()).isEqualTo(2 * f.getLong(deel));
            }
        }
        assertThat(som.verwijzers[2]).isEqualTo(10);
        assertThat(som.duurMediaan()).isEqualTo(30.0);
    }

    private static void assertGelijk(IndicatorCijfers feitelijk, IndicatorCijfers verwacht, String waar) {
        for (Doorsnede d : verwacht.doorsneden()) {
            for (String indicator : Formules.codes()) {
                for (Periode p : Periode.values()) {
                    assertThat(feitelijk.reeks(indicator, d, p, VAN, TOT)).as("%s, %s, %s, %s", waar, indicator, d, p)
                            .isEqualTo(verwacht.reeks(indicator, d, p, VAN, TOT));
                }
            }
        }
    }

    /** Every provider's 45A01 at 95.00 an hour, counted as ambulant care on location. */
    private static final Waardering WAARDERING = new Waardering(Map.of("11111111|45A01|04", 9500L,
            "22222222|45A01|04", 9500L, "33333333|45A01|04", 12000L),
            (c, p) -> new ProductIndeling(c, p, Hulpvorm.AMBULANT_OP_LOCATIE, Segment.AMBULANT, true),
            Map.of("ambulant", new Wachtnorm(1, "ambulant", 5, 30, "test", "test", java.time.LocalDateTime.now())));

    /** Trajectories, and for some an assignment with a size in one of the four frequencies. */
    private static Geschiedenis geschiedenis(String jeugdige, Random r) {
        List<Traject> ts = trajecten(jeugdige, r);
        List<Toegewezen> tw = new ArrayList<>();
        for (Traject t : ts) {
            if (r.nextBoolean()) {
                String frequentie = List.of("1", "2", "4", "6").get(r.nextInt(4));
                LocalDate einde = frequentie.equals("6") || r.nextBoolean() ? t.begindatum().plusDays(30 + r.nextInt(300)) : null;
                tw.add(new Toegewezen(jeugdige, t.gemeente(), t.aanbieder(), "45", "45A01", t.begindatum(), einde,
                        1L + r.nextInt(40), "04", frequentie));
            }
        }
        List<Wacht> wachten = new ArrayList<>();
        for (Traject t : ts) {
            if (r.nextBoolean()) {
                LocalDate verzoek = r.nextBoolean() ? t.begindatum().minusDays(r.nextInt(90)) : null;
                LocalDate toegewezen = r.nextInt(5) == 0 ? null : t.begindatum().minusDays(r.nextInt(40));
                boolean gestart = toegewezen != null && r.nextBoolean();
                wachten.add(new Wacht(jeugdige, t.gemeente(), t.aanbieder(), "45", "45A01", Segment.AMBULANT,
                        verzoek == null ? Wacht.Route.B : Wacht.Route.A, verzoek, toegewezen == null && verzoek == null
                        ? t.begindatum() : toegewezen, r.nextInt(4) == 0 ? t.begindatum().plusDays(r.nextInt(200)) : null,
                        gestart ? t.begindatum() : null, !gestart && r.nextInt(4) == 0 ? Wacht.Afsluiting.AFGEWEZEN : null,
                        !gestart ? t.begindatum().plusDays(r.nextInt(60)) : null));
            }
        }
        List<nl.jeugdregie.placement.Plaatsingen.Doorlooptijd> plaatsingen = new ArrayList<>();
        if (!ts.isEmpty() && r.nextInt(5) == 0) {
            Traject t = ts.getFirst();
            plaatsingen.add(new nl.jeugdregie.placement.Plaatsingen.Doorlooptijd(jeugdige, t.gemeente(), t.aanbieder(), "44A02",
                    t.begindatum().minusDays(r.nextInt(30)), t.begindatum()));
        }
        return new Geschiedenis(ts, tw, wachten, plaatsingen);
    }

    private static List<Traject> trajecten(String jeugdige, Random r) {
        String gemeente = List.copyOf(new TreeMap<>(JEUGDIGEN).keySet()).get(r.nextInt(JEUGDIGEN.size()));
        List<Traject> ts = new ArrayList<>();
        LocalDate begin = LocalDate.of(2021, 10, 1).plusDays(r.nextInt(900));
        for (int i = 0, n = 1 + r.nextInt(3); i < n; i++) {
            Hulpvorm h = HULPVORMEN[r.nextInt(HULPVORMEN.length)];
            Segment s = switch (h) {
                case PLEEGZORG, GEZINSGERICHT, RESIDENTIEEL_OVERIG -> Segment.VERBLIJF;
                case JEUGDBESCHERMING -> Segment.JEUGDBESCHERMING;
                default -> Segment.AMBULANT;
            };
            LocalDate einde = r.nextInt(4) == 0 ? null : begin.plusDays(r.nextInt(400));
            if (einde != null && einde.isAfter(LocalDate.of(2024, 12, 31))) {
                einde = null;
            }
            ts.add(new Traject(jeugdige, gemeente, AANBIEDERS[r.nextInt(AANBIEDERS.length)], h, s, begin, einde,
                    r.nextInt(10) == 0, String.format("%02d", 1 + r.nextInt(6)), einde == null ? null : "31",
                    LocalDate.of(2012, 1, 1), "45A01"));
            begin = begin.plusDays(20 + r.nextInt(200));
            if (begin.isAfter(LocalDate.of(2024, 12, 1))) {
                break;
            }
        }
        ts.sort(Comparator.comparing(Traject::begindatum));
        return ts;
    }

    private static Levering levering(Random r) {
        Levering.Soort soort = Levering.Soort.values()[r.nextInt(Levering.Soort.values().length)];
        LocalDate peil = LocalDate.of(2022, 1, 1).plusDays(r.nextInt(1000));
        return new Levering(soort, List.of("GM0141", "GM0153", "GM0164").get(r.nextInt(3)), AANBIEDERS[r.nextInt(3)], peil,
                peil.plusDays(r.nextInt(60) - 10), "45", "45A01", 1 + r.nextInt(3));
    }

    @Test
    void aYouthTakenOutLeavesNoTrace() {
        IndicatorBerekening b = new IndicatorBerekening(VAN, TOT, JEUGDIGEN);
        IndicatorCijfers cijfers = b.klaar();
        List<Waarde> leeg = cijfers.reeks("jeugdigen-in-zorg", Doorsnede.regio(Waarde.ALLE), Periode.MAAND, VAN, TOT);
        List<Traject> ts = trajecten("X", new Random(7));
        IndicatorBerekening w = new IndicatorBerekening(cijfers);
        w.pasToe(ts, 1);
        assertThat(cijfers.reeks("jeugdigen-in-zorg", Doorsnede.regio(Waarde.ALLE), Periode.MAAND, VAN, TOT)).isNotEqualTo(leeg);
        w.pasToe(ts, -1);
        assertThat(cijfers.reeks("jeugdigen-in-zorg", Doorsnede.regio(Waarde.ALLE), Periode.MAAND, VAN, TOT)).isEqualTo(leeg);
    }
}
