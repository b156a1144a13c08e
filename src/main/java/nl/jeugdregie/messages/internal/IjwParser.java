package nl.jeugdregie.messages.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import nl.jeugdregie.messages.BerichtType;
import nl.jeugdregie.messages.Inhoud;
import nl.jeugdregie.messages.Inhoud.AangevraagdProduct;
import nl.jeugdregie.messages.Inhoud.Client;
import nl.jeugdregie.messages.Inhoud.Prestatie;
import nl.jeugdregie.messages.Inhoud.ToegewezenProduct;
import nl.jeugdregie.messages.Inhoud.ZorgRegel;

/**
 * Turns the element tree of one iJw 3.2 message into its pseudonymised content. Checks what the
 * derivations rely on — required elements, codes, dates that exist — and names the element
 * when something is wrong.
 */
final class IjwParser {

    /** Personal details that are dropped at the door: only birth date, gender and legal status are kept. */
    static final Set<String> PERSOONSGEGEVENS = Set.of("Naam", "Relaties", "Contactgegevens", "Communicatie",
            "Commentaar", "WettelijkeVertegenwoordiging", "Contact", "GezagsdragerBekend");

    record Kop(BerichtType type, String afzender, String ontvanger, String identificatie, LocalDate dagtekening) {
    }

    record Geparseerd(Kop kop, Inhoud inhoud) {
    }

    private final Pseudonimiseerder pseudonimiseerder;
    private final Supplier<LocalDate> vandaag;

    IjwParser(Pseudonimiseerder pseudonimiseerder, Supplier<LocalDate> vandaag) {
        this.pseudonimiseerder = pseudonimiseerder;
        this.vandaag = vandaag;
    }

    /**
     * @param opgeslagen true for a message from the store, whose Bsn already holds the pseudonym
     */
    Geparseerd parse(XmlElement wortel, boolean opgeslagen) throws BerichtFout {
        BerichtType type = BerichtType.voorNamespace(wortel.namespace())
                .filter(t -> wortel.naam().equals("Bericht"))
                .orElseThrow(() -> new BerichtFout("onbekend berichttype: rootelement " + wortel.naam()
                        + " in namespace '" + wortel.namespace() + "' is geen iJw 3.2-bericht"));
        Kop kop = kop(type, verplicht(wortel, "Header", ""));
        try {
            Plausibiliteit.dagtekening(kop.dagtekening(), vandaag.get());
            controleerDatums(wortel);
            return new Geparseerd(kop, inhoud(type, wortel, new Lezer(opgeslagen, kop.dagtekening())));
        } catch (BerichtFout fout) {
            throw new BerichtFout(fout.getMessage(), kop);
        }
    }

    private Inhoud inhoud(BerichtType type, XmlElement wortel, Lezer lezer) throws BerichtFout {
        return switch (type) {
            case JW301 -> lezer.toewijzing(verplicht(wortel, "Client", ""));
            case JW305 -> lezer.zorgMelding(verplicht(wortel, "Client", ""), true);
            case JW307 -> lezer.zorgMelding(verplicht(wortel, "Client", ""), false);
            case JW315 -> lezer.verzoekOmToewijzing(verplicht(wortel, "Client", ""));
            case JW317 -> lezer.verzoekOmWijziging(verplicht(wortel, "Client", ""));
            case JW319 -> lezer.antwoord(verplicht(wortel, "Antwoord", ""));
            case JW323 -> lezer.declaratie(verplicht(wortel, "Declaratie", ""));
            default -> lezer.retour(verplicht(wortel, "Header", ""));
        };
    }

