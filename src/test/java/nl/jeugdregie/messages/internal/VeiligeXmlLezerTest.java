package nl.jeugdregie.messages.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A UTF-8 message is decoded before the parser sees it; any other encoding the message declares
 * goes to the parser as bytes. Either way the tree holds the same text, and invalid UTF-8 is refused.
 */
class VeiligeXmlLezerTest {

    private final VeiligeXmlLezer lezer = new VeiligeXmlLezer();

    /** A 24 MB text used to cost minutes (joined piece by piece); now it is refused at the cap, and text in many pieces is whole. */
    @Test
    void textInManyPiecesIsWholeAndTextOverTheCapIsRefused() throws BerichtFout {
        String lang = "x".repeat(VeiligeXmlLezer.MAX_TEKST - 1) + "é";
        assertThat(tekstVan(("<a><b>" + lang + "</b></a>").getBytes(StandardCharsets.UTF_8))).isEqualTo(lang);
        String teLang = "<a><b>" + "y".repeat(VeiligeXmlLezer.MAX_TEKST + 1) + "</b></a>";
        assertThatThrownBy(() -> lezer.lees(teLang.getBytes(StandardCharsets.UTF_8))).isInstanceOf(BerichtFout.class)
                .hasMessage("element b bevat meer dan 10000 tekens; het schema staat in geen enkel element meer dan 200 toe");
    }

    @Test
    void utf8TextKeepsEveryCharacter() throws BerichtFout {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><a><b>Enschedé – ½ 𝄞 &amp; &lt;x&gt;</b></a>";
        assertThat(tekstVan(xml.getBytes(StandardCharsets.UTF_8))).isEqualTo("Enschedé – ½ 𝄞 & <x>");
    }

    @Test
    void aByteOrderMarkOrNoDeclarationIsUtf8Too() throws BerichtFout {
        byte[] zonder = "<a><b>Hengelo é</b></a>".getBytes(StandardCharsets.UTF_8);
        assertThat(tekstVan(zonder)).isEqualTo("Hengelo é");
        ByteArrayOutputStream metBom = new ByteArrayOutputStream();
        metBom.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        metBom.writeBytes("<?xml version='1.0' encoding = 'utf-8'?><a><b>Hengelo é</b></a>".getBytes(StandardCharsets.UTF_8));
        assertThat(tekstVan(metBom.toByteArray())).isEqualTo("Hengelo é");
    }

    @Test
    void anotherDeclaredEncodingIsHonoured() throws BerichtFout {
        String latin = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a><b>Enschedé</b></a>";
        assertThat(VeiligeXmlLezer.alsUtf8(latin.getBytes(StandardCharsets.ISO_8859_1))).isFalse();
        assertThat(tekstVan(latin.getBytes(StandardCharsets.ISO_8859_1))).isEqualTo("Enschedé");
        String utf16 = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><a><b>Enschedé</b></a>";
        assertThat(tekstVan(utf16.getBytes(StandardCharsets.UTF_16))).isEqualTo("Enschedé");
    }

    @Test
    void invalidUtf8IsRefusedNamingTheByte() {
        byte[] begin = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><a><b>".getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        xml.writeBytes(begin);
        xml.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28});
        xml.writeBytes("</b></a>".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> lezer.lees(xml.toByteArray())).isInstanceOf(BerichtFout.class)
                .hasMessage("niet well-formed XML: ongeldige UTF-8 bij byte " + (begin.length + 1));
    }

    /** Random texts of every kind of character: decoded here or by the parser, the tree is the same. */
    @Test
    void bothWaysGiveTheSameTree() throws BerichtFout {
        Random toeval = new Random(20261202);
        for (int n = 0; n < 500; n++) {
            String tekst = willekeurig(toeval);
            String xml = "<a><b>" + tekst.replace("&", "&amp;").replace("<", "&lt;") + "</b><c x='1'>" + n + "</c></a>";
            byte[] utf8 = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + xml).getBytes(StandardCharsets.UTF_8);
            byte[] viaParser = ("<?xml version=\"1.0\" encoding=\"UTF8\"?>" + xml).getBytes(StandardCharsets.UTF_8);
            assertThat(VeiligeXmlLezer.alsUtf8(utf8)).isTrue();
            assertThat(VeiligeXmlLezer.alsUtf8(viaParser)).isFalse();
            assertThat(tekstVan(utf8)).as("tekst %d", n).isEqualTo(tekst.strip()).isEqualTo(tekstVan(viaParser));
        }
    }

    private static String willekeurig(Random toeval) {
        StringBuilder s = new StringBuilder();
        int lengte = 1 + toeval.nextInt(40);
        for (int i = 0; i < lengte; i++) {
            switch (toeval.nextInt(5)) {
                case 0 -> s.append((char) ('a' + toeval.nextInt(26)));
                case 1 -> s.append(" &<'\"".charAt(toeval.nextInt(5)));
                case 2 -> s.append((char) (0xC0 + toeval.nextInt(0x40)));
                case 3 -> s.append((char) (0x4E00 + toeval.nextInt(0x500)));
                default -> s.appendCodePoint(0x1F600 + toeval.nextInt(0x40));
            }
        }
        return s.toString();
    }

    private String tekstVan(byte[] xml) throws BerichtFout {
        return lezer.lees(xml).kind("b").tekst();
    }
}
