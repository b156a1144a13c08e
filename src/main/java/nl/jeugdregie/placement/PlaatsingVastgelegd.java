package nl.jeugdregie.placement;

/** A youth was placed: figures counting the time from request to placement take it in. Published in the placement's transaction. */
public record PlaatsingVastgelegd(String jeugdige) {
}
