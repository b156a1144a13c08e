package nl.jeugdregie.messages;

/**
 * One raw message as it arrived: where it came from and its bytes. A source that could not be
 * read whole (too large) carries no bytes but the reason.
 */
public record BerichtBron(String naam, byte[] inhoud, String leesfout) {

    public static BerichtBron van(String naam, byte[] inhoud) {
        return new BerichtBron(naam, inhoud, null);
    }

    public static BerichtBron onleesbaar(String naam, String reden) {
        return new BerichtBron(naam, null, reden);
    }
}
