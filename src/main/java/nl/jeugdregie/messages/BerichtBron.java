package nl.jeugdregie.messages;

/**
 * One raw message as it arrived: where it came from and its bytes. A source that could not be
 * read whole (too large) carries no bytes but the reason.
 *
 * @param afzender when the deliverer is known (an organisation's API key): the only sender the
 *                 message may name; null for files read by the region itself
 */
public record BerichtBron(String naam, byte[] inhoud, String leesfout, String afzender) {

    public static BerichtBron van(String naam, byte[] inhoud) {
        return new BerichtBron(naam, inhoud, null, null);
    }

    public static BerichtBron onleesbaar(String naam, String reden) {
        return new BerichtBron(naam, null, reden, null);
    }

    /** The same message, delivered by the organisation whose iJw code is {@code afzender}. */
    public BerichtBron geleverdDoor(String afzender) {
        return new BerichtBron(naam, inhoud, leesfout, afzender);
    }
}
