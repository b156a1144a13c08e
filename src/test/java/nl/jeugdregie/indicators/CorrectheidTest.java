package nl.jeugdregie.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.jeugdregie.messages.BerichtBronnen;
import nl.jeugdregie.messages.Intake;
import nl.jeugdregie.messages.IntakeTelling;
import nl.jeugdregie.placement.Plaatsingen;
import nl.jeugdregie.support.JeugdregieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The hand-built message set of {@code src/test/resources/correctheid} through the real intake:
 * every indicator of the catalogue has at least one value computed by hand, and all must match.
 */
@JeugdregieTest(properties = "jeugdregie.test=correctheid")
class CorrectheidTest {

    private static final Path MAP = Path.of("src", "test", "resources", "correctheid");

    @Autowired
    Intake intake;
    @Autowired
    Indicatoren indicatoren;
    @Autowired
    Plaatsingen plaatsingen;

    @Test
    void everyIndicatorMatchesItsHandComputedValue() throws IOException {
        IntakeTelling telling = intake.ontvang(BerichtBronnen.van(MAP.resolve("berichten")), t -> { });
        assertThat(telling).isEqualTo(new IntakeTelling(34, 0, 0));
        plaats("999990111", "twee-weken", LocalDate.of(2024, 7, 25), "98100003-44A02", LocalDate.of(2024, 8, 11));
        plaats("999990123", "crisis", LocalDate.of(2024, 2, 6), "98100018-46A01", LocalDate.of(2024, 2, 6));

        Verwachtingen verwachtingen = Verwachtingen.lees(MAP.resolve("verwacht.csv"));
        List<String> fouten = verwachtingen.fouten(indicatoren);
        Set<String> gedekt = new TreeSet<>();
        verwachtingen.lijst().forEach(v -> gedekt.add(v.indicator()));
        assertThat(fouten).isEmpty();

        // Data reach: Almelo's latest message is dated 2024-07-01, Hengelo's 2024-09-02; a month is
        // complete 30 days after its end. Almelo through May, Hengelo through July, the region through May.
        assertThat(indicatoren.laatsteVolledigeMaand(Doorsnede.gemeente("GM0141", "alle"))).contains(YearMonth.of(2024, 5));
        assertThat(indicatoren.laatsteVolledigeMaand(Doorsnede.gemeente("GM0153", "alle"))).contains(YearMonth.of(2024, 7));
        assertThat(indicatoren.laatsteVolledigeMaand(Doorsnede.regio("alle"))).contains(YearMonth.of(2024, 5));
        assertThat(indicatoren.reeks("jeugdigen-in-zorg", Doorsnede.regio("alle"), Periode.MAAND, YearMonth.of(2024, 5),
                YearMonth.of(2024, 6))).extracting(Waarde::voorlopig).containsExactly(false, true);
        assertThat(indicatoren.reeks("jeugdigen-in-zorg", Doorsnede.gemeente("GM0153", "alle"), Periode.KWARTAAL,
                YearMonth.of(2024, 4), YearMonth.of(2024, 7))).extracting(Waarde::voorlopig).as("Q2 complete, Q3 not")
                .containsExactly(false, true);
        assertThat(gedekt).as("elke indicator heeft een handberekende waarde")
                .containsAll(indicatoren.catalogus().stream().map(Indicator::code).toList());
    }

    /** A request of Almelo's access team, from its day to the placement, through the coordination point. */
    private void plaats(String bsn, String urgentie, LocalDate aangevraagd, String locatie, LocalDate geplaatst) {
        java.time.LocalDateTime op = aangevraagd.atTime(10, 0);
        long id = plaatsingen.dienIn(new Plaatsingen.NieuwVerzoek(bsn, "T.T.", LocalDate.of(2012, 1, 1), "v", "GM0141", "7607", null,
                List.of("gezinshuis", "crisisplek"), "jeugd-opvoeding", urgentie, null, 1, null, "geprobeerd", "gemaakt", "gewogen"),
                "toegang", "GM0141", op);
        long r = plaatsingen.reserveer(id, locatie, "regisseur", op.plusHours(1));
        plaatsingen.accepteer(r, "planner", op.plusHours(2));
        plaatsingen.plaats(id, geplaatst, "regisseur", op.plusHours(3));
    }
}
