package nl.jeugdregie.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import nl.jeugdregie.care.Traject;
import nl.jeugdregie.care.Uitgave;
import nl.jeugdregie.indicators.Doorsnede;
import nl.jeugdregie.indicators.Periode;
import nl.jeugdregie.region.Hulpvorm;
import nl.jeugdregie.region.Segment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Four trajectories, every indicator computed by hand. */
class IndicatorBerekeningTest {

    private IndicatorCijfers cijfers;

    @BeforeEach
    void bereken() {
        IndicatorBerekening b = new IndicatorBerekening(YearMonth.of(2024, 1), YearMonth.of(2024, 3),
                Map.of("GM0141", 1000, "GM0153", 2000));
        b.voegToe(traject("A", "GM0141", Segment.AMBULANT, Hulpvorm.AMBULANT_OP_LOCATIE, d(2024, 1, 10), d(2024, 3, 5), false));
        b.voegToe(traject("B", "GM0141", Segment.VERBLIJF, Hulpvorm.PLEEGZORG, d(2024, 2, 1), null, true));
        b.voegToe(traject("B", "GM0153", Segment.AMBULANT, Hulpvorm.IN_NETWERK, d(2024, 2, 15), d(2024, 2, 20), false));
        b.voegToe(traject("C", "GM0153", Segment.VERBLIJF, Hulpvorm.RESIDENTIEEL_OVERIG, d(2023, 12, 1), d(2024, 1, 31), false));
        b.voegToe(traject("D", "GM0141", Segment.AMBULANT, Hulpvorm.IN_NETWERK, d(2023, 10, 1), d(2023, 11, 30), false));
        b.voegToe(new Traject("D", "GM0141", "98100001", Hulpvorm.IN_NETWERK, Segment.AMBULANT, d(2024, 3, 10), null, false,
                "02", null, LocalDate.of(2012, 1, 1), ""));
        b.voegToe(uitgave("GM0141", 12_345), Segment.AMBULANT, Hulpvorm.AMBULANT_OP_LOCATIE);
        b.voegToe(uitgave("GM0153", 100_000), Segment.VERBLIJF, Hulpvorm.RESIDENTIEEL_OVERIG);
        cijfers = b.klaar();
    }

    @Test
    void youthsInCareCountEachYouthOncePerScope() {
        assertThat(waarde("jeugdigen-in-zorg", "regio", "alle", 1)).isEqualTo(2.0);
        assertThat(waarde("jeugdigen-in-zorg", "regio", "alle", 2)).isEqualTo(2.0);
        assertThat(waarde("jeugdigen-in-zorg", "regio", "alle", 3)).isEqualTo(3.0);
        assertThat(waarde("jeugdigen-in-zorg", "regio", "verblijf", 1)).isEqualTo(1.0);
        assertThat(waarde("jeugdigen-in-zorg", "regio", "ambulant", 2)).isEqualTo(2.0);
        assertThat(waarde("jeugdigen-in-zorg", "GM0141", "alle", 2)).isEqualTo(2.0);
        assertThat(waarde("jeugdigen-in-zorg", "GM0153", "alle", 2)).isEqualTo(1.0);
        assertThat(waarde("jeugdigen-per-1000", "GM0141", "alle", 2)).isEqualTo(2.0);
        assertThat(waarde("jeugdigen-per-1000", "regio", "alle", 2)).isEqualTo(0.7);
    }

    /**
     * Per 1,000 (0–17): the same age band in numerator and denominator. E turns 18 on 15 February:
     * 0–17 at the start of January and February, not of March; F is 19; G has a measure.
     */
    @Test
    void perThousandCountsOnlyYouthHelpAtAges0To17() {
        IndicatorBerekening b = new IndicatorBerekening(YearMonth.of(2024, 1), YearMonth.of(2024, 3), Map.of("GM0141", 1000));
        b.voegToe(new Traject("E", "GM0141", "98100001", Hulpvorm.AMBULANT_OP_LOCATIE, Segment.AMBULANT, d(2024, 1, 5), null,
                false, "01", null, d(2006, 2, 15), ""));
        b.voegToe(new Traject("F", "GM0141", "98100001", Hulpvorm.AMBULANT_OP_LOCATIE, Segment.AMBULANT, d(2024, 1, 5), null,
                false, "01", null, d(2004, 6, 1), ""));
        b.voegToe(new Traject("G", "GM0141", "98100001", Hulpvorm.JEUGDBESCHERMING, Segment.JEUGDBESCHERMING, d(2024, 1, 5), null,
                false, "04", null, d(2010, 6, 1), ""));
        cijfers = b.klaar();
        assertThat(waarde("jeugdhulp", "GM0141", "alle", 2)).as("E and F, all ages").isEqualTo(2.0);
        assertThat(waarde("jeugdigen-in-zorg", "GM0141", "alle", 2)).as("jeugdzorg: E, F and G").isEqualTo(3.0);
        assertThat(waarde("jeugdbescherming", "GM0141", "alle", 2)).isEqualTo(1.0);
        assertThat(waarde("jeugdreclassering", "GM0141", "alle", 2)).isEqualTo(0.0);
        assertThat(waarde("jeugdigen-per-1000", "GM0141", "alle", 2)).as("E only: 1 / 1000").isEqualTo(1.0);
        assertThat(waarde("jeugdigen-per-1000", "GM0141", "alle", 3)).as("E was 18 on 1 March").isEqualTo(0.0);
        assertThat(waarde("maatregelen-per-1000", "GM0141", "alle", 3)).isEqualTo(1.0);
        assertThat(cijfers.waarde("jeugdigen-per-1000", Doorsnede.gemeente("GM0141", "alle"), Periode.KWARTAAL, YearMonth.of(2024, 1))
                .orElseThrow().waarde()).as("the quarter: E was 0-17 at the start of two of its months").isEqualTo(1.0);
    }

