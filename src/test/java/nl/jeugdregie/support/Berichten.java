package nl.jeugdregie.support;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import nl.jeugdregie.messages.BerichtBron;

/** Hand-built iJw 3.2 messages for tests with known outcomes (Twente municipality codes, fictional BSNs). */
public final class Berichten {

    private static final String IJW = "http://www.istandaarden.nl/ijw/3_2/basisschema/schema";
    private static int volgnummer = 1;

    private Berichten() {
    }

    public static BerichtBron toewijzing(String gemeente, String aanbieder, String bsn, long nummer, String code,
                                         LocalDate toewijzingsdatum, String tijd, LocalDate ingang, String referentie) {
        String ref = referentie == null ? "" : "<jw301:ReferentieAanbieder>" + referentie + "</jw301:ReferentieAanbieder>";
        return bron("JW301", 436, gemeente, aanbieder, toewijzingsdatum, client("jw301", bsn, true)
                + "<jw301:Contactgegevens><jw301:Contact><jw301:Soort>01</jw301:Soort></jw301:Contact></jw301:Contactgegevens>"
                + "<jw301:ToegewezenProducten><jw301:ToegewezenProduct><jw301:ToewijzingNummer>" + nummer
                + "</jw301:ToewijzingNummer>" + ref + product("jw301", code) + "<jw301:Toewijzingsdatum>" + toewijzingsdatum
                + "</jw301:Toewijzingsdatum><jw301:Toewijzingstijd>" + tijd + "</jw301:Toewijzingstijd><jw301:Ingangsdatum>"
                + ingang + "</jw301:Ingangsdatum></jw301:ToegewezenProduct></jw301:ToegewezenProducten></jw301:Client>");
    }

    /** A later version of an assignment that removes it (RedenWijziging 13, end date = start date). */
    public static BerichtBron verwijdering(String gemeente, String aanbieder, String bsn, long nummer, String code,
                                           LocalDate datum, String tijd, LocalDate ingang) {
        return bron("JW301", 436, gemeente, aanbieder, datum, client("jw301", bsn, true)
                + "<jw301:Contactgegevens><jw301:Contact><jw301:Soort>01</jw301:Soort></jw301:Contact></jw301:Contactgegevens>"
                + "<jw301:ToegewezenProducten><jw301:ToegewezenProduct><jw301:ToewijzingNummer>" + nummer
                + "</jw301:ToewijzingNummer>" + product("jw301", code) + "<jw301:Toewijzingsdatum>" + datum
                + "</jw301:Toewijzingsdatum><jw301:Toewijzingstijd>" + tijd + "</jw301:Toewijzingstijd><jw301:Ingangsdatum>"
                + ingang + "</jw301:Ingangsdatum><jw301:Einddatum>" + ingang + "</jw301:Einddatum><jw301:RedenWijziging>13"
                + "</jw301:RedenWijziging></jw301:ToegewezenProduct></jw301:ToegewezenProducten></jw301:Client>");
    }

    public static BerichtBron start(String gemeente, String aanbieder, String bsn, long nummer, String code,
                                    LocalDate ingang, LocalDate begin, LocalDate dagtekening) {
        return bron("JW305", 438, aanbieder, gemeente, dagtekening, client("jw305", bsn, false)
                + "<jw305:StartProducten><jw305:StartProduct><jw305:ToewijzingNummer>" + nummer + "</jw305:ToewijzingNummer>"
                + product("jw305", code) + "<jw305:ToewijzingIngangsdatum>" + ingang + "</jw305:ToewijzingIngangsdatum>"
                + "<jw305:Begindatum>" + begin + "</jw305:Begindatum><jw305:StatusAanlevering>1</jw305:StatusAanlevering>"
                + "</jw305:StartProduct></jw305:StartProducten></jw305:Client>");
    }

    public static BerichtBron stop(String gemeente, String aanbieder, String bsn, long nummer, String code,
                                   LocalDate ingang, LocalDate begin, LocalDate einde, LocalDate dagtekening) {
        return bron("JW307", 440, aanbieder, gemeente, dagtekening, client("jw307", bsn, false)
                + "<jw307:StopProducten><jw307:StopProduct><jw307:ToewijzingNummer>" + nummer + "</jw307:ToewijzingNummer>"
                + product("jw307", code) + "<jw307:ToewijzingIngangsdatum>" + ingang + "</jw307:ToewijzingIngangsdatum>"
                + "<jw307:Begindatum>" + begin + "</jw307:Begindatum><jw307:RedenBeeindiging>31</jw307:RedenBeeindiging>"
                + "<jw307:Einddatum>" + einde + "</jw307:Einddatum><jw307:StatusAanlevering>1</jw307:StatusAanlevering>"
                + "</jw307:StopProduct></jw307:StopProducten></jw307:Client>");
    }

