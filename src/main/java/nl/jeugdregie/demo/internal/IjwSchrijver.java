package nl.jeugdregie.demo.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * Writes iJw 3.2 messages as text, element order as in the schemas. Names and addresses are
 * fictional placeholders: the schema requires them, Jeugdregie drops them at the door.
 */
final class IjwSchrijver {

    private static final String IJW = "http://www.istandaarden.nl/ijw/3_2/basisschema/schema";

    record Client(String bsn, LocalDate geboortedatum, String geslacht, String postcode) {
    }

    record Toegewezen(long nummer, String referentie, String categorie, String code, LocalDate toewijzingsdatum,
                      LocalTime tijd, LocalDate ingang, LocalDate einde, String redenWijziging, int volume,
                      String eenheid, String frequentie) {
    }

    record Regel(long nummer, String categorie, String code, LocalDate toewijzingIngang, LocalDate begin,
                 LocalDate einde, String reden) {
    }

    record Prestatie(String bsn, String referentie, long nummer, String categorie, String code, LocalDate begin,
                     LocalDate einde, long volume, String eenheid, long tarief) {
    }

    private final StringBuilder xml = new StringBuilder(2048);
    private final String p;

    private IjwSchrijver(String type) {
        this.p = type.toLowerCase();
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<").append(p).append(":Bericht xmlns:ijw=\"")
                .append(IJW).append("\" xmlns:").append(p).append("=\"http://www.istandaarden.nl/ijw/3_2/")
                .append(p).append("/schema\">\n");
    }

    static String jw301(String afzender, String ontvanger, String id, LocalDate dag, Client c, List<Toegewezen> producten) {
        IjwSchrijver s = new IjwSchrijver("JW301").header(436, afzender, ontvanger, id, dag);
        s.open("Client").client(c, true);
        s.open("Contactgegevens").open("Contact").el("Soort", "01").open("Adres").ijw("Postcode", c.postcode())
                .ijw("LandCode", "NL").close("Adres").close("Contact").close("Contactgegevens");
        s.open("ToegewezenProducten");
        for (Toegewezen t : producten) {
            s.open("ToegewezenProduct").el("ToewijzingNummer", String.valueOf(t.nummer()));
            if (t.referentie() != null) {
                s.el("ReferentieAanbieder", t.referentie());
            }
            s.product(t.categorie(), t.code()).el("Toewijzingsdatum", t.toewijzingsdatum().toString())
                    .el("Toewijzingstijd", t.tijd().toString().length() == 5 ? t.tijd() + ":00" : t.tijd().toString())
                    .el("Ingangsdatum", t.ingang().toString());
            if (t.einde() != null) {
                s.el("Einddatum", t.einde().toString());
            }
            if (t.redenWijziging() != null) {
                s.el("RedenWijziging", t.redenWijziging());
            }
            s.omvang(t.volume(), t.eenheid(), t.frequentie()).close("ToegewezenProduct");
        }
        return s.close("ToegewezenProducten").close("Client").einde();
    }

    static String jw305(String afzender, String ontvanger, String id, LocalDate dag, Client c, List<Regel> regels) {
        IjwSchrijver s = new IjwSchrijver("JW305").header(438, afzender, ontvanger, id, dag);
        s.open("Client").client(c, false).open("StartProducten");
        for (Regel r : regels) {
            s.open("StartProduct").el("ToewijzingNummer", String.valueOf(r.nummer())).product(r.categorie(), r.code())
                    .el("ToewijzingIngangsdatum", r.toewijzingIngang().toString()).el("Begindatum", r.begin().toString())
                    .el("StatusAanlevering", "1").close("StartProduct");
        }
        return s.close("StartProducten").close("Client").einde();
    }

    static String jw307(String afzender, String ontvanger, String id, LocalDate dag, Client c, List<Regel> regels) {
        IjwSchrijver s = new IjwSchrijver("JW307").header(440, afzender, ontvanger, id, dag);
        s.open("Client").client(c, false).open("StopProducten");
        for (Regel r : regels) {
            s.open("StopProduct").el("ToewijzingNummer", String.valueOf(r.nummer())).product(r.categorie(), r.code())
                    .el("ToewijzingIngangsdatum", r.toewijzingIngang().toString()).el("Begindatum", r.begin().toString())
                    .el("RedenBeeindiging", r.reden()).el("Einddatum", r.einde().toString())
                    .el("StatusAanlevering", "1").close("StopProduct");
        }
        return s.close("StopProducten").close("Client").einde();
    }

    static String jw315(String afzender, String ontvanger, String id, LocalDate dag, Client c, String referentie,
                        String categorie, String code, LocalDate ingang, String verwijzer) {
        IjwSchrijver s = new IjwSchrijver("JW315").header(446, afzender, ontvanger, id, dag);
        s.open("Client").client(c, false).open("AangevraagdeProducten").open("AangevraagdProduct")
                .el("ReferentieAanbieder", referentie).product(categorie, code)
                .el("ToewijzingIngangsdatum", ingang.toString()).open("Verwijzer").ijw("Type", verwijzer)
                .close("Verwijzer").close("AangevraagdProduct").close("AangevraagdeProducten").close("Client");
        return s.einde();
    }

    static String jw319(String afzender, String ontvanger, String id, LocalDate dag, String referentie, String reden) {
        IjwSchrijver s = new IjwSchrijver("JW319").header(488, afzender, ontvanger, id, dag);
        return s.open("Antwoord").el("ReferentieAanbieder", referentie).el("VerzoekAntwoord", "1")
                .el("RedenAfwijzingVerzoek", reden).close("Antwoord").einde();
    }

    static String jw323(String afzender, String ontvanger, String id, LocalDate dag, String declaratieNummer,
                        LocalDate van, LocalDate tot, List<Prestatie> prestaties) {
        IjwSchrijver s = new IjwSchrijver("JW323").header(490, afzender, ontvanger, id, dag);
        long totaal = prestaties.stream().mapToLong(x -> x.volume() * x.tarief()).sum();
        s.open("Declaratie").el("DeclaratieNummer", declaratieNummer).open("DeclaratiePeriode")
                .ijw("Begindatum", van.toString()).ijw("Einddatum", tot.toString()).close("DeclaratiePeriode")
                .el("DeclaratieDagtekening", dag.toString()).open("TotaalIngediendBedrag")
                .ijw("TotaalBedrag", String.valueOf(totaal)).ijw("DebetCredit", "D").close("TotaalIngediendBedrag")
                .open("Clienten");
        String huidige = null;
        for (Prestatie x : prestaties) {
            if (!x.bsn().equals(huidige)) {
                if (huidige != null) {
                    s.close("Prestaties").close("Client");
                }
                s.open("Client").el("Bsn", x.bsn()).open("Prestaties");
                huidige = x.bsn();
            }
            s.open("Prestatie").open("ProductReferentie").ijw("ReferentieNummer", x.referentie())
                    .close("ProductReferentie").el("ToewijzingNummer", String.valueOf(x.nummer()))
                    .el("ProductCategorie", x.categorie()).el("ProductCode", x.code()).open("ProductPeriode")
                    .ijw("Begindatum", x.begin().toString()).ijw("Einddatum", x.einde().toString())
                    .close("ProductPeriode").el("GeleverdVolume", String.valueOf(x.volume()))
                    .el("Eenheid", x.eenheid()).el("ProductTarief", String.valueOf(x.tarief()))
                    .open("IngediendBedrag").ijw("Bedrag", String.valueOf(x.volume() * x.tarief()))
                    .ijw("DebetCredit", "D").close("IngediendBedrag").close("Prestatie");
        }
        if (huidige != null) {
            s.close("Prestaties").close("Client");
        }
        return s.close("Clienten").close("Declaratie").einde();
    }

    private IjwSchrijver header(int code, String afzender, String ontvanger, String id, LocalDate dag) {
        return open("Header").el("BerichtCode", String.valueOf(code)).el("BerichtVersie", "3")
                .el("BerichtSubversie", "2").el("Afzender", afzender).el("Ontvanger", ontvanger)
                .open("BerichtIdentificatie").ijw("Identificatie", id).ijw("Dagtekening", dag.toString())
                .close("BerichtIdentificatie").open("XsdVersie").ijw("BasisschemaXsdVersie", "1.0.0")
                .ijw("BerichtXsdVersie", "1.0.0").close("XsdVersie").close("Header");
    }

    private IjwSchrijver client(Client c, boolean volledigeNaam) {
        el("Bsn", c.bsn()).open("Geboortedatum").ijw("Datum", c.geboortedatum().toString()).close("Geboortedatum")
                .el("Geslacht", c.geslacht()).open("Naam").raw("<ijw:Geslachtsnaam><ijw:Achternaam>Demo</ijw:Achternaam></ijw:Geslachtsnaam>");
        if (volledigeNaam) {
            ijw("NaamGebruik", "1");
        }
        return close("Naam");
    }

    private IjwSchrijver product(String categorie, String code) {
        return open("Product").ijw("Categorie", categorie).ijw("Code", code).close("Product");
    }

    private IjwSchrijver omvang(int volume, String eenheid, String frequentie) {
        return open("Omvang").ijw("Volume", String.valueOf(volume)).ijw("Eenheid", eenheid)
                .ijw("Frequentie", frequentie).close("Omvang");
    }

    private IjwSchrijver open(String naam) {
        xml.append('<').append(p).append(':').append(naam).append('>');
        return this;
    }

    private IjwSchrijver close(String naam) {
        xml.append("</").append(p).append(':').append(naam).append(">\n");
        return this;
    }

    private IjwSchrijver el(String naam, String waarde) {
        xml.append('<').append(p).append(':').append(naam).append('>').append(waarde)
                .append("</").append(p).append(':').append(naam).append('>');
        return this;
    }

    private IjwSchrijver ijw(String naam, String waarde) {
        xml.append("<ijw:").append(naam).append('>').append(waarde).append("</ijw:").append(naam).append('>');
        return this;
    }

    private IjwSchrijver raw(String tekst) {
        xml.append(tekst);
        return this;
    }

    private String einde() {
        return xml.append("</").append(p).append(":Bericht>\n").toString();
    }
}
