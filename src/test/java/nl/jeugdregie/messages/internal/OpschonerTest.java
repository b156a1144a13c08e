package nl.jeugdregie.messages.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The cleaned message is XML that reads back to the same texts, whatever characters they hold. */
class OpschonerTest {

    private static final String NS = "http://www.istandaarden.nl/ijw/3_2/jw323/schema";
    private final Pseudonimiseerder pseudonimiseerder = new Pseudonimiseerder(new byte[32]);
    private final Opschoner opschoner = new Opschoner(pseudonimiseerder);
    private final VeiligeXmlLezer lezer = new VeiligeXmlLezer();

    @Test
    void escapedAndMultiByteTextReadsBackTheSame() throws BerichtFout {
        XmlElement gelezen = schoonEnTerug("""
                <jw323:Bericht xmlns:jw323="%s"><jw323:Declaratie>
                  <jw323:DeclaratieNummer> a&lt;b &amp; c&gt;d </jw323:DeclaratieNummer>
                  <jw323:Toelichting>Zoë — 😀 €5</jw323:Toelichting>
                  <jw323:Überschrift>x</jw323:Überschrift>
                  <jw323:Naam><jw323:Achternaam>Jansen</jw323:Achternaam></jw323:Naam>
                  <jw323:Bsn>999900006</jw323:Bsn>
                </jw323:Declaratie></jw323:Bericht>""".formatted(NS));

        XmlElement declaratie = gelezen.kind("Declaratie");
        assertThat(declaratie.kind("DeclaratieNummer").tekst()).isEqualTo("a<b & c>d");
        assertThat(declaratie.kind("Toelichting").tekst()).isEqualTo("Zoë — 😀 €5");
        assertThat(declaratie.kind("Überschrift").tekst()).isEqualTo("x");
        assertThat(declaratie.kind("Naam")).as("personal details are dropped").isNull();
        assertThat(declaratie.kind("Bsn").tekst()).isEqualTo(pseudonimiseerder.pseudoniem("999900006"));
    }

    @Test
    void randomTextsSurviveCleaning() throws BerichtFout {
        Random random = new Random(1202);
        String tekens = "ab<>&\"' \téß€😀\u00a0z9";
        for (int n = 0; n < 500; n++) {
            StringBuilder tekst = new StringBuilder("t");
            for (int i = random.nextInt(40); i > 0; i--) {
                tekst.appendCodePoint(tekens.codePointAt(tekens.offsetByCodePoints(0, random.nextInt(tekens.codePointCount(0, tekens.length())))));
            }
            tekst.append('t');
            String escaped = tekst.toString().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
            XmlElement gelezen = schoonEnTerug("<jw323:Bericht xmlns:jw323=\"%s\"><jw323:Tekst>%s</jw323:Tekst></jw323:Bericht>"
                    .formatted(NS, escaped));
            assertThat(gelezen.kind("Tekst").tekst()).isEqualTo(tekst.toString());
        }
    }

    private XmlElement schoonEnTerug(String xml) throws BerichtFout {
        byte[] schoon = BerichtOpslag.decomprimeer(opschoner.schoonGecomprimeerd(lezer.lees(xml.getBytes(StandardCharsets.UTF_8))));
        return lezer.lees(schoon);
    }
}
