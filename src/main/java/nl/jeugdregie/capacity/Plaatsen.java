package nl.jeugdregie.capacity;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** The availability guide's read side and the atomic hold on places that placements use. */
public interface Plaatsen {

    /** A location's figures count as stale when its provider has not confirmed them for longer than this. */
    int VEROUDERD_NA_DAGEN = 7;

    /** Every location of the region, as it stands now. */
    List<Beschikbaarheid> alle();

    Optional<Beschikbaarheid> van(String locatie);

    /**
     * Stores a provider's report at {@code op} (now, or a past moment when history is loaded).
     *
     * @throws Geweigerd with the fields and reasons when the report is refused; nothing is stored then
     */
    Beschikbaarheid meld(String locatie, Melding melding, String door, LocalDateTime op);

    /** Confirms the current figures as they stand ("unchanged"); planned discharges already past are dropped. */
    Beschikbaarheid bevestig(String locatie, String door, LocalDateTime op);

    /**
     * Holds {@code aantal} places of a location inside the caller's transaction. Two callers can
     * never hold the same last place: the count is changed by one conditional update.
     *
     * @return false when fewer than {@code aantal} places are free
     */
    boolean houdVast(String locatie, int aantal);

    /** Gives held places back: the reservation expired, was declined or withdrawn. */
    void laatLos(String locatie, int aantal);

    /** Held places become occupied: the youths were placed. */
    void neemIn(String locatie, int aantal, String door);

    /** A refused report or unknown location; {@code fouten} maps fields to message keys. */
    final class Geweigerd extends RuntimeException {
        private final transient java.util.Map<String, String> fouten;

        public Geweigerd(java.util.Map<String, String> fouten) {
            super("melding geweigerd: " + fouten);
            this.fouten = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fouten));
        }

        public java.util.Map<String, String> fouten() {
            return fouten;
        }
    }
}
