package nl.jeugdregie.messages;

/** Published after an intake run (a source, or one message over the API) has been written whole. */
public record IntakeAfgerond(IntakeTelling telling) {
}
