package nl.jeugdregie.care;

/** Published after trajectories were recomputed, so figures derived from them can follow at once. */
public record TrajectenBijgewerkt(long jeugdigen) {
}