    private Kop kop(BerichtType type, XmlElement header) throws BerichtFout {
        String code = tekst(header, "BerichtCode", "Header", true);
        if (!code.equals(String.valueOf(type.berichtCode()))) {
            throw new BerichtFout("element Header/BerichtCode ongeldig: " + code + " hoort niet bij " + type
                    + " (verwacht " + type.berichtCode() + ")");
        }
        String versie = tekst(header, "BerichtVersie", "Header", true) + "." + tekst(header, "BerichtSubversie", "Header", true);
        if (!versie.equals("3.2")) {
            throw new BerichtFout("berichtversie " + versie + " wordt niet ondersteund (verwacht iJw 3.2)");
        }
        String afzender = code(header, "Afzender", "Header", "\\d{4}|\\d{8}");
        String ontvanger = code(header, "Ontvanger", "Header", "\\d{4}|\\d{8}");
        XmlElement id = verplicht(header, "BerichtIdentificatie", "Header");
        String identificatie = tekst(id, "Identificatie", "Header/BerichtIdentificatie", true);
        LocalDate dagtekening = datum(id, "Dagtekening", "Header/BerichtIdentificatie", true);
        return new Kop(type, afzender, ontvanger, identificatie, dagtekening);
    }

    /**
     * Every date element must be a date that exists, wherever it stands. The path is spelled out
     * only for the element that fails: every message passes through here.
     */
    private static void controleerDatums(XmlElement wortel) throws BerichtFout {
        ArrayDeque<XmlElement> pad = new ArrayDeque<>();
        for (XmlElement kind : wortel.kinderen()) {
            controleerDatums(kind, pad);
        }
    }

    private static void controleerDatums(XmlElement el, ArrayDeque<XmlElement> pad) throws BerichtFout {
        pad.addLast(el);
        if (el.kinderen().isEmpty()) {
            if (isDatumElement(el.naam()) && !isDatum(el.tekst())) {
                parseDatum(el.tekst(), String.join("/", pad.stream().map(XmlElement::naam).toList()), null);
            }
        } else {
            for (XmlElement kind : el.kinderen()) {
                controleerDatums(kind, pad);
            }
        }
        pad.removeLast();
    }

    private static boolean isDatumElement(String naam) {
        return naam.endsWith("datum") || naam.endsWith("Datum") || naam.endsWith("Dagtekening")
                || naam.equals("DagtekeningRetour");
    }

    private final class Lezer {
        private final boolean opgeslagen;
        private final LocalDate dagtekening;

        Lezer(boolean opgeslagen, LocalDate dagtekening) {
            this.opgeslagen = opgeslagen;
            this.dagtekening = dagtekening;
        }

        /** A date that must also lie within its plausibility window (see {@link Plausibiliteit}). */
        private LocalDate datum(XmlElement ouder, String naam, String pad, boolean verplicht, Plausibiliteit.Venster venster)
                throws BerichtFout {
            LocalDate d = IjwParser.datum(ouder, naam, pad, verplicht);
            if (d != null) {
                venster.controleer(d, dagtekening, pad + "/" + naam);
            }
            return d;
        }

        private long bedrag(XmlElement ouder, String naam, String pad) throws BerichtFout {
            return Plausibiliteit.bedragOfVolume(getal(ouder, naam, pad), pad + "/" + naam);
        }

        Inhoud toewijzing(XmlElement client) throws BerichtFout {
            Client c = client(client);
            List<ToegewezenProduct> producten = new ArrayList<>();
            int i = 0;
            for (XmlElement p : lijst(client, "ToegewezenProducten", "ToegewezenProduct", "Client")) {
                String pad = "Client/ToegewezenProducten/ToegewezenProduct[" + (++i) + "]";
                XmlElement product = p.kind("Product");
                XmlElement omvang = p.kind("Omvang");
                producten.add(new ToegewezenProduct(
                        code(p, "ToewijzingNummer", pad, "\\d{1,9}"),
                        tekst(p, "ReferentieAanbieder", pad, false),
                        product == null ? null : code(product, "Categorie", pad + "/Product", "\\d{2}"),
                        product == null ? null : optioneleCode(product, "Code", pad + "/Product", "[0-9A-Z]{5}"),
                        datum(p, "Toewijzingsdatum", pad, true, Plausibiliteit.Venster.GEBEURD),
                        tijd(p, pad),
                        datum(p, "Ingangsdatum", pad, true, Plausibiliteit.Venster.GEPLAND_BEGIN),
                        datum(p, "Einddatum", pad, false, Plausibiliteit.Venster.GEPLAND_EINDE),
                        optioneleCode(p, "RedenWijziging", pad, "\\d{2}"),
                        omvang == null ? null : bedrag(omvang, "Volume", pad + "/Omvang"),
                        omvang == null ? null : code(omvang, "Eenheid", pad + "/Omvang", "\\d{2}"),
                        omvang == null ? null : optioneleCode(omvang, "Frequentie", pad + "/Omvang", "\\d")));
            }
            return new Inhoud.Toewijzing(c, List.copyOf(producten));
        }

