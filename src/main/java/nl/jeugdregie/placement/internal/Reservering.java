package nl.jeugdregie.placement.internal;

import java.time.LocalDateTime;

/** Places held at one location for one request, and the provider's answer. */
record Reservering(long id, long verzoek, String locatie, int aantal, Status status, LocalDateTime geldigTot, String door,
                   LocalDateTime op, String antwoordDoor, LocalDateTime antwoordOp, String redenCode, String redenTekst) {

    enum Status {
        /** Places held, the provider has not answered. */
        ACTIEF,
        /** The provider accepts; the places stay held until the placement. */
        GEACCEPTEERD,
        AFGEWEZEN,
        VERLOPEN,
        /** The request was withdrawn while the places were held. */
        VERVALLEN,
        GEPLAATST;

        public boolean houdtVast() {
            return this == ACTIEF || this == GEACCEPTEERD;
        }
    }

    /** The coded reasons a provider can decline with; "anders" needs a text. */
    static final java.util.List<String> REDENEN = java.util.List.of("geen-capaciteit", "doelgroep", "groepssamenstelling",
            "veiligheid", "anders");
}
