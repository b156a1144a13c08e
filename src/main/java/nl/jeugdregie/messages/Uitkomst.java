package nl.jeugdregie.messages;

/** What the intake did with one message. */
public record Uitkomst(String bron, Status status, String reden, Long berichtId) {

    public enum Status {
        GEACCEPTEERD("geaccepteerd"), DUBBEL("dubbel"), AFGEWEZEN("afgewezen");

        private final String code;

        Status(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }
}
