package nl.jeugdregie.indicators.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.jeugdregie.indicators.Doorsnede;
import nl.jeugdregie.indicators.Indicator;
import nl.jeugdregie.indicators.Periode;
import nl.jeugdregie.indicators.Waarde;
import nl.jeugdregie.region.Regio;
import nl.jeugdregie.region.Segment;

/**
 * What a page or export shows: area or provider, segment or care form, and period kind — read
 * from the request, anything unknown falling back to the region, all care and months.
 */
public record Keuze(String gemeente, String aanbieder, String segment, Periode periode) {

    static Keuze lees(Regio regio, String gemeente, String aanbieder, String segment, String periode, Indicator indicator) {
        String a = aanbieder != null && regio.aanbieder(aanbieder).isPresent() ? aanbieder : Waarde.ALLE;
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
        if (!gemeente.equals(Waarde.REGIO)) {
            p.put("gemeente", gemeente);
        }
        if (perAanbieder()) {
            p.put("aanbieder", aanbieder);
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
