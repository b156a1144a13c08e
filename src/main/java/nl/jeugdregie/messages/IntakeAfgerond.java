package nl.jeugdregie.messages;

/**
 * Published after an intake run (a source) has been written whole, or after one message posted
 * on its own was committed ({@code enkel}: published in the poster's thread, after the commit).
 */
public record IntakeAfgerond(IntakeTelling telling, boolean enkel) {

    public IntakeAfgerond(IntakeTelling telling) {
        this(telling, false);
    }
}
