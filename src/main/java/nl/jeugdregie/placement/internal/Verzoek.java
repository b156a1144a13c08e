package nl.jeugdregie.placement.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A placement request as stored: the youth by pseudonym, what is needed by when, the route-map
 * gates and where it stands.
 *
 * @param gewenstPer the date the place is needed: today for crisis, two weeks on, or the planned date
 */
record Verzoek(long id, String jeugdige, String initialen, LocalDate geboortedatum, String geslacht, String gemeente,
               String postcode, String schoolPostcode, List<String> zorgvormen, String doelgroep, String urgentie,
               LocalDate gewenstPer, int broersZussen, String toelichting, Poorten poorten, Status status,
               String aangevraagdDoor, String organisatie, LocalDateTime aangevraagdOp, String geplaatstLocatie,
               LocalDate geplaatstPer, String afgeslotenReden, LocalDateTime afgeslotenOp, LocalDateTime geescaleerdOp,
               String geescaleerdReden) {

    enum Status { OPEN, GERESERVEERD, GEPLAATST, INGETROKKEN }

    /**
     * The three gates before a search for stay: an ambulant alternative tried or considered, an
     * explanatory analysis made, school continuity weighed — each answered with an explanation.
     */
    record Poorten(String ambulant, String analyse, String school, String overschrevenDoor, String overschrevenReden) {

        public boolean beantwoord() {
            return gevuld(ambulant) && gevuld(analyse) && gevuld(school);
        }

        public boolean overschreven() {
            return overschrevenDoor != null;
        }

        /** Whether the search may start. */
        public boolean open() {
            return beantwoord() || overschreven();
        }

        private static boolean gevuld(String s) {
            return s != null && !s.isBlank();
        }
    }

    public boolean lopend() {
        return status == Status.OPEN || status == Status.GERESERVEERD;
    }

    /** Days the request has been open, to {@code tot} or to its placement or withdrawal. */
    public long dagenOpen(LocalDate tot) {
        LocalDate eind = geplaatstPer != null ? geplaatstPer : afgeslotenOp != null ? afgeslotenOp.toLocalDate() : tot;
        return java.time.temporal.ChronoUnit.DAYS.between(aangevraagdOp.toLocalDate(), eind);
    }
}
