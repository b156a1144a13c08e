package nl.jeugdregie.care;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Published after trajectories were recomputed, so figures derived from them can follow at once.
 *
 * @param wijziging what changed, when it is small enough to follow piece by piece; empty after a
 *                  large run or a rebuild, when everything should be derived again
 */
public record TrajectenBijgewerkt(long jeugdigen, Optional<Wijziging> wijziging) {

    /**
     * @param jeugdigen the youths whose trajectories were recomputed
     * @param uitgaven  invoice lines that arrived, one per line
     * @param leveringen delivery facts that arrived, one per fact
     */
    public record Wijziging(Set<String> jeugdigen, List<Uitgave> uitgaven, List<Levering> leveringen) {
    }

    public static TrajectenBijgewerkt alles(long jeugdigen) {
        return new TrajectenBijgewerkt(jeugdigen, Optional.empty());
    }
}
