package nl.jeugdregie.waiting;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The waiting-time monitor's read side for other modules. */
public interface Wachttijden {

    /** "Now" for the waiting figures: the newest assignment's message date. */
    Optional<LocalDate> peildatum();

    /** The norms in force, one per segment. */
    List<Wachtnorm> normen();
}