    @Test
    void inflowOutflowAndCrisisStarts() {
        assertThat(waarde("instroom", "regio", "alle", 1)).isEqualTo(1.0);
        assertThat(waarde("instroom", "regio", "alle", 2)).isEqualTo(2.0);
        assertThat(waarde("uitstroom", "regio", "alle", 1)).isEqualTo(1.0);
        assertThat(waarde("uitstroom", "regio", "alle", 2)).isEqualTo(1.0);
        assertThat(waarde("uitstroom", "regio", "alle", 3)).isEqualTo(1.0);
        assertThat(waarde("crisisstart", "regio", "alle", 1)).isEqualTo(0.0);
        assertThat(waarde("crisisstart", "regio", "alle", 2)).isEqualTo(50.0);
        assertThat(waarde("crisisstart", "regio", "verblijf", 2)).isEqualTo(100.0);
        assertThat(waarde("crisisstart", "regio", "alle", 3)).isEqualTo(0.0);
        assertThat(waarde("crisisstart", "GM0153", "alle", 3)).as("no starts: no value").isNull();
    }

    @Test
    void referrersReEntryAndSpend() {
        assertThat(waarde("verwijzing-toegang-gi", "regio", "alle", 2)).isEqualTo(100.0);
        assertThat(waarde("verwijzing-huisarts", "regio", "alle", 2)).isEqualTo(0.0);
        assertThat(waarde("verwijzing-huisarts", "regio", "alle", 3)).isEqualTo(100.0);
        assertThat(waarde("herinstroom", "regio", "alle", 3)).as("D ended care 3.5 months before").isEqualTo(100.0);
        assertThat(waarde("herinstroom", "regio", "alle", 2)).as("B's two trajectories overlap: no re-entry").isEqualTo(0.0);
        assertThat(waarde("uitgaven", "regio", "alle", 1)).isEqualTo(1123.0);
        assertThat(waarde("uitgaven", "GM0153", "verblijf", 1)).isEqualTo(1000.0);
        assertThat(waarde("uitgaven-per-jeugdige", "regio", "alle", 1)).isEqualTo(561.7);
    }

    @Test
    void familyLikeShareAndDurations() {
        assertThat(waarde("gezinsgericht", "regio", "verblijf", 1)).isEqualTo(0.0);
        assertThat(waarde("gezinsgericht", "regio", "verblijf", 2)).isEqualTo(100.0);
        assertThat(waarde("duur-gemiddeld", "regio", "alle", 1)).isEqualTo(62.0);
        assertThat(waarde("duur-gemiddeld", "regio", "alle", 2)).isEqualTo(6.0);
        assertThat(waarde("duur-gemiddeld", "regio", "alle", 3)).isEqualTo(56.0);
        assertThat(waarde("duur-mediaan", "GM0153", "alle", 1)).isEqualTo(62.0);
    }

    private Double waarde(String indicator, String gemeente, String segment, int maand) {
        return cijfers.waarde(indicator, Doorsnede.gemeente(gemeente, segment), Periode.MAAND, YearMonth.of(2024, maand))
                .orElseThrow(() -> new AssertionError("geen waarde voor " + indicator + " " + gemeente + " " + segment + " "
                        + maand))
                .waarde();
    }

    private static Traject traject(String jeugdige, String gemeente, Segment segment, Hulpvorm hulpvorm, LocalDate begin,
                                   LocalDate einde, boolean crisis) {
        return new Traject(jeugdige, gemeente, "98100001", hulpvorm, segment, begin, einde, crisis, "01",
                einde == null ? null : "31", LocalDate.of(2012, 1, 1), "");
    }

    private static Uitgave uitgave(String gemeente, long centen) {
        return new Uitgave(gemeente, "98100001", "45", "45A01", d(2024, 1, 1), d(2024, 1, 31), d(2024, 2, 5), "04", centen,
                1, centen);
    }

    private static LocalDate d(int j, int m, int dag) {
        return LocalDate.of(j, m, dag);
    }

    /** A trajectory's products are a comma-separated list: a code matches one whole item, never part of one. */
    @Test
    void aProductCodeMatchesWholeItemsOnly() {
        assertThat(IndicatorBerekening.bevat("45A01", "45A01")).isTrue();
        assertThat(IndicatorBerekening.bevat("45A01,45A02", "45A02")).isTrue();
        assertThat(IndicatorBerekening.bevat("45A01,45A02,46A01", "45A02")).isTrue();
        assertThat(IndicatorBerekening.bevat("45A012,45A02", "45A01")).as("a longer code is another code").isFalse();
        assertThat(IndicatorBerekening.bevat("145A01", "45A01")).isFalse();
        assertThat(IndicatorBerekening.bevat("145A01,45A01", "45A01")).as("found after a false start").isTrue();
        assertThat(IndicatorBerekening.bevat(null, "45A01")).isFalse();
        assertThat(IndicatorBerekening.bevat("45A01", "")).isFalse();
    }
}
