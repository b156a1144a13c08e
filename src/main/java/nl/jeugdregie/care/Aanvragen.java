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

    /**
     * The latest version of an assignment; {@code redenWijziging} 13 means it was removed.
     *
     * @param eersteToewijzingsdatum the first version's date: a correction, extension or shortening
     *                               is a new version with a date of its own (IV013), and must not
     *                               restart the wait
     */
    public record Toewijzing(String gemeente, String aanbieder, String nummer, String referentie, String productcategorie,
                             String productcode, LocalDate toewijzingsdatum, LocalDate ingang, LocalDate einde,
                             String redenWijziging, LocalDate eersteToewijzingsdatum) {

        /** An assignment of one version. */
        public Toewijzing(String gemeente, String aanbieder, String nummer, String referentie, String productcategorie,
                          String productcode, LocalDate toewijzingsdatum, LocalDate ingang, LocalDate einde,
                          String redenWijziging) {
            this(gemeente, aanbieder, nummer, referentie, productcategorie, productcode, toewijzingsdatum, ingang, einde,
                    redenWijziging, toewijzingsdatum);
        }

        /** This version, after {@code eerdere}: the first version's date stays. */
        public Toewijzing na(Toewijzing eerdere) {
            LocalDate eerste = eerdere.eersteToewijzingsdatum().isBefore(eersteToewijzingsdatum)
                    ? eerdere.eersteToewijzingsdatum() : eersteToewijzingsdatum;
            return new Toewijzing(gemeente, aanbieder, nummer, referentie, productcategorie, productcode, toewijzingsdatum, ingang,
                    einde, redenWijziging, eerste);
        }
    }

    /** The first reported start of care on an assignment, for one product (null when the start named none). */
    public record Start(String gemeente, String aanbieder, String nummer, LocalDate begindatum, String productcategorie,
                        String productcode) {

        public Start(String gemeente, String aanbieder, String nummer, LocalDate begindatum) {
            this(gemeente, aanbieder, nummer, begindatum, null, null);
        }
    }

    /** A municipality's answer to a request (JW319): WJ760 1 refused, 2 under investigation; reason WJ759. */
    public record Antwoord(String gemeente, String aanbieder, String referentie, String antwoord, String reden,
                           LocalDate dagtekening) {
    }
}
