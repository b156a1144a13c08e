package nl.jeugdregie.placement;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Placement coordination: requests for a place, the route-map gates before a search, reservations
 * that hold places atomically, the providers' answers and the outcome.
 */
public interface Plaatsingen {

    /** Days a reservation holds its places unless the region sets another number. */
    int RESERVERING_DAGEN = 3;

    /**
     * A new request as a municipal access worker or GI enters it. The BSN becomes the region's
     * pseudonym at once and is not kept.
     *
     * @param zorgvormen acceptable care forms, most preferred first
     * @param urgentie   crisis (today), twee-weken, or gepland (with {@code gewenstPer})
     * @param broersZussen youths to place together, this one included (1 = alone)
     */
    record NieuwVerzoek(String bsn, String initialen, LocalDate geboortedatum, String geslacht, String gemeente, String postcode,
                        String schoolPostcode, List<String> zorgvormen, String doelgroep, String urgentie, LocalDate gewenstPer,
                        int broersZussen, String toelichting, String poortAmbulant, String poortAnalyse, String poortSchool) {
    }

    /** Refused input; {@code fouten} maps fields to message keys. */
    final class Ongeldig extends RuntimeException {
        private final transient Map<String, String> fouten;

        public Ongeldig(Map<String, String> fouten) {
            super("ongeldig: " + fouten);
            this.fouten = Collections.unmodifiableMap(new LinkedHashMap<>(fouten));
        }

        public Map<String, String> fouten() {
            return fouten;
        }
    }

    long dienIn(NieuwVerzoek verzoek, String door, String organisatie, LocalDateTime op);

    /** Answers the route-map gates; a blank answer leaves that gate open. */
    void beantwoordPoorten(long verzoek, String ambulant, String analyse, String school, String door);

    /** A regisseur opens the search without all gates answered, for a recorded reason. */
    void overschrijfPoorten(long verzoek, String reden, String door);

    /**
     * Holds the places the request needs at a location for {@value #RESERVERING_DAGEN} days (or the
     * region's number).
     *
     * @return the reservation's id
     * @throws Ongeldig with {@code locatie → plaatsing.fout.nietBeschikbaar} when the places are no longer free
     */
    long reserveer(long verzoek, String locatie, String door, LocalDateTime op);

    void accepteer(long reservering, String door, LocalDateTime op);

    /** @param reden geen-capaciteit, doelgroep, groepssamenstelling, veiligheid or anders (then with text) */
    void wijsAf(long reservering, String reden, String toelichting, String door, LocalDateTime op);

    /** The youth was placed at the reserved location on {@code per}. */
    void plaats(long verzoek, LocalDate per, String door, LocalDateTime op);

    void trekIn(long verzoek, String reden, String door, LocalDateTime op);

    void escaleer(long verzoek, String reden, String door, LocalDateTime op);

    /** Reservations at a provider's locations still waiting for its answer. */
    int onbeantwoordVoor(String aanbieder);

    /** Releases every reservation whose term has passed; returns how many. */
    int laatVerlopen(LocalDateTime nu);

    /** Every placed request: from request to placement, for aggregate figures; never shown one by one. */
    List<Doorlooptijd> doorlooptijden();

    /** The placed requests of some youths, for updating aggregate figures. */
    List<Doorlooptijd> doorlooptijdenVan(java.util.Collection<String> jeugdigen);

    /**
     * @param gemeente    the municipality that asked
     * @param aanbieder   the provider of the location the youth was placed at
     * @param productcode the location's product, for its care form
     */
    record Doorlooptijd(String jeugdige, String gemeente, String aanbieder, String productcode, LocalDate aangevraagd,
                        LocalDate geplaatst) {
    }
}
