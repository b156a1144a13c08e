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

    record Verwachting(String indicator, Doorsnede doorsnede, Periode periode, YearMonth begin, double waarde,
                       String waarom) {
    }

    @Test
    void everyIndicatorMatchesItsHandComputedValue() throws IOException {
        IntakeTelling telling = intake.ontvang(BerichtBronnen.van(MAP.resolve("berichten")), t -> { });
        assertThat(telling).isEqualTo(new IntakeTelling(34, 0, 0));
        plaats("999990111", "twee-weken", LocalDate.of(2024, 7, 25), "98100003-44A02", LocalDate.of(2024, 8, 11));
        plaats("999990123", "crisis", LocalDate.of(2024, 2, 6), "98100018-46A01", LocalDate.of(2024, 2, 6));

        List<Verwachting> verwachtingen = lees();
        Set<String> gedekt = new TreeSet<>();
        List<String> fouten = new ArrayList<>();
        for (Verwachting v : verwachtingen) {
            gedekt.add(v.indicator());
            Double werkelijk = indicatoren.reeks(v.indicator(), v.doorsnede(), v.periode(), v.begin(), v.begin()).stream()
                    .findFirst().map(Waarde::waarde).orElse(null);
            if (werkelijk == null || Math.abs(werkelijk - v.waarde()) > 1e-9) {
                fouten.add(v.indicator() + " " + v.doorsnede() + " " + v.periode().label(v.begin()) + ": verwacht "
                        + v.waarde() + " (" + v.waarom() + "), gekregen " + werkelijk);
            }
        }
        assertThat(fouten).isEmpty();
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

    private static List<Verwachting> lees() throws IOException {
        List<Verwachting> uit = new ArrayList<>();
        for (String regel : Files.readAllLines(MAP.resolve("verwacht.csv"), StandardCharsets.UTF_8)) {
            if (regel.isBlank() || regel.startsWith("#") || regel.startsWith("indicator;")) {
                continue;
            }
            String[] k = regel.split(";", -1);
            uit.add(new Verwachting(k[0], new Doorsnede(k[1], k[2], k[3]), Periode.vanCode(k[4]).orElseThrow(),
                    YearMonth.parse(k[5]), Double.parseDouble(k[6]), k[7]));
        }
        return uit;
    }
}
