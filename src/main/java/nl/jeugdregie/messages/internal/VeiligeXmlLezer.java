package nl.jeugdregie.messages.internal;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import java.io.ByteArrayInputStream;
import java.io.CharArrayReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads one message into an element tree with StAX. DTDs, entities and external resources are
 * off, so an XXE or entity-expansion message is refused before anything is resolved: a DOCTYPE
 * ends the read at once.
 */
final class VeiligeXmlLezer {

    private static final XMLInputFactory FACTORY = maakFactory();

    private static XMLInputFactory maakFactory() {
        WstxInputFactory f = new WstxInputFactory();
        // less bookkeeping per read (locations for the event API, white space outside the root);
        // the safety settings below are set after it, so it cannot loosen them
        f.configureForSpeed();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, 64);
        f.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("externe bronnen zijn niet toegestaan");
        });
        return f;
    }

    /** Characters of text one element may hold: fifty times the longest the iJw schemas allow (200). */
    static final int MAX_TEKST = 10_000;

    XmlElement lees(byte[] xml) throws BerichtFout {
        XMLStreamReader reader = null;
        try {
            reader = alsUtf8(xml)
                    ? FACTORY.createXMLStreamReader(utf8(xml))
                    : FACTORY.createXMLStreamReader(new ByteArrayInputStream(xml));
            return leesBoom(reader);
        } catch (XMLStreamException e) {
            throw new BerichtFout("niet well-formed XML" + plaats(e) + ": " + eersteRegel(e.getMessage()));
        } finally {
            sluit(reader);
        }
    }

    /**
     * Whether the message is UTF-8 — as iJw prescribes, and XML assumes without a declaration or byte
     * order mark — and so decoded here: the JDK's decoder takes plain ASCII many bytes at a time, where
     * the parser's own reader went byte by byte (a tenth of the intake's processor time). Another
     * declared encoding, or a UTF-16 byte order mark, goes to the parser as bytes, which honours it.
     */
    static boolean alsUtf8(byte[] xml) {
        if (xml.length >= 2 && ((xml[0] == (byte) 0xFE && xml[1] == (byte) 0xFF) || (xml[0] == (byte) 0xFF && xml[1] == (byte) 0xFE))) {
            return false;
        }
        int begin = bomLengte(xml);
        if (!begintMet(xml, begin, "<?xml")) {
            return true;
        }
        int einde = begin;
        while (einde < xml.length && einde < begin + 256 && xml[einde] != '>') {
            einde++;
        }
        String declaratie = new String(xml, begin, einde - begin, StandardCharsets.ISO_8859_1);
        int i = declaratie.indexOf("encoding");
        if (i < 0) {
            return true;
        }
        i = naSpaties(declaratie, i + "encoding".length());
        if (i >= declaratie.length() || declaratie.charAt(i) != '=') {
            return false;
        }
        i = naSpaties(declaratie, i + 1);
        if (i >= declaratie.length()) {
            return false;
        }
        char aanhalingsteken = declaratie.charAt(i);
        int slot = declaratie.indexOf(aanhalingsteken, i + 1);
        return (aanhalingsteken == '"' || aanhalingsteken == '\'') && slot > 0
                && declaratie.substring(i + 1, slot).equalsIgnoreCase("UTF-8");
    }

    private static int naSpaties(String tekst, int vanaf) {
        int i = vanaf;
        while (i < tekst.length() && Character.isWhitespace(tekst.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int bomLengte(byte[] xml) {
        return xml.length >= 3 && xml[0] == (byte) 0xEF && xml[1] == (byte) 0xBB && xml[2] == (byte) 0xBF ? 3 : 0;
    }

    private static boolean begintMet(byte[] xml, int vanaf, String ascii) {
        if (xml.length - vanaf < ascii.length()) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (xml[vanaf + i] != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Invalid UTF-8 is not well-formed XML: refused, naming the first byte that is wrong. */
    private static CharArrayReader utf8(byte[] xml) throws BerichtFout {
        int begin = bomLengte(xml);
        ByteBuffer in = ByteBuffer.wrap(xml, begin, xml.length - begin);
        CharBuffer uit = CharBuffer.allocate(xml.length - begin);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult r = decoder.decode(in, uit, true);
        if (r.isError()) {
            throw new BerichtFout("niet well-formed XML: ongeldige UTF-8 bij byte " + (in.position() + 1));
        }
        decoder.flush(uit);
        return new CharArrayReader(uit.array(), 0, uit.position());
    }

    private XmlElement leesBoom(XMLStreamReader reader) throws XMLStreamException, BerichtFout {
        Deque<XmlElement> stapel = new ArrayDeque<>();
        XmlElement wortel = null;
        while (reader.hasNext()) {
            switch (reader.next()) {
                case XMLStreamConstants.DTD ->
                        throw new BerichtFout("DOCTYPE is niet toegestaan: DTD's en entiteiten staan uit");
                case XMLStreamConstants.ENTITY_REFERENCE ->
                        throw new BerichtFout("entiteit '" + reader.getLocalName() + "' is niet toegestaan");
                case XMLStreamConstants.START_ELEMENT -> {
                    XmlElement el = new XmlElement(reader.getLocalName(), reader.getNamespaceURI());
                    if (stapel.isEmpty()) {
                        wortel = el;
                    } else {
                        stapel.peek().voegToe(el);
                    }
                    stapel.push(el);
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                    XmlElement el = stapel.peek();
                    // white space before an element's first text is stripped anyway
                    if (el != null && el.wilTekst() && (el.heeftTekst() || !reader.isWhiteSpace())) {
                        el.voegTekstToe(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
                        if (el.tekstLengte() > MAX_TEKST) {
                            throw new BerichtFout("element " + el.naam() + " bevat meer dan " + MAX_TEKST
                                    + " tekens; het schema staat in geen enkel element meer dan 200 toe");
                        }
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> stapel.pop();
                default -> {
                }
            }
        }
        if (wortel == null) {
            throw new BerichtFout("niet well-formed XML: geen rootelement");
        }
        return wortel;
    }

    private static String eersteRegel(String tekst) {
        if (tekst == null) {
            return "onbekende fout";
        }
        return tekst.lines().findFirst().orElse(tekst).strip();
    }

    private static String plaats(XMLStreamException e) {
        return e.getLocation() == null ? ""
                : " (regel " + e.getLocation().getLineNumber() + ", kolom " + e.getLocation().getColumnNumber() + ")";
    }

    private static void sluit(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException ignored) {
                // closing a reader over a byte array cannot lose data
            }
        }
    }
}
