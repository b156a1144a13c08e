package nl.jeugdregie.waiting;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The waiting-time monitor's read side for other modules. */
public interface Wachttijden {

    /** "Now" for the waiting figures: the newest assignment's message date. */
    Optional<LocalDate> peildatum();

    /**
     * The waiting signals of an area on the reference date: assignments without a start after the
     * set number of days, requests undecided after 5 working days, waits beyond the norm.
     *
     * @param gemeente CBS code, or null for the region
     */
    Optional<WachtSignalen> signalen(String gemeente);

    record WachtSignalen(int zonderStartDagen, long zonderStart, long onbeantwoord, long bovenNorm, long verweesd) {
    }

    /** The norms in force, one per segment. */
    List<Wachtnorm> normen();

    /** Every youth's waits, by youth, for aggregate figures; never shown one by one. */
    java.util.Map<String, List<Wacht>> elkeWacht();

    /** Some youths' waits as they stand now, for updating aggregate figures; never shown one by one. */
    java.util.Map<String, List<Wacht>> wachtenVan(java.util.Collection<String> jeugdigen);
}
