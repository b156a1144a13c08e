package nl.jeugdregie.messages.internal;

import java.util.ArrayList;
import java.util.List;

/** A light element tree of one message: local names, namespace of the element, trimmed text. */
final class XmlElement {

    private final String naam;
    private final String namespace;
    private final List<XmlElement> kinderen = new ArrayList<>(4);
    private StringBuilder tekst;

    XmlElement(String naam, String namespace) {
        this.naam = naam;
        this.namespace = namespace;
    }

    String naam() {
        return naam;
    }

    String namespace() {
        return namespace;
    }

    List<XmlElement> kinderen() {
        return kinderen;
    }

    void voegToe(XmlElement kind) {
        kinderen.add(kind);
    }

    void voegTekstToe(char[] buffer, int start, int lengte) {
        if (tekst == null) {
            tekst = new StringBuilder(lengte);
        }
        tekst.append(buffer, start, lengte);
    }

    String tekst() {
        return tekst == null ? "" : tekst.toString().strip();
    }

    XmlElement kind(String kindNaam) {
        for (XmlElement k : kinderen) {
            if (k.naam.equals(kindNaam)) {
                return k;
            }
        }
        return null;
    }

    List<XmlElement> kinderen(String kindNaam) {
        List<XmlElement> result = new ArrayList<>();
        for (XmlElement k : kinderen) {
            if (k.naam.equals(kindNaam)) {
                result.add(k);
            }
        }
        return result;
    }
}
