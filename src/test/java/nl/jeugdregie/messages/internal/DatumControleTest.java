package nl.jeugdregie.messages.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import nl.jeugdregie.messages.Inhoud;
import nl.jeugdregie.support.Gedeeld;
import org.junit.jupiter.api.Test;

/**
 * Every date in a message must exist, wherever it stands; the parser checks them without spelling
 * out a path per element, so the path of the one that fails must still be named.
 */
class DatumControleTest {

    private final VeiligeXmlLezer lezer = new VeiligeXmlLezer();
    private final IjwParser parser = new IjwParser(new Pseudonimiseerder(new byte[32]), () -> java.time.LocalDate.of(2026, 12, 3));

    @Test
    void theSampleAssignmentReadsWithItsDates() throws BerichtFout {
        Inhoud.Toewijzing t = (Inhoud.Toewijzing) parse(monster()).inhoud();
        assertThat(t.client().geboortedatum()).hasToString("2010-02-14");
    }

    @Test
    void anImpossibleDateDeepInTheTreeIsNamedWithItsPath() {
        String xml = monster().replace("<ijw:Datum>1971-04-07</ijw:Datum>", "<ijw:Datum>1971-02-30</ijw:Datum>");
        assertThatThrownBy(() -> parse(xml)).isInstanceOf(BerichtFout.class)
                .hasMessageContaining("onmogelijke datum 1971-02-30")
                .hasMessageContaining("Client/Relaties/Relatie/Geboortedatum/Datum");
    }

    @Test
    void aLeapDayExistsOnlyInALeapYear() throws BerichtFout {
        parse(monster().replace("2010-02-14", "2008-02-29"));
        assertThatThrownBy(() -> parse(monster().replace("2010-02-14", "2009-02-29")))
                .hasMessageContaining("onmogelijke datum 2009-02-29 in element Client/Geboortedatum/Datum");
    }

    @Test
    void somethingThatIsNoDateIsRefusedAsSuch() {
        for (String geen : new String[] {"2010-2-14", "14-02-2010", "2010-02-1x", "2010/02/14", "2010-13-01"}) {
            assertThatThrownBy(() -> parse(monster().replace("2010-02-14", geen))).as(geen)
                    .isInstanceOf(BerichtFout.class).hasMessageContaining(geen);
        }
    }

    private IjwParser.Geparseerd parse(String xml) throws BerichtFout {
        return parser.parse(lezer.lees(xml.getBytes(StandardCharsets.UTF_8)), false);
    }

    private static String monster() {
        return new String(Gedeeld.bericht("JW301.xml"), StandardCharsets.UTF_8);
    }
}
