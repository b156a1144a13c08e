package nl.jeugdregie.messages.internal;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes what the message store keeps free of direct identifiers. An accepted message is written
 * anew from its tree without personal details and with the pseudonym in place of the BSN; a
 * rejected message, which may not even be XML, keeps its raw text with those element values
 * blanked out.
 */
final class Opschoner {

    private static final String BASISSCHEMA = "http://www.istandaarden.nl/ijw/3_2/basisschema/schema";
    private static final Pattern GEVOELIG = Pattern.compile(
            "(<(?:[\\w.-]+:)?(Bsn|Achternaam|Voorvoegsel|Voornamen|Voorletters|Straatnaam|Huisnummer|Huisletter"
                    + "|HuisnummerToevoeging|Postcode|Plaatsnaam|Telefoonnummer|Landnummer|Emailadres|Commentaar"
                    + "|Organisatie|LocatieOmschrijving)(?:\\s[^>]*)?>)([^<]*)(<)");
    private static final Pattern NEGEN_CIJFERS = Pattern.compile("\\s*\\d{9}\\s*");

    private final Pseudonimiseerder pseudonimiseerder;

    Opschoner(Pseudonimiseerder pseudonimiseerder) {
        this.pseudonimiseerder = pseudonimiseerder;
    }

    byte[] schoon(XmlElement wortel, boolean opgeslagen) {
        StringBuilder xml = new StringBuilder(1024).append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        String prefix = prefix(wortel.namespace());
        xml.append('<').append(prefix).append(":Bericht xmlns:").append(prefix).append("=\"")
                .append(wortel.namespace()).append("\" xmlns:ijw=\"").append(BASISSCHEMA).append("\">");
        for (XmlElement kind : wortel.kinderen()) {
            schrijf(kind, prefix, opgeslagen, xml);
        }
        xml.append("</").append(prefix).append(":Bericht>\n");
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The message's own prefix, jw301 for ".../jw301/schema": the parser accepted only such namespaces. */
    private static String prefix(String namespace) {
        int einde = namespace.lastIndexOf("/schema");
        return einde < 0 ? namespace : namespace.substring(namespace.lastIndexOf('/', einde - 1) + 1, einde);
    }

    private void schrijf(XmlElement el, String prefix, boolean opgeslagen, StringBuilder xml) {
        if (IjwParser.PERSOONSGEGEVENS.contains(el.naam())) {
            return;
        }
        String ns = BASISSCHEMA.equals(el.namespace()) ? "ijw" : prefix;
        xml.append('<').append(ns).append(':').append(el.naam()).append('>');
        if (el.kinderen().isEmpty()) {
            String tekst = el.tekst();
            if (el.naam().equals("Bsn") && !opgeslagen) {
                tekst = pseudonimiseerder.pseudoniem(tekst);
            }
            escape(tekst, xml);
        } else {
            for (XmlElement kind : el.kinderen()) {
                schrijf(kind, prefix, opgeslagen, xml);
            }
        }
        xml.append("</").append(ns).append(':').append(el.naam()).append('>');
    }

    /** Blanks the values of identifying elements in raw text; a BSN-like value becomes its pseudonym. */
    String schoonRuw(byte[] ruw) {
        String tekst = new String(ruw, StandardCharsets.UTF_8);
        Matcher m = GEVOELIG.matcher(tekst);
        StringBuilder uit = new StringBuilder(tekst.length());
        while (m.find()) {
            String vervanging = m.group(2).equals("Bsn") && NEGEN_CIJFERS.matcher(m.group(3)).matches()
                    ? "[pseudoniem " + pseudonimiseerder.pseudoniem(m.group(3).strip()) + "]"
                    : "[verwijderd]";
            m.appendReplacement(uit, Matcher.quoteReplacement(m.group(1) + vervanging + m.group(4)));
        }
        m.appendTail(uit);
        return uit.toString();
    }

    private static void escape(String tekst, StringBuilder xml) {
        if (tekst.indexOf('<') < 0 && tekst.indexOf('>') < 0 && tekst.indexOf('&') < 0) {
            xml.append(tekst);
            return;
        }
        for (int i = 0; i < tekst.length(); i++) {
            char c = tekst.charAt(i);
            switch (c) {
                case '<' -> xml.append("&lt;");
                case '>' -> xml.append("&gt;");
                case '&' -> xml.append("&amp;");
                default -> xml.append(c);
            }
        }
    }
}
