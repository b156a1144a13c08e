package nl.jeugdregie.placement.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.jeugdregie.capacity.Beschikbaarheid;
import nl.jeugdregie.region.Voorziening;

/**
 * Which locations can take a placement request and in what order. First the hard constraints —
 * care form acceptable, target group, age, gender, enough places free by the needed date for the
 * youth and the siblings placed together — then points for family-like care, the request's own
 * order of preference, distance from home and school, the same municipality, continuity with a
 * current provider and the location's breakdown rate. Every candidate carries the points that put
 * it where it is. Pure.
 */
final class Matching {

    /** Points per rule; the explanation shows each. */
    static final int GEZINSGERICHT = 100;
    static final int PER_VOORKEUR = 10;
    static final double PER_KM_THUIS = 1.0;
    static final double PER_KM_SCHOOL = 0.5;
    static final int ZELFDE_GEMEENTE = 15;
    static final int HUIDIGE_AANBIEDER = 20;
    static final double PER_PROCENT_UITVAL = 0.5;
    private static final java.util.Locale NL = java.util.Locale.forLanguageTag("nl");
    /** Partial matches shown when nothing fits. */
    static final int GEDEELTELIJK = 5;

    /** What the matching needs to know of a request. */
    record Vraag(List<String> zorgvormen, String doelgroep, LocalDate geboortedatum, String geslacht, int aantal,
                 LocalDate nodigPer, String gemeente, double[] thuis, double[] school, Set<String> huidigeAanbieders) {

        int leeftijd() {
            return Period.between(geboortedatum, nodigPer).getYears();
        }
    }

    /** One reason in a candidate's explanation: the rule and the points it gave. */
    record Reden(String regel, String uitleg, double punten) {
    }

    record Kandidaat(Beschikbaarheid plek, double punten, Double kmThuis, Double kmSchool, List<Reden> redenen,
                     List<String> ontbreekt) {
    }

    record Uitkomst(List<Kandidaat> passend, List<Kandidaat> gedeeltelijk) {
    }

    private Matching() {
    }

    /** @param uitval the breakdown rate in percent per location id, where known */
    static Uitkomst zoek(Vraag vraag, List<Beschikbaarheid> locaties, Map<String, Double> uitval) {
        List<Kandidaat> passend = new ArrayList<>();
        List<Kandidaat> gedeeltelijk = new ArrayList<>();
        for (Beschikbaarheid b : locaties) {
            List<String> ontbreekt = ontbreekt(vraag, b);
            Kandidaat k = kandidaat(vraag, b, uitval.get(b.locatie().id()), ontbreekt);
            (ontbreekt.isEmpty() ? passend : gedeeltelijk).add(k);
        }
        passend.sort(Comparator.comparingDouble(Kandidaat::punten).reversed().thenComparing(k -> k.plek().locatie().id()));
        if (!passend.isEmpty()) {
            return new Uitkomst(passend, List.of());
        }
        gedeeltelijk.sort(Comparator.comparingInt((Kandidaat k) -> k.ontbreekt().size())
                .thenComparing(Comparator.comparingDouble(Kandidaat::punten).reversed())
                .thenComparing(k -> k.plek().locatie().id()));
        return new Uitkomst(List.of(), gedeeltelijk.subList(0, Math.min(GEDEELTELIJK, gedeeltelijk.size())));
    }

    /** The hard constraints a location misses, as message keys; empty when it fits. */
    static List<String> ontbreekt(Vraag vraag, Beschikbaarheid b) {
        Voorziening v = b.locatie();
        List<String> ontbreekt = new ArrayList<>();
        if (!vraag.zorgvormen().contains(v.zorgvorm())) {
            ontbreekt.add("match.ontbreekt.zorgvorm");
        }
        if (vraag.doelgroep() != null && !v.doelgroepen().contains(vraag.doelgroep())) {
            ontbreekt.add("match.ontbreekt.doelgroep");
        }
        int leeftijd = vraag.leeftijd();
        if ((v.leeftijdVan() != null && leeftijd < v.leeftijdVan()) || (v.leeftijdTot() != null && leeftijd > v.leeftijdTot())) {
            ontbreekt.add("match.ontbreekt.leeftijd");
        }
        if (!"alle".equals(v.geslacht()) && !v.geslacht().equals(vraag.geslacht())) {
            ontbreekt.add("match.ontbreekt.geslacht");
        }
        if (b.vrijOp(vraag.nodigPer()) < vraag.aantal()) {
            ontbreekt.add(vraag.aantal() > 1 && b.vrijOp(vraag.nodigPer()) > 0 ? "match.ontbreekt.broersZussen"
                    : "match.ontbreekt.vrij");
        }
        return ontbreekt;
    }

    private static Kandidaat kandidaat(Vraag vraag, Beschikbaarheid b, Double uitvalProcent, List<String> ontbreekt) {
        Voorziening v = b.locatie();
        List<Reden> redenen = new ArrayList<>();
        if (Voorziening.GEZINSVORMEN.contains(v.zorgvorm())) {
            redenen.add(new Reden("gezinsgericht", v.zorgvorm(), GEZINSGERICHT));
        }
        int voorkeur = vraag.zorgvormen().indexOf(v.zorgvorm());
        if (voorkeur > 0) {
            redenen.add(new Reden("voorkeur", String.valueOf(voorkeur + 1), -PER_VOORKEUR * voorkeur));
        }
        double[] plek = v.lat() == null || v.lon() == null ? null : new double[] {v.lat(), v.lon()};
        Double kmThuis = afstand(vraag.thuis(), plek);
        Double kmSchool = afstand(vraag.school(), plek);
        if (kmThuis != null) {
            redenen.add(new Reden("afstandThuis", String.format(NL, "%.1f", kmThuis), -PER_KM_THUIS * kmThuis));
        }
        if (kmSchool != null) {
            redenen.add(new Reden("afstandSchool", String.format(NL, "%.1f", kmSchool), -PER_KM_SCHOOL * kmSchool));
        }
        if (v.gemeente().equals(vraag.gemeente())) {
            redenen.add(new Reden("zelfdeGemeente", v.gemeente(), ZELFDE_GEMEENTE));
        }
        if (vraag.huidigeAanbieders().contains(v.aanbieder())) {
            redenen.add(new Reden("continuiteit", v.aanbieder(), HUIDIGE_AANBIEDER));
        }
        if (uitvalProcent != null) {
            redenen.add(new Reden("uitval", String.format(NL, "%.1f", uitvalProcent),
                    -PER_PROCENT_UITVAL * uitvalProcent));
        }
        double punten = Math.round(redenen.stream().mapToDouble(Reden::punten).sum() * 10) / 10.0;
        return new Kandidaat(b, punten, rond(kmThuis), rond(kmSchool), redenen, ontbreekt);
    }

    /** Great-circle distance in km between two points (latitude, longitude); null when one is unknown. */
    static Double afstand(double[] a, double[] b) {
        if (a == null || b == null) {
            return null;
        }
        double r = 6371.0;
        double dLat = Math.toRadians(b[0] - a[0]);
        double dLon = Math.toRadians(b[1] - a[1]);
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(a[0])) * Math.cos(Math.toRadians(b[0])) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * r * Math.asin(Math.sqrt(h));
    }

    private static Double rond(Double km) {
        return km == null ? null : Math.round(km * 10) / 10.0;
    }
}
