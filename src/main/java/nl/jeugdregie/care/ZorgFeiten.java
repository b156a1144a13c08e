package nl.jeugdregie.care;

import java.util.function.Consumer;

/** Maintenance of the derived care facts: clear them before a replay, recompute trajectories after. */
public interface ZorgFeiten {

    void wis();

    /** Recomputes every youth's trajectories from the stored facts; reports youths done. */
    long herberekenTrajecten(Consumer<Long> voortgang);
}
