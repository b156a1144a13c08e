package nl.jeugdregie.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import nl.jeugdregie.care.Levering;
import nl.jeugdregie.care.Traject;
import nl.jeugdregie.care.Uitgave;
import nl.jeugdregie.indicators.Doorsnede;
import nl.jeugdregie.indicators.Periode;
import nl.jeugdregie.region.Hulpvorm;
import nl.jeugdregie.region.Segment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One year, four youths and a handful of deliveries, every value worked out by hand: transfers
 * within stay, ambulant care before stay, measures, the whole referrer mix, periods longer than a
 * month, provider and care-form slices, and the data-quality indicators.
 */
class StromenEnKwaliteitTest {

    private static final String P1 = "11111111";
    private static final String P2 = "22222222";
    private static final String P3 = "33333333";
    private static final String P4 = "44444444";

    private IndicatorCijfers cijfers;

    @BeforeEach
    void bereken() {
        IndicatorBerekening b = new IndicatorBerekening(YearMonth.of(2024, 1), YearMonth.of(2024, 12),
                Map.of("GM0141", 1000, "GM0153", 2000));
        b.voegToe(traject("E", "GM0141", P1, Hulpvorm.AMBULANT_OP_LOCATIE, Segment.AMBULANT, d(2024, 1, 5), d(2024, 2, 20), "01"));
        b.voegToe(traject("E", "GM0141", P2, Hulpvorm.PLEEGZORG, Segment.VERBLIJF, d(2024, 4, 1), d(2024, 6, 30), "01"));
        b.voegToe(traject("E", "GM0141", P3, Hulpvorm.RESIDENTIEEL_OVERIG, Segment.VERBLIJF, d(2024, 7, 15), null, "01"));
        b.voegToe(traject("F", "GM0153", P4, Hulpvorm.JEUGDBESCHERMING, Segment.JEUGDBESCHERMING, d(2024, 3, 1), null, "08"));
        b.voegToe(traject("G", "GM0153", P1, Hulpvorm.WIJKTEAM, Segment.AMBULANT, d(2024, 2, 10), d(2024, 5, 10), "05"));
        b.voegToe(traject("H", "GM0141", P1, Hulpvorm.IN_NETWERK, Segment.AMBULANT, d(2024, 4, 20), null, "06"));
        b.voegToe(levering(Levering.Soort.TOEWIJZING, d(2024, 3, 1), d(2024, 3, 5), 2), false);
        b.voegToe(levering(Levering.Soort.TOEWIJZING, d(2024, 3, 10), d(2024, 3, 5), 2), false);
        b.voegToe(levering(Levering.Soort.TOEWIJZING, d(2024, 3, 10), d(2024, 3, 5), 1), true);
        b.voegToe(levering(Levering.Soort.START, d(2024, 3, 28), d(2024, 4, 5), 1), false);
        b.voegToe(levering(Levering.Soort.STOP, d(2024, 3, 27), d(2024, 4, 5), 1), false);
        b.voegToe(new Uitgave("GM0141", P1, "45", "45A01", d(2024, 1, 1), d(2024, 1, 31), d(2024, 5, 1), "04", 9500, 3, 28_500),
                Segment.AMBULANT, Hulpvorm.IN_NETWERK);
        b.voegToe(new Uitgave("GM0141", P1, "45", "45A01", d(2024, 2, 1), d(2024, 2, 29), d(2024, 5, 1), "04", 9500, 1, 9_500),
                Segment.AMBULANT, Hulpvorm.IN_NETWERK);
        cijfers = b.klaar();
    }

    @Test
    void stayTransfersAndAmbulantCareBeforeStay() {
        assertThat(regio("ambulant-voor-verblijf", Periode.MAAND, 4)).as("ambulant care ended 41 days before").isEqualTo(100.0);
        assertThat(regio("ambulant-voor-verblijf", Periode.MAAND, 7)).as("ambulant care ended 146 days before").isEqualTo(0.0);
        assertThat(regio("ambulant-voor-verblijf", Periode.MAAND, 5)).as("no stay starts").isNull();
        assertThat(regio("doorplaatsingen", Periode.MAAND, 6)).as("other stay 15 days later").isEqualTo(100.0);
        assertThat(regio("herinstroom", Periode.MAAND, 4)).as("E returns, H is new").isEqualTo(50.0);
        assertThat(regio("herinstroom-5-jaar", Periode.MAAND, 7)).isEqualTo(100.0);
    }

    @Test
    void measuresCountApartFromYouthCare() {
        assertThat(regio("maatregelen", Periode.MAAND, 2)).isEqualTo(0.0);
        assertThat(regio("maatregelen", Periode.MAAND, 3)).isEqualTo(1.0);
        assertThat(waarde("maatregelen-per-1000", Doorsnede.gemeente("GM0153", "alle"), Periode.JAAR, 1)).isEqualTo(0.5);
        assertThat(waarde("maatregelen", Doorsnede.gemeente("GM0141", "alle"), Periode.JAAR, 1)).isEqualTo(0.0);
        assertThat(regio("crisisstart", Periode.MAAND, 3)).as("a measure is no youth-care start").isNull();
    }

    @Test
    void theReferrerMixAddsUpPerQuarter() {
        assertThat(regio("verwijzing-gemeente", Periode.KWARTAAL, 1)).isEqualTo(50.0);
        assertThat(regio("verwijzing-medisch-specialist", Periode.KWARTAAL, 1)).isEqualTo(50.0);
        assertThat(regio("verwijzing-overig", Periode.KWARTAAL, 2)).isEqualTo(50.0);
        assertThat(regio("verwijzing-huisarts", Periode.KWARTAAL, 2)).isEqualTo(0.0);
    }

