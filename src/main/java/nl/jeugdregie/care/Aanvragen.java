package nl.jeugdregie.care;

import java.time.LocalDate;
import java.util.List;

/**
 * One youth's route to care, as far as waiting goes: requests for an assignment (JW315), the
 * assignments as they stand now — including removed ones — and the first care start of each.
 */
public record Aanvragen(String jeugdige, List<Verzoek> verzoeken, List<Toewijzing> toewijzingen, List<Start> starts) {

    /** A provider's request for an assignment after a referral; {@code dagtekening} is the request date. */
    public record Verzoek(String gemeente, String aanbieder, String referentie, String productcategorie, String productcode,
                          LocalDate dagtekening) {
    }

    /** The latest version of an assignment; {@code redenWijziging} 13 means it was removed. */
    public record Toewijzing(String gemeente, String aanbieder, String nummer, String referentie, String productcategorie,
                             String productcode, LocalDate toewijzingsdatum, LocalDate ingang, LocalDate einde,
                             String redenWijziging) {
    }

    /** The first reported start of care on an assignment. */
    public record Start(String gemeente, String aanbieder, String nummer, LocalDate begindatum) {
    }

    /** A municipality's answer to a request (JW319): WJ760 1 refused, 2 under investigation; reason WJ759. */
    public record Antwoord(String gemeente, String aanbieder, String referentie, String antwoord, String reden,
                           LocalDate dagtekening) {
    }
}
