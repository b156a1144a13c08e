package nl.jeugdregie.messages.internal;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import java.io.ByteArrayInputStream;
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

    XmlElement lees(byte[] xml) throws BerichtFout {
        XMLStreamReader reader = null;
        try {
            reader = FACTORY.createXMLStreamReader(new ByteArrayInputStream(xml));
            return leesBoom(reader);
        } catch (XMLStreamException e) {
            throw new BerichtFout("niet well-formed XML" + plaats(e) + ": " + eersteRegel(e.getMessage()));
        } finally {
            sluit(reader);
        }
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