    public static BerichtBron verzoek(String gemeente, String aanbieder, String bsn, String referentie, String code,
                                      LocalDate ingang, String verwijzer, LocalDate dagtekening) {
        return bron("JW315", 446, aanbieder, gemeente, dagtekening, client("jw315", bsn, false)
                + "<jw315:AangevraagdeProducten><jw315:AangevraagdProduct><jw315:ReferentieAanbieder>" + referentie
                + "</jw315:ReferentieAanbieder>" + product("jw315", code) + "<jw315:ToewijzingIngangsdatum>" + ingang
                + "</jw315:ToewijzingIngangsdatum><jw315:Verwijzer><ijw:Type>" + verwijzer + "</ijw:Type></jw315:Verwijzer>"
                + "</jw315:AangevraagdProduct></jw315:AangevraagdeProducten></jw315:Client>");
    }

    public static BerichtBron afwijzing(String gemeente, String aanbieder, String referentie, String reden, LocalDate dagtekening) {
        return bron("JW319", 488, gemeente, aanbieder, dagtekening, "<jw319:Antwoord><jw319:ReferentieAanbieder>" + referentie
                + "</jw319:ReferentieAanbieder><jw319:VerzoekAntwoord>1</jw319:VerzoekAntwoord><jw319:RedenAfwijzingVerzoek>"
                + reden + "</jw319:RedenAfwijzingVerzoek></jw319:Antwoord>");
    }

    private static BerichtBron bron(String type, int code, String afzender, String ontvanger, LocalDate dag, String inhoud) {
        String p = type.toLowerCase();
        String id = "T" + (volgnummer++);
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><" + p + ":Bericht xmlns:ijw=\"" + IJW + "\" xmlns:" + p
                + "=\"http://www.istandaarden.nl/ijw/3_2/" + p + "/schema\"><" + p + ":Header><" + p + ":BerichtCode>" + code
                + "</" + p + ":BerichtCode><" + p + ":BerichtVersie>3</" + p + ":BerichtVersie><" + p
                + ":BerichtSubversie>2</" + p + ":BerichtSubversie><" + p + ":Afzender>" + afzender + "</" + p
                + ":Afzender><" + p + ":Ontvanger>" + ontvanger + "</" + p + ":Ontvanger><" + p
                + ":BerichtIdentificatie><ijw:Identificatie>" + id + "</ijw:Identificatie><ijw:Dagtekening>" + dag
                + "</ijw:Dagtekening></" + p + ":BerichtIdentificatie><" + p + ":XsdVersie><ijw:BasisschemaXsdVersie>1.0.0"
                + "</ijw:BasisschemaXsdVersie><ijw:BerichtXsdVersie>1.0.0</ijw:BerichtXsdVersie></" + p + ":XsdVersie></"
                + p + ":Header>" + inhoud + "</" + p + ":Bericht>";
        return BerichtBron.van(type + "-" + id, xml.getBytes(StandardCharsets.UTF_8));
    }

    private static String client(String p, String bsn, boolean volledig) {
        return "<" + p + ":Client><" + p + ":Bsn>" + bsn + "</" + p + ":Bsn><" + p + ":Geboortedatum><ijw:Datum>2011-03-04"
                + "</ijw:Datum></" + p + ":Geboortedatum><" + p + ":Geslacht>2</" + p + ":Geslacht><" + p + ":Naam>"
                + "<ijw:Geslachtsnaam><ijw:Achternaam>Proef</ijw:Achternaam></ijw:Geslachtsnaam>"
                + (volledig ? "<ijw:NaamGebruik>1</ijw:NaamGebruik>" : "") + "</" + p + ":Naam>";
    }

    private static String product(String p, String code) {
        return "<" + p + ":Product><ijw:Categorie>" + code.substring(0, 2) + "</ijw:Categorie><ijw:Code>" + code
                + "</ijw:Code></" + p + ":Product>";
    }
}
