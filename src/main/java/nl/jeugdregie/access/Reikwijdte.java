package nl.jeugdregie.access;

import java.util.Collection;
import java.util.Optional;

/**
 * Whose person-level data a user may see, and for which task. Region-wide for the coordination
 * point and the RET; a municipality only its own residents; a provider only youths in its own
 * care; analysts, the privacy officer and administrators none.
 */
public final class Reikwijdte {

    private Reikwijdte() {
    }

    /**
     * @param gemeenten  CBS codes of the municipalities responsible for the youth
     * @param aanbieders AGB codes of the providers caring for the youth
     * @return the task ("doel") under which the user may see the data, or empty when not allowed
     */
    public static Optional<String> doel(Gebruiker g, Collection<String> gemeenten, Collection<String> aanbieders) {
        if (g.heeft(Rol.REGISSEUR)) {
            return Optional.of("plaatsing");
        }
        if (g.heeft(Rol.RET)) {
            return Optional.of("RET");
        }
        String code = g.organisatie().code();
        if (g.heeft(Rol.GEMEENTE) && g.organisatie().soort() == Organisatie.Soort.GEMEENTE && gemeenten.contains(code)) {
            return Optional.of("toegang eigen inwoner");
        }
        if (g.heeft(Rol.AANBIEDER) && g.organisatie().soort() == Organisatie.Soort.AANBIEDER && aanbieders.contains(code)) {
            return Optional.of("zorgverlening eigen cliënt");
        }
        return Optional.empty();
    }
}
