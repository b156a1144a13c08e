package nl.jeugdregie.care.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** The stored facts of one youth, as the trajectory builder needs them. */
record Feiten(String jeugdige, List<ToewijzingFeit> toewijzingen, List<MeldingFeit> meldingen,
              List<VerzoekFeit> verzoeken) {

    record ToewijzingFeit(long berichtId, String gemeente, String aanbieder, String nummer, String referentie,
                          String categorie, String code, LocalDate toewijzingsdatum, LocalTime toewijzingstijd,
                          LocalDate ingangsdatum, LocalDate einddatum, String redenWijziging,
                          LocalDate geboortedatum) {
    }

    record MeldingFeit(long berichtId, boolean start, String gemeente, String aanbieder, String nummer,
                       String categorie, String code, LocalDate begindatum, LocalDate einddatum, String reden,
                       String status, LocalDate dagtekening) {
    }

    record VerzoekFeit(String aanbieder, String referentie, String categorie, String code, String verwijzer,
                       LocalDate dagtekening) {
    }
}
