package nl.jeugdregie.waiting.internal;

import java.util.Optional;
import java.util.function.Predicate;
import nl.jeugdregie.access.Gebruiker;
import nl.jeugdregie.access.Organisatie;
import nl.jeugdregie.region.Regio;
import nl.jeugdregie.region.Segment;
import nl.jeugdregie.waiting.Wacht;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Which waits a page, export or API call covers: the region or one municipality, all providers or
 * one, all segments or one. A municipality's users start on their own municipality; a provider's
 * users see only their own provider's lists.
 *
 * @param gemeente  CBS code, or null for the region
 * @param aanbieder AGB code, or null for all providers
 * @param segment   segment code, or null for all
 */
record WachtKeuze(String gemeente, String aanbieder, String segment) {

    /** @throws ResponseStatusException 403 when a provider's user asks for another provider's lists */
    static WachtKeuze lees(Regio regio, Optional<Gebruiker> gebruiker, String gemeente, String aanbieder, String segment) {
        Organisatie org = gebruiker.map(Gebruiker::organisatie).orElse(null);
        String eigenAanbieder = org != null && org.soort() == Organisatie.Soort.AANBIEDER ? org.code() : null;
        if (gemeente == null && aanbieder == null && org != null && org.soort() == Organisatie.Soort.GEMEENTE) {
            gemeente = org.code();
        }
        String a = aanbieder != null && regio.aanbieder(aanbieder).isPresent() ? aanbieder : eigenAanbieder;
        if (eigenAanbieder != null && !eigenAanbieder.equals(a)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "wachtlijsten van een andere aanbieder");
        }
        String g = gemeente != null && regio.gemeente(gemeente).isPresent() ? gemeente : null;
        String s = null;
        for (Segment seg : Segment.values()) {
            if (seg.code().equals(segment)) {
                s = segment;
            }
        }
        return new WachtKeuze(g, a, s);
    }

    Predicate<Wacht> filter() {
        return w -> (gemeente == null || gemeente.equals(w.gemeente())) && (aanbieder == null || aanbieder.equals(w.aanbieder()))
                && (segment == null || segment.equals(w.segment().code()));
    }

    String bestandsnaam() {
        return (gemeente == null ? "regio" : gemeente) + (aanbieder == null ? "" : "-" + aanbieder)
                + (segment == null ? "" : "-" + segment);
    }
}
