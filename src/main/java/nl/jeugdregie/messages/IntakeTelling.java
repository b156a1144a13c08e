package nl.jeugdregie.messages;

/** Counts of an intake run or of the whole message store. */
public record IntakeTelling(long accepted, long duplicate, long rejected) {

    public static final IntakeTelling NUL = new IntakeTelling(0, 0, 0);

    public long totaal() {
        return accepted + duplicate + rejected;
    }

    public IntakeTelling plus(IntakeTelling ander) {
        return new IntakeTelling(accepted + ander.accepted, duplicate + ander.duplicate, rejected + ander.rejected);
    }

    public String alsJson() {
        return "{\"accepted\":" + accepted + ",\"duplicate\":" + duplicate + ",\"rejected\":" + rejected + "}";
    }
}
