package nl.jeugdregie.messages.internal;

import java.util.ArrayList;
import java.util.List;

/** A light element tree of one message: local names, namespace of the element, trimmed text. */
final class XmlElement {

    private final String naam;
    private final String namespace;
    /** Most elements are leaves: their list is made with the first child. */
    private List<XmlElement> kinderen = List.of();
    /** The text as read; most elements have one piece of text or none. */
    private String tekst;
    private StringBuilder meer;
    /** The trimmed text, made once: the parser and the cleaner both ask for it. */
    private String gestript;

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
        if (kinderen.isEmpty()) {
            kinderen = new ArrayList<>(4);
            tekst = null;
            gestript = null;
        }
        kinderen.add(kind);
    }

    /**
     * Only a leaf's text counts (iJw has no mixed content): an element with children keeps none,
     * so the layout white space between them is never made into strings.
     */
    boolean wilTekst() {
        return kinderen.isEmpty();
    }

    boolean heeftTekst() {
        return tekst != null || meer != null;
    }

    /**
     * The parser hands text over in pieces; more than one piece is gathered in a builder (joining
     * strings piece by piece cost a 24 MB text minutes of copying).
     */
    void voegTekstToe(char[] buffer, int start, int lengte) {
        if (tekst == null && meer == null) {
            tekst = new String(buffer, start, lengte);
        } else {
            if (meer == null) {
                meer = new StringBuilder(tekst);
                tekst = null;
            }
            meer.append(buffer, start, lengte);
        }
        gestript = null;
    }

    int tekstLengte() {
        return meer != null ? meer.length() : tekst == null ? 0 : tekst.length();
    }

    String tekst() {
        if (gestript == null) {
            String alles = meer != null ? meer.toString() : tekst;
            gestript = alles == null ? "" : alles.strip();
        }
        return gestript;
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
