package nl.jeugdregie.messages;

import java.util.Arrays;
import java.util.Optional;

/** The iJw 3.2 message types with their BerichtCode (COD002). Retour messages are stored, not interpreted. */
public enum BerichtType {
    JW301(436, false, "Toewijzing"),
    JW302(437, true, "Retour toewijzing"),
    JW305(438, false, "Start zorg"),
    JW306(439, true, "Retour start zorg"),
    JW307(440, false, "Stop zorg"),
    JW308(441, true, "Retour stop zorg"),
    JW315(446, false, "Verzoek om toewijzing"),
    JW316(447, true, "Retour verzoek om toewijzing"),
    JW317(486, false, "Verzoek om wijziging"),
    JW318(487, true, "Retour verzoek om wijziging"),
    JW319(488, false, "Antwoord op verzoek"),
    JW320(489, true, "Retour antwoordbericht"),
    JW323(490, false, "Declaratie"),
    JW325(491, true, "Declaratie-antwoord");

    private final int berichtCode;
    private final boolean retour;
    private final String omschrijving;

    BerichtType(int berichtCode, boolean retour, String omschrijving) {
        this.berichtCode = berichtCode;
        this.retour = retour;
        this.omschrijving = omschrijving;
    }

    public int berichtCode() {
        return berichtCode;
    }

    public boolean retour() {
        return retour;
    }

    public String omschrijving() {
        return omschrijving;
    }

    public String namespace() {
        return "http://www.istandaarden.nl/ijw/3_2/" + name().toLowerCase() + "/schema";
    }

    public static Optional<BerichtType> voorNamespace(String namespace) {
        return Arrays.stream(values()).filter(t -> t.namespace().equals(namespace)).findFirst();
    }
}
