package nl.jeugdregie.indicators.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.jeugdregie.indicators.Doorsnede;
import nl.jeugdregie.indicators.Indicator;
import nl.jeugdregie.indicators.Periode;
import nl.jeugdregie.indicators.Waarde;
import nl.jeugdregie.region.Regio;
import nl.jeugdregie.region.Segment;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * What a page or export shows: area or provider, segment or care form, and period kind — read
 * from the request, anything unknown falling back to the region, all care and months. Without an
 * area or provider the user's own comes first ({@link Zicht}); {@code gemeente=regio} asks for the
 * region explicitly.
 */
public record Keuze(String gemeente, String aanbieder, String segment, Periode periode) {

    /** @throws ResponseStatusException 403 when a provider's user asks for another provider's figures */
    static Keuze lees(Regio regio, Zicht zicht, String gemeente, String aanbieder, String segment, String periode,
                      Indicator indicator) {
        if (gemeente == null && aanbieder == null) {
            gemeente = zicht.eigenGemeente();
            aanbieder = zicht.eigenAanbieder();
        }
        String a = aanbieder != null && !aanbieder.isEmpty() && regio.aanbieder(aanbieder).isPresent() ? aanbieder : Waarde.ALLE;
        if (!a.equals(Waarde.ALLE) && !zicht.magAanbieder(a)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "cijfers van een andere aanbieder");
        }
        String g = a.equals(Waarde.ALLE) && gemeente != null && regio.gemeente(gemeente).isPresent() ? gemeente : Waarde.REGIO;
        String s = vastSegment(indicator);
        if (s == null) {
            s = segment != null && Doorsnede.geldigSegment(segment) ? segment : Waarde.ALLE;
        }
        return new Keuze(g, a, s, periode == null ? Periode.MAAND : Periode.vanCode(periode).orElse(Periode.MAAND));
    }

    /** Family-like stay only makes sense within stay. */
    static String vastSegment(Indicator indicator) {
        return indicator != null && indicator.code().equals("gezinsgericht") ? Segment.VERBLIJF.code() : null;
    }

    static String standaardSegment(Indicator indicator) {
        String vast = vastSegment(indicator);
        return vast == null ? Waarde.ALLE : vast;
    }

    public Doorsnede doorsnede() {
        return new Doorsnede(gemeente, aanbieder, segment);
    }

    public boolean perAanbieder() {
        return !aanbieder.equals(Waarde.ALLE);
    }

    /** Targets and notes belong to an area's monthly series. */
    public boolean metDoelenEnDuidingen() {
        return !perAanbieder();
    }

    String bestandsnaam(String indicator) {
        return indicator + "-" + (perAanbieder() ? aanbieder : gemeente) + "-" + segment + "-" + periode.code();
    }

    /** The request parameters that reproduce this choice, defaults left out. */
    Map<String, String> parameters() {
        Map<String, String> p = new LinkedHashMap<>();
        if (perAanbieder()) {
            p.put("aanbieder", aanbieder);
        } else {
            p.put("gemeente", gemeente);
        }
        p.put("segment", segment);
        if (periode != Periode.MAAND) {
            p.put("periode", periode.code());
        }
        return p;
    }

    String query() {
        StringBuilder q = new StringBuilder();
        parameters().forEach((k, v) -> q.append(q.isEmpty() ? "?" : "&").append(k).append('=').append(v));
        return q.toString();
    }
}
