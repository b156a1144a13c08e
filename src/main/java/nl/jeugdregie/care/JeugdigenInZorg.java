package nl.jeugdregie.care;

/** Distinct youths with a trajectory that overlaps the year, per municipality and segment. */
public record JeugdigenInZorg(int jaar, String gemeente, String segment, long jeugdigen) {
}
