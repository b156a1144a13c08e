package nl.jeugdregie.messages;

import java.util.Optional;

/**
 * The region's pseudonym of a BSN someone types in (a placement request), made with the same key
 * as the intake's, so the youth's later messages and trajectories link up. The BSN itself is
 * never returned, stored or logged.
 */
public interface Pseudoniemen {

    /** Empty when the text is not a valid BSN (nine digits passing the "elfproef"). */
    Optional<String> van(String bsn);
}