    @Test
    void longerPeriodsCountDistinctYouthsNotSumsOfMonths() {
        assertThat(regio("jeugdigen-in-zorg", Periode.MAAND, 4)).isEqualTo(4.0);
        assertThat(regio("jeugdigen-in-zorg", Periode.MAAND, 6)).isEqualTo(3.0);
        assertThat(regio("jeugdigen-in-zorg", Periode.KWARTAAL, 2)).isEqualTo(4.0);
        assertThat(regio("jeugdigen-in-zorg", Periode.KWARTAAL, 4)).isEqualTo(3.0);
        assertThat(regio("jeugdigen-in-zorg", Periode.JAAR, 1)).isEqualTo(4.0);
        assertThat(regio("instroom", Periode.KWARTAAL, 2)).isEqualTo(2.0);
        assertThat(regio("instroom", Periode.HALFJAAR, 1)).isEqualTo(5.0);
        assertThat(regio("instroom", Periode.JAAR, 1)).isEqualTo(6.0);
        assertThat(regio("duur-mediaan", Periode.KWARTAAL, 2)).as("91 and 91 days").isEqualTo(91.0);
        assertThat(regio("duur-gemiddeld", Periode.KWARTAAL, 1)).isEqualTo(47.0);
    }

    @Test
    void providerAndCareFormSlices() {
        assertThat(waarde("jeugdigen-in-zorg", Doorsnede.aanbieder(P1, "alle"), Periode.JAAR, 1)).isEqualTo(3.0);
        assertThat(waarde("jeugdigen-in-zorg", Doorsnede.aanbieder(P2, "alle"), Periode.MAAND, 7)).isEqualTo(0.0);
        assertThat(waarde("jeugdigen-per-1000", Doorsnede.aanbieder(P1, "alle"), Periode.JAAR, 1))
                .as("a provider has no population").isNull();
        assertThat(waarde("jeugdigen-in-zorg", Doorsnede.regio(Doorsnede.hulpvorm(Hulpvorm.PLEEGZORG)), Periode.MAAND, 5))
                .isEqualTo(1.0);
        assertThat(waarde("jeugdigen-in-zorg", Doorsnede.gemeente("GM0153", Doorsnede.hulpvorm(Hulpvorm.WIJKTEAM)),
                Periode.MAAND, 6)).isEqualTo(0.0);
    }

    @Test
    void dataQuality() {
        assertThat(regio("terugwerkende-toewijzingen", Periode.MAAND, 3)).isEqualTo(40.0);
        assertThat(regio("productcodes-buiten-lijst", Periode.MAAND, 3)).isEqualTo(1.0);
        assertThat(regio("late-meldingen", Periode.MAAND, 4)).as("Easter Monday is no working day").isEqualTo(50.0);
        assertThat(regio("late-declaraties", Periode.MAAND, 5)).isEqualTo(75.0);
        assertThat(waarde("late-declaraties", Doorsnede.aanbieder(P1, "alle"), Periode.MAAND, 5)).isEqualTo(75.0);
        assertThat(regio("gemiste-leveringen", Periode.MAAND, 1)).isEqualTo(2.0);
        assertThat(regio("gemiste-leveringen", Periode.MAAND, 3)).isEqualTo(1.0);
        assertThat(regio("gemiste-leveringen", Periode.JAAR, 1)).isEqualTo(23.0);
        assertThat(waarde("gemiste-leveringen", Doorsnede.gemeente("GM0141", "alle"), Periode.JAAR, 1)).isEqualTo(11.0);
    }

    @Test
    void everyIndicatorOfTheCatalogueHasAFormula() {
        assertThat(Formules.codes()).containsExactlyInAnyOrderElementsOf(
                new IndicatorService(null, null, null, null, null, null, null, null, null).catalogus().stream().map(i -> i.code()).toList());
    }

    /** @param volgnummer the month, quarter, half-year or year number within 2024 */
    private Double regio(String indicator, Periode periode, int volgnummer) {
        return waarde(indicator, Doorsnede.regio("alle"), periode, volgnummer);
    }

    private Double waarde(String indicator, Doorsnede d, Periode periode, int volgnummer) {
        YearMonth begin = YearMonth.of(2024, 1).plusMonths((long) (volgnummer - 1) * periode.maanden());
        return cijfers.waarde(indicator, d, periode, begin)
                .orElseThrow(() -> new AssertionError("geen waarde voor " + indicator + " " + d + " " + periode))
                .waarde();
    }

    private static Traject traject(String jeugdige, String gemeente, String aanbieder, Hulpvorm hulpvorm, Segment segment,
                                   LocalDate begin, LocalDate einde, String verwijzer) {
        return new Traject(jeugdige, gemeente, aanbieder, hulpvorm, segment, begin, einde, false, verwijzer,
                einde == null ? null : "31", LocalDate.of(2012, 1, 1), "");
    }

    private static Levering levering(Levering.Soort soort, LocalDate peildatum, LocalDate gemeld, long aantal) {
        return new Levering(soort, "GM0141", P1, peildatum, gemeld, "45", "45A01", aantal);
    }

    private static LocalDate d(int j, int m, int dag) {
        return LocalDate.of(j, m, dag);
    }
}