        Inhoud zorgMelding(XmlElement client, boolean start) throws BerichtFout {
            Client c = client(client);
            String lijst = start ? "StartProducten" : "StopProducten";
            String item = start ? "StartProduct" : "StopProduct";
            List<ZorgRegel> regels = new ArrayList<>();
            int i = 0;
            for (XmlElement p : lijst(client, lijst, item, "Client")) {
                String pad = "Client/" + lijst + "/" + item + "[" + (++i) + "]";
                XmlElement product = p.kind("Product");
                regels.add(new ZorgRegel(
                        code(p, "ToewijzingNummer", pad, "\\d{1,9}"),
                        product == null ? null : code(product, "Categorie", pad + "/Product", "\\d{2}"),
                        product == null ? null : optioneleCode(product, "Code", pad + "/Product", "[0-9A-Z]{5}"),
                        datum(p, "ToewijzingIngangsdatum", pad, true, Plausibiliteit.Venster.GEPLAND_BEGIN),
                        datum(p, "Begindatum", pad, true, Plausibiliteit.Venster.GEBEURD),
                        start ? null : datum(p, "Einddatum", pad, true, Plausibiliteit.Venster.GEBEURD),
                        start ? null : code(p, "RedenBeeindiging", pad, "\\d{2}"),
                        code(p, "StatusAanlevering", pad, "[1239]")));
                ZorgRegel r = regels.getLast();
                if (!start && r.einddatum().isBefore(r.begindatum())) {
                    throw new BerichtFout("element " + pad + "/Einddatum ongeldig: " + r.einddatum()
                            + " ligt voor Begindatum " + r.begindatum());
                }
            }
            return new Inhoud.ZorgMelding(c, start, List.copyOf(regels));
        }

        Inhoud verzoekOmToewijzing(XmlElement client) throws BerichtFout {
            Client c = client(client);
            List<AangevraagdProduct> producten = new ArrayList<>();
            int i = 0;
            for (XmlElement p : lijst(client, "AangevraagdeProducten", "AangevraagdProduct", "Client")) {
                producten.add(aangevraagd(p, "Client/AangevraagdeProducten/AangevraagdProduct[" + (++i) + "]",
                        "ToewijzingIngangsdatum", "ToewijzingEinddatum"));
            }
            return new Inhoud.VerzoekOmToewijzing(c, List.copyOf(producten));
        }

        Inhoud verzoekOmWijziging(XmlElement client) throws BerichtFout {
            String jeugdige = bsn(client);
            XmlElement verzoek = verplicht(client, "Verzoek", "Client");
            String pad = "Client/Verzoek";
            List<String> ongewijzigd = new ArrayList<>();
            XmlElement og = verzoek.kind("OngewijzigdeProducten");
            if (og != null) {
                int i = 0;
                for (XmlElement p : og.kinderen("OngewijzigdProduct")) {
                    ongewijzigd.add(code(p, "ToewijzingNummer", pad + "/OngewijzigdeProducten/OngewijzigdProduct[" + (++i) + "]", "\\d{1,9}"));
                }
            }
            List<AangevraagdProduct> nieuw = new ArrayList<>();
            XmlElement np = verzoek.kind("NieuweProducten");
            if (np != null) {
                int i = 0;
                for (XmlElement p : np.kinderen("NieuwProduct")) {
                    nieuw.add(aangevraagd(p, pad + "/NieuweProducten/NieuwProduct[" + (++i) + "]",
                            "GewensteIngangsdatum", "Einddatum"));
                }
            }
            return new Inhoud.VerzoekOmWijziging(jeugdige, tekst(verzoek, "ReferentieAanbieder", pad, true),
                    code(verzoek, "RedenVerzoek", pad, "\\d{1,2}"), List.copyOf(ongewijzigd), List.copyOf(nieuw));
        }

