package nl.jeugdregie.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import nl.jeugdregie.region.Regio;
import nl.jeugdregie.region.RegioBestand;
import nl.jeugdregie.support.Gedeeld;
import org.junit.jupiter.api.Test;

/** The demo traffic is real iJw 3.2: it validates against the standard's schemas. */
class DemoVerkeerTest {

    private static final Regio TWENTE = RegioBestand.twente();
    private static final java.time.LocalDate EINDE = java.time.LocalDate.of(2026, 6, 14);

    @Test
    void everyGeneratedMessageTypeValidatesAgainstItsSchema() throws Exception {
        List<DemoVerkeer.Bestand> verkeer = DemoVerkeer.maak(TWENTE, 7, 0.03, EINDE);
        Map<String, List<DemoVerkeer.Bestand>> perType = verkeer.stream()
                .filter(b -> !b.naam().startsWith("opnieuw_"))
                .collect(Collectors.groupingBy(b -> b.naam().substring(0, 5)));
        assertThat(perType.keySet()).contains("JW301", "JW305", "JW307", "JW315", "JW319", "JW323");
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        Map<String, Validator> validators = new HashMap<>();
        int gevalideerd = 0;
        int ongeldig = 0;
        List<String> fouten = new java.util.ArrayList<>();
        for (Map.Entry<String, List<DemoVerkeer.Bestand>> type : perType.entrySet()) {
            Schema schema = factory.newSchema(Gedeeld.pad("ijw/xsd/" + type.getKey() + ".xsd").toFile());
            Validator validator = validators.computeIfAbsent(type.getKey(), k -> schema.newValidator());
            for (DemoVerkeer.Bestand b : type.getValue().subList(0, Math.min(200, type.getValue().size()))) {
                try {
                    validator.validate(new StreamSource(new StringReader(b.inhoud())));
                    gevalideerd++;
                } catch (org.xml.sax.SAXException e) {
                    // the generator breaks a few messages on purpose; they must be rare
                    ongeldig++;
                    fouten.add(type.getKey() + ": " + e.getMessage());
                }
            }
        }
        assertThat(gevalideerd).isGreaterThan(500);
        assertThat(ongeldig).as(String.join("\n", fouten.subList(0, Math.min(3, fouten.size()))))
                .isLessThanOrEqualTo(gevalideerd / 100);
    }

    @Test
    void theSameSeedGivesTheSameRegion() {
        List<DemoVerkeer.Bestand> a = DemoVerkeer.maak(TWENTE, 11, 0.01, EINDE);
        List<DemoVerkeer.Bestand> b = DemoVerkeer.maak(TWENTE, 11, 0.01, EINDE);
        assertThat(a.stream().map(x -> x.naam() + x.inhoud()).toList()).isEqualTo(b.stream().map(x -> x.naam() + x.inhoud()).toList());
        assertThat(DemoVerkeer.maak(TWENTE, 12, 0.01, EINDE).stream().map(DemoVerkeer.Bestand::inhoud).toList()).isNotEqualTo(a.stream().map(DemoVerkeer.Bestand::inhoud).toList());
    }

    /** Six calendar years up to the last day, nothing after it; the same region one day later grows by that day only. */
    @Test
    void theTrafficRunsUpToItsLastDayAndMovesWithIt() {
        List<DemoVerkeer.Bestand> verkeer = DemoVerkeer.maak(TWENTE, 11, 0.01, EINDE);
        assertThat(verkeer).allMatch(b -> !b.dagtekening().isAfter(EINDE));
        assertThat(verkeer.stream().map(DemoVerkeer.Bestand::dagtekening).min(java.util.Comparator.naturalOrder()).orElseThrow())
                .isBetween(java.time.LocalDate.of(2021, 1, 1), java.time.LocalDate.of(2021, 1, 10));
        assertThat(verkeer).anyMatch(b -> b.dagtekening().isAfter(EINDE.minusDays(7)));
        assertThat(DemoVerkeer.maak(TWENTE, 11, 0.01, java.time.LocalDate.of(2025, 12, 31)))
                .allMatch(b -> b.dagtekening().getYear() <= 2025)
                .anyMatch(b -> b.dagtekening().getYear() == 2020);
    }

    @Test
    void theTrafficHasTheFaultsRealTrafficHas() {
        List<DemoVerkeer.Bestand> verkeer = DemoVerkeer.maak(TWENTE, DemoVerkeerTest.class.getName().length(), 0.2, EINDE);
        assertThat(verkeer).anyMatch(b -> b.naam().startsWith("opnieuw_"));
        assertThat(verkeer).anyMatch(b -> !b.inhoud().strip().endsWith("</jw301:Bericht>") && b.naam().startsWith("JW301")
                || !b.inhoud().strip().endsWith("Bericht>"));
    }
}
