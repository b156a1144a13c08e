package nl.jeugdregie.messages.internal;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
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
    private final Queue<Uitvoer> vrij = new ConcurrentLinkedQueue<>();

    Opschoner(Pseudonimiseerder pseudonimiseerder) {
        this.pseudonimiseerder = pseudonimiseerder;
    }

    /**
     * The cleaned message, compressed. It is written as UTF-8 straight into a buffer taken from a
     * pool, one per thread at work, and compressed from there: the only array a message costs is
     * its compressed form, where a string builder, its string and their bytes cost the intake a few
     * gigabytes of garbage per region. (Thread-locals would not do: the common pool's workers lose
     * theirs between tasks.)
     */
    byte[] schoonGecomprimeerd(XmlElement wortel) {
        Uitvoer xml = vrij.poll();
        if (xml == null) {
            xml = new Uitvoer();
        }
        try {
            return schrijf(wortel, xml.leeg());
        } finally {
            vrij.offer(xml);
        }
    }

    private byte[] schrijf(XmlElement wortel, Uitvoer xml) {
        xml.ascii("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        // the parser accepted only the known iJw namespaces, all ASCII
        String prefix = prefix(wortel.namespace());
        xml.ascii("<").ascii(prefix).ascii(":Bericht xmlns:").ascii(prefix).ascii("=\"")
                .ascii(wortel.namespace()).ascii("\" xmlns:ijw=\"").ascii(BASISSCHEMA).ascii("\">");
        for (XmlElement kind : wortel.kinderen()) {
            schrijf(kind, prefix, xml);
        }
        xml.ascii("</").ascii(prefix).ascii(":Bericht>\n");
        return xml.gecomprimeerd();
    }

    /** The message's own prefix, jw301 for ".../jw301/schema": the parser accepted only such namespaces. */
    private static String prefix(String namespace) {
        int einde = namespace.lastIndexOf("/schema");
        return einde < 0 ? namespace : namespace.substring(namespace.lastIndexOf('/', einde - 1) + 1, einde);
    }

    private void schrijf(XmlElement el, String prefix, Uitvoer xml) {
        if (IjwParser.PERSOONSGEGEVENS.contains(el.naam())) {
            return;
        }
        byte[][] tags = xml.tags(BASISSCHEMA.equals(el.namespace()) ? "ijw" : prefix, el.naam());
        xml.bytes(tags[0]);
        if (el.kinderen().isEmpty()) {
            String tekst = el.tekst();
            xml.tekst(el.naam().equals("Bsn") ? pseudonimiseerder.pseudoniem(tekst) : tekst);
        } else {
            for (XmlElement kind : el.kinderen()) {
                schrijf(kind, prefix, xml);
            }
        }
        xml.bytes(tags[1]);
    }

    /** UTF-8 bytes as they are written; element names and prefixes are ASCII, text is escaped. */
    private static final class Uitvoer {
        /** What a thread keeps between messages; one a rare large message needed more goes with it. */
        private static final int BEWAARD = 1024 * 1024;
        private byte[] bytes = new byte[64 * 1024];
        private byte[] werkruimte = new byte[0];
        private int lengte;
        /**
         * Per prefix and element name its opening and closing tag in UTF-8: every message repeats
         * the same few hundred names. Bounded, as a hostile message may bring names without end.
         */
        private final Map<String, Map<String, byte[][]>> tags = new HashMap<>();
        private static final int MEESTE_TAGS = 4096;

        Uitvoer leeg() {
            if (bytes.length > BEWAARD) {
                bytes = new byte[64 * 1024];
                werkruimte = new byte[0];
            }
            lengte = 0;
            return this;
        }

        byte[] gecomprimeerd() {
            int nodig = BerichtOpslag.gecomprimeerdHoogstens(lengte);
            if (werkruimte.length < nodig) {
                werkruimte = new byte[Math.max(nodig, 2 * werkruimte.length)];
            }
            return BerichtOpslag.comprimeer(bytes, lengte, werkruimte);
        }

        byte[][] tags(String ns, String naam) {
            Map<String, byte[][]> vanNs = tags.computeIfAbsent(ns, k -> new HashMap<>());
            byte[][] paar = vanNs.get(naam);
            if (paar == null) {
                paar = new byte[][] {("<" + ns + ":" + naam + ">").getBytes(StandardCharsets.UTF_8),
                        ("</" + ns + ":" + naam + ">").getBytes(StandardCharsets.UTF_8)};
                if (vanNs.size() < MEESTE_TAGS) {
                    vanNs.put(naam, paar);
                }
            }
            return paar;
        }

        void bytes(byte[] b) {
            ruimte(b.length);
            System.arraycopy(b, 0, bytes, lengte, b.length);
            lengte += b.length;
        }

        /**
         * Copies ASCII text as it is; the old {@code String.getBytes(int, int, byte[], int)} does
         * that in one copy, and is exact for characters below 128, the only ones it gets here.
         */
        @SuppressWarnings("deprecation")
        Uitvoer ascii(String s) {
            ruimte(s.length());
            s.getBytes(0, s.length(), bytes, lengte);
            lengte += s.length();
            return this;
        }

        Uitvoer tekst(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c >= 0x80 || c == '<' || c == '>' || c == '&') {
                    return ascii(s.substring(0, i)).bijzonder(s, i);
                }
            }
            return ascii(s);
        }

        /** From the first character that needs escaping or more than one byte on, one at a time. */
        private Uitvoer bijzonder(String s, int vanaf) {
            for (int i = vanaf; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '<' -> ascii("&lt;");
                    case '>' -> ascii("&gt;");
                    case '&' -> ascii("&amp;");
                    default -> {
                        if (c < 0x80) {
                            ruimte(1);
                            bytes[lengte++] = (byte) c;
                        } else {
                            int codepunt = s.codePointAt(i);
                            byte[] utf8 = Character.toString(codepunt).getBytes(StandardCharsets.UTF_8);
                            ruimte(utf8.length);
                            System.arraycopy(utf8, 0, bytes, lengte, utf8.length);
                            lengte += utf8.length;
                            i += Character.charCount(codepunt) - 1;
                        }
                    }
                }
            }
            return this;
        }

        private void ruimte(int meer) {
            if (lengte + meer > bytes.length) {
                bytes = java.util.Arrays.copyOf(bytes, Math.max(bytes.length * 2, lengte + meer));
            }
        }
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
}