        Inhoud antwoord(XmlElement antwoord) throws BerichtFout {
            return new Inhoud.Antwoord(tekst(antwoord, "ReferentieAanbieder", "Antwoord", true),
                    code(antwoord, "VerzoekAntwoord", "Antwoord", "\\d"),
                    optioneleCode(antwoord, "RedenAfwijzingVerzoek", "Antwoord", "\\d{1,2}"));
        }

        Inhoud declaratie(XmlElement declaratie) throws BerichtFout {
            XmlElement periode = verplicht(declaratie, "DeclaratiePeriode", "Declaratie");
            List<Prestatie> prestaties = new ArrayList<>();
            int c = 0;
            for (XmlElement client : lijst(declaratie, "Clienten", "Client", "Declaratie")) {
                String clientPad = "Declaratie/Clienten/Client[" + (++c) + "]";
                String jeugdige = bsnIn(client, clientPad);
                int i = 0;
                for (XmlElement p : lijst(client, "Prestaties", "Prestatie", clientPad)) {
                    String pad = clientPad + "/Prestaties/Prestatie[" + (++i) + "]";
                    XmlElement pp = verplicht(p, "ProductPeriode", pad);
                    String periodePad = pad + "/ProductPeriode";
                    XmlElement bedrag = verplicht(p, "IngediendBedrag", pad);
                    String bedragPad = pad + "/IngediendBedrag";
                    long cent = bedrag(bedrag, "Bedrag", bedragPad);
                    String dc = code(bedrag, "DebetCredit", bedragPad, "[DC]");
                    prestaties.add(new Prestatie(jeugdige,
                            code(p, "ToewijzingNummer", pad, "\\d{1,9}"),
                            code(p, "ProductCategorie", pad, "\\d{2}"),
                            optioneleCode(p, "ProductCode", pad, "[0-9A-Z]{5}"),
                            datum(pp, "Begindatum", periodePad, true, Plausibiliteit.Venster.GEBEURD),
                            datum(pp, "Einddatum", periodePad, true, Plausibiliteit.Venster.GEBEURD),
                            bedrag(p, "GeleverdVolume", pad),
                            code(p, "Eenheid", pad, "\\d{2}"),
                            bedrag(p, "ProductTarief", pad),
                            dc.equals("C") ? -cent : cent));
                }
            }
            return new Inhoud.Declaratie(tekst(declaratie, "DeclaratieNummer", "Declaratie", true),
                    datum(periode, "Begindatum", "Declaratie/DeclaratiePeriode", true, Plausibiliteit.Venster.GEBEURD),
                    datum(periode, "Einddatum", "Declaratie/DeclaratiePeriode", true, Plausibiliteit.Venster.GEBEURD), List.copyOf(prestaties));
        }

        Inhoud retour(XmlElement header) {
            List<String> codes = new ArrayList<>();
            XmlElement rc = header.kind("RetourCodes");
            if (rc != null) {
                rc.kinderen("RetourCode").forEach(r -> codes.add(r.tekst()));
            }
            return new Inhoud.Retour(List.copyOf(codes));
        }

        private AangevraagdProduct aangevraagd(XmlElement p, String pad, String ingang, String einde) throws BerichtFout {
            XmlElement product = verplicht(p, "Product", pad);
            XmlElement verwijzer = p.kind("Verwijzer");
            return new AangevraagdProduct(tekst(p, "ReferentieAanbieder", pad, false),
                    code(product, "Categorie", pad + "/Product", "\\d{2}"),
                    optioneleCode(product, "Code", pad + "/Product", "[0-9A-Z]{5}"),
                    datum(p, ingang, pad, true, Plausibiliteit.Venster.GEPLAND_BEGIN), datum(p, einde, pad, false, Plausibiliteit.Venster.GEPLAND_EINDE),
                    verwijzer == null ? null : code(verwijzer, "Type", pad + "/Verwijzer", "\\d{2}"));
        }

        private Client client(XmlElement client) throws BerichtFout {
            String jeugdige = bsn(client);
            XmlElement gd = verplicht(client, "Geboortedatum", "Client");
            return new Client(jeugdige, datum(gd, "Datum", "Client/Geboortedatum", true, Plausibiliteit.Venster.GEBOORTE),
                    code(client, "Geslacht", "Client", "[012]"),
                    optioneleCode(client, "JuridischeStatus", "Client", "\\d{2}"));
        }

