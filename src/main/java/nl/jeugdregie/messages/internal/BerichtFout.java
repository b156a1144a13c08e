package nl.jeugdregie.messages.internal;

/** A message that cannot be accepted; the message says precisely why, in Dutch. */
final class BerichtFout extends Exception {

    private final transient IjwParser.Kop kop;

    BerichtFout(String reden) {
        this(reden, null);
    }

    BerichtFout(String reden, IjwParser.Kop kop) {
        super(reden, null, false, false);
        this.kop = kop;
    }

    /** The header, when it could be read before the message failed. */
    IjwParser.Kop kop() {
        return kop;
    }
}
