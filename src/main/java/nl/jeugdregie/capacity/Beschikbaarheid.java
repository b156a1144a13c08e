package nl.jeugdregie.capacity;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import nl.jeugdregie.region.Voorziening;

/**
 * The places of one location as they stand now.
 *
 * @param gereserveerd  places held for placement requests
 * @param uitstroom     the planned discharges of the latest report
 * @param bevestigdOp   when the provider last reported or confirmed; null when it never did
 * @param verouderd     not confirmed for more than {@link Plaatsen#VEROUDERD_NA_DAGEN} days
 */
public record Beschikbaarheid(Voorziening locatie, int capaciteit, int bezet, int geblokkeerd, String blokkadeReden,
                              int gereserveerd, List<Melding.Uitstroom> uitstroom, String bevestigdDoor,
                              LocalDateTime bevestigdOp, boolean verouderd) {

    /** Places that can be offered now: capacity less occupied, blocked and reserved. */
    public int vrij() {
        return Math.max(0, capaciteit - bezet - geblokkeerd - gereserveerd);
    }

    /** Free now plus the planned discharges up to and including {@code dag}. */
    public int vrijOp(LocalDate dag) {
        return vrij() + uitstroom.stream().filter(u -> !u.per().isAfter(dag)).mapToInt(Melding.Uitstroom::aantal).sum();
    }

    /** Occupancy: occupied places as a percentage of the places that can be used (capacity less blocked); null when none can. */
    public Double bezetting() {
        int bruikbaar = capaciteit - geblokkeerd;
        return bruikbaar <= 0 ? null : Math.round(bezet * 1000.0 / bruikbaar) / 10.0;
    }

    public Melding melding() {
        return new Melding(bezet, geblokkeerd, blokkadeReden, uitstroom);
    }
}