        private String bsn(XmlElement client) throws BerichtFout {
            return bsnIn(client, "Client");
        }

        private String bsnIn(XmlElement client, String pad) throws BerichtFout {
            String bsn = tekst(client, "Bsn", pad, true);
            if (opgeslagen) {
                if (!Pseudonimiseerder.isPseudoniem(bsn)) {
                    throw new BerichtFout("element " + pad + "/Bsn bevat geen pseudoniem");
                }
                return bsn;
            }
            if (!Pseudonimiseerder.isGeldigBsn(bsn)) {
                throw new BerichtFout("element " + pad + "/Bsn ongeldig: geen 9 cijfers of voldoet niet aan de elfproef");
            }
            return pseudonimiseerder.pseudoniem(bsn);
        }
    }

    private static List<XmlElement> lijst(XmlElement ouder, String lijst, String item, String pad) throws BerichtFout {
        XmlElement l = verplicht(ouder, lijst, pad);
        List<XmlElement> items = l.kinderen(item);
        if (items.isEmpty()) {
            throw new BerichtFout("element " + pad + "/" + lijst + "/" + item + " ontbreekt");
        }
        return items;
    }

    private static XmlElement verplicht(XmlElement ouder, String naam, String pad) throws BerichtFout {
        XmlElement kind = ouder.kind(naam);
        if (kind == null) {
            throw new BerichtFout("element " + (pad.isEmpty() ? "" : pad + "/") + naam + " ontbreekt");
        }
        return kind;
    }

    /** The longest values the schemas allow for the free-text elements Jeugdregie keeps. */
    private static final Map<String, Integer> MAXIMALE_LENGTE = Map.of("Identificatie", 12, "DeclaratieNummer", 12,
            "ReferentieAanbieder", 36);

    private static String tekst(XmlElement ouder, String naam, String pad, boolean verplicht) throws BerichtFout {
        XmlElement kind = ouder.kind(naam);
        if (kind == null || kind.tekst().isEmpty()) {
            if (verplicht) {
                throw new BerichtFout("element " + pad + "/" + naam + (kind == null ? " ontbreekt" : " is leeg"));
            }
            return null;
        }
        Integer maximum = MAXIMALE_LENGTE.get(naam);
        if (maximum != null && kind.tekst().length() > maximum) {
            throw new BerichtFout("element " + pad + "/" + naam + " is " + kind.tekst().length()
                    + " tekens lang; het schema staat er ten hoogste " + maximum + " toe");
        }
        return kind.tekst();
    }

    private static String code(XmlElement ouder, String naam, String pad, String patroon) throws BerichtFout {
        String waarde = tekst(ouder, naam, pad, true);
        return controleer(waarde, naam, pad, patroon);
    }

    private static String optioneleCode(XmlElement ouder, String naam, String pad, String patroon) throws BerichtFout {
        String waarde = tekst(ouder, naam, pad, false);
        return waarde == null ? null : controleer(waarde, naam, pad, patroon);
    }

    /** Made once per pattern: {@link String#matches} would compile the pattern again for every value. */
    private static final Map<String, Predicate<String>> PATRONEN = new ConcurrentHashMap<>();

    private static String controleer(String waarde, String naam, String pad, String patroon) throws BerichtFout {
        if (!PATRONEN.computeIfAbsent(patroon, IjwParser::vorm).test(waarde)) {
            throw new BerichtFout("element " + pad + "/" + naam + " ongeldig: '" + kort(waarde) + "'");
        }
        return waarde;
    }

    private static final Pattern TEKENS_EN_LENGTE = Pattern.compile("(\\\\d|\\[([0-9A-Z-]+)\\])(?:\\{(\\d+)(?:,(\\d+))?\\})?");

