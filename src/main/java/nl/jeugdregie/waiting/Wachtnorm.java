package nl.jeugdregie.waiting;

import java.time.LocalDateTime;

/**
 * The waiting-time norm of a segment, versioned: the newest counts.
 *
 * @param beslisWerkdagen the municipality's part: request to assignment, in working days
 * @param startDagen      the provider's part: assignment to start, in calendar days
 * @param bron            where the norm comes from, shown beside it
 */
public record Wachtnorm(long id, String segment, int beslisWerkdagen, int startDagen, String bron, String vastgesteldDoor,
                        LocalDateTime vastgesteldOp) {
}
