package nl.jeugdregie.indicators.internal;

import java.util.Optional;
import nl.jeugdregie.access.Gebruiker;
import nl.jeugdregie.access.Organisatie;
import nl.jeugdregie.region.Regio;

/**
 * What the signed-in user's organisation means for the monitor: a municipality's users start on
 * their own municipality, a provider's users on their own figures — and a provider sees no other
 * provider's figures, which are competition-sensitive; the region and the municipalities are
 * open to all.
 *
 * @param eigenGemeente  CBS code of the user's municipality, or null
 * @param eigenAanbieder AGB code of the user's provider, or null
 */
record Zicht(String eigenGemeente, String eigenAanbieder) {

    static final Zicht ALLES = new Zicht(null, null);

    static Zicht van(Optional<Gebruiker> gebruiker, Regio regio) {
        return gebruiker.map(Gebruiker::organisatie).map(o -> {
            if (o.soort() == Organisatie.Soort.GEMEENTE && regio.gemeente(o.code()).isPresent()) {
                return new Zicht(o.code(), null);
            }
            if (o.soort() == Organisatie.Soort.AANBIEDER) {
                return new Zicht(null, o.code());
            }
            return ALLES;
        }).orElse(ALLES);
    }

    boolean magAanbieder(String agb) {
        return eigenAanbieder == null || eigenAanbieder.equals(agb);
    }
}
