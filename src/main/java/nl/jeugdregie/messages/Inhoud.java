package nl.jeugdregie.messages;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** The body of an accepted message, one record type per message type. */
public sealed interface Inhoud {

    /** The youth, known only by the pseudonym of the BSN. */
    record Client(String jeugdige, LocalDate geboortedatum, String geslacht, String juridischeStatus) {
    }

    /** JW301. */
    record Toewijzing(Client client, List<ToegewezenProduct> producten) implements Inhoud {
    }

    record ToegewezenProduct(String toewijzingNummer, String referentieAanbieder, String categorie, String code,
                             LocalDate toewijzingsdatum, LocalTime toewijzingstijd, LocalDate ingangsdatum,
                             LocalDate einddatum, String redenWijziging, Long volume, String eenheid,
                             String frequentie) {
    }

    /** JW305 (start) and JW307 (stop). */
    record ZorgMelding(Client client, boolean start, List<ZorgRegel> regels) implements Inhoud {
    }

    record ZorgRegel(String toewijzingNummer, String categorie, String code, LocalDate toewijzingIngangsdatum,
                     LocalDate begindatum, LocalDate einddatum, String redenBeeindiging, String statusAanlevering) {
    }

    /** JW315. */
    record VerzoekOmToewijzing(Client client, List<AangevraagdProduct> producten) implements Inhoud {
    }

    record AangevraagdProduct(String referentieAanbieder, String categorie, String code,
                              LocalDate toewijzingIngangsdatum, LocalDate toewijzingEinddatum, String verwijzerType) {
    }

    /** JW317. */
    record VerzoekOmWijziging(String jeugdige, String referentieAanbieder, String redenVerzoek,
                              List<String> ongewijzigdeToewijzingen, List<AangevraagdProduct> nieuweProducten)
            implements Inhoud {
    }

    /** JW319. */
    record Antwoord(String referentieAanbieder, String verzoekAntwoord, String redenAfwijzing) implements Inhoud {
    }

    /** JW323. Amounts in euro cents, credit lines negative. */
    record Declaratie(String declaratieNummer, LocalDate periodeBegin, LocalDate periodeEinde,
                      List<Prestatie> prestaties) implements Inhoud {
    }

    record Prestatie(String jeugdige, String toewijzingNummer, String categorie, String code, LocalDate begindatum,
                     LocalDate einddatum, long geleverdVolume, String eenheid, long tarief, long bedrag) {
    }

    /** Retour messages (JW302, JW306, …): stored, not interpreted. */
    record Retour(List<String> retourcodes) implements Inhoud {
    }
}