    /**
     * The codes' patterns are nearly all one class of characters with a length ({@code \d{1,9}},
     * {@code [0-9A-Z]{5}}, {@code [DC]}): those are checked character by character, millions of
     * times per region without a matcher each; any other pattern by its regular expression.
     */
    static Predicate<String> vorm(String patroon) {
        java.util.regex.Matcher m = TEKENS_EN_LENGTE.matcher(patroon);
        if (!m.matches()) {
            Pattern regex = Pattern.compile(patroon);
            return waarde -> regex.matcher(waarde).matches();
        }
        boolean[] toegestaan = new boolean[128];
        String klasse = m.group(2) == null ? "0-9" : m.group(2);
        for (int i = 0; i < klasse.length(); i++) {
            if (i + 2 < klasse.length() && klasse.charAt(i + 1) == '-') {
                for (char c = klasse.charAt(i); c <= klasse.charAt(i + 2); c++) {
                    toegestaan[c] = true;
                }
                i += 2;
            } else {
                toegestaan[klasse.charAt(i)] = true;
            }
        }
        int min = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
        int max = m.group(4) != null ? Integer.parseInt(m.group(4)) : min;
        return waarde -> {
            if (waarde.length() < min || waarde.length() > max) {
                return false;
            }
            for (int i = 0; i < waarde.length(); i++) {
                char c = waarde.charAt(i);
                if (c >= 128 || !toegestaan[c]) {
                    return false;
                }
            }
            return true;
        };
    }

    private static long getal(XmlElement ouder, String naam, String pad) throws BerichtFout {
        String waarde = tekst(ouder, naam, pad, true);
        try {
            return Long.parseLong(waarde);
        } catch (NumberFormatException e) {
            throw new BerichtFout("element " + pad + "/" + naam + " ongeldig: '" + kort(waarde) + "' is geen geheel getal");
        }
    }

    private static LocalDate datum(XmlElement ouder, String naam, String pad, boolean verplicht) throws BerichtFout {
        String waarde = tekst(ouder, naam, pad, verplicht);
        return waarde == null ? null : parseDatum(waarde, pad, naam);
    }

    /** The element's path is put together only for the message of a date that fails. */
    private static LocalDate parseDatum(String waarde, String pad, String naam) throws BerichtFout {
        if (!heeftDatumVorm(waarde)) {
            throw new BerichtFout("element " + pad(pad, naam) + " ongeldig: '" + kort(waarde) + "' is geen datum (JJJJ-MM-DD)");
        }
        try {
            return Datums.van(cijfers(waarde, 0, 4), cijfers(waarde, 5, 7), cijfers(waarde, 8, 10));
        } catch (DateTimeException e) {
            throw new BerichtFout("onmogelijke datum " + waarde + " in element " + pad(pad, naam));
        }
    }

    private static String pad(String pad, String naam) {
        return naam == null ? pad : pad + "/" + naam;
    }


    private static boolean isDatum(String waarde) {
        if (!heeftDatumVorm(waarde)) {
            return false;
        }
        int maand = cijfers(waarde, 5, 7);
        int dag = cijfers(waarde, 8, 10);
        return maand >= 1 && maand <= 12 && dag >= 1 && dag <= YearMonth.of(cijfers(waarde, 0, 4), maand).lengthOfMonth();
    }

    /** JJJJ-MM-DD: four, two and two digits between dashes. */
    private static boolean heeftDatumVorm(String waarde) {
        if (waarde.length() != 10 || waarde.charAt(4) != '-' || waarde.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            char c = waarde.charAt(i);
            if (i != 4 && i != 7 && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    private static int cijfers(String waarde, int van, int tot) {
        int getal = 0;
        for (int i = van; i < tot; i++) {
            getal = getal * 10 + (waarde.charAt(i) - '0');
        }
        return getal;
    }

    private static LocalTime tijd(XmlElement ouder, String pad) throws BerichtFout {
        String waarde = tekst(ouder, "Toewijzingstijd", pad, true);
        try {
            return LocalTime.parse(waarde);
        } catch (DateTimeParseException e) {
            throw new BerichtFout("element " + pad + "/Toewijzingstijd ongeldig: '" + kort(waarde) + "' is geen tijd (UU:MM:SS)");
        }
    }

    private static String kort(String waarde) {
        return waarde.length() > 40 ? waarde.substring(0, 40) + "…" : waarde;
    }
}
