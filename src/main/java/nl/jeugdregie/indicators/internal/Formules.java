package nl.jeugdregie.indicators.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The code half of the catalogue: how each indicator's value follows from a cell's totals. The
 * words (definition, formula, caveats) are in {@code catalogus.json}; a test keeps both in step.
 */
final class Formules {

    /** A value with what it was computed from; {@code waarde} null when the denominator is zero. */
    record Uitslag(Double waarde, long teller, Long noemer) {
    }

    @FunctionalInterface
    interface Formule {
        /** @param jeugdigen youths 0–17 in the slice's area, null for a provider's slice */
        Uitslag bereken(Cel c, Integer jeugdigen);
    }

    private static final Map<String, Formule> FORMULES = new LinkedHashMap<>();

    static {
        FORMULES.put("jeugdhulp", (c, j) -> telling(c.jeugdhulp));
        FORMULES.put("jeugdigen-per-1000", (c, j) -> j == null ? new Uitslag(null, c.jeugdhulp017, null)
                : verhouding(c.jeugdhulp017, j, 1000));
        FORMULES.put("jeugdigen-in-zorg", (c, j) -> telling(c.inZorg));
        FORMULES.put("instroom", (c, j) -> telling(c.instroom));
        FORMULES.put("uitstroom", (c, j) -> telling(c.uitstroom));
        FORMULES.put("netto-instroom", (c, j) -> new Uitslag((double) (c.instroom - c.uitstroom), c.instroom - c.uitstroom,
                null));
        FORMULES.put("crisisstart", (c, j) -> verhouding(c.crisisstarts, c.jeugdhulpstarts, 100));
        FORMULES.put("gezinsgericht", (c, j) -> verhouding(c.gezinsgericht, c.inZorg, 100));
        FORMULES.put("duur-gemiddeld", (c, j) -> c.uitstroom == 0 ? new Uitslag(null, 0, 0L)
                : new Uitslag(Math.round(c.duurSom * 10.0 / c.uitstroom) / 10.0, c.duurSom, c.uitstroom));
        FORMULES.put("duur-mediaan", (c, j) -> new Uitslag(c.duurMediaan(), c.uitstroom, null));
        FORMULES.put("verwijzing-toegang-gi", (c, j) -> verhouding(c.verwijzers[0] + c.verwijzers[3], c.jeugdhulpstarts, 100));
        FORMULES.put("verwijzing-gemeente", (c, j) -> verhouding(c.verwijzers[0], c.jeugdhulpstarts, 100));
        FORMULES.put("verwijzing-gi", (c, j) -> verhouding(c.verwijzers[3], c.jeugdhulpstarts, 100));
        FORMULES.put("verwijzing-huisarts", (c, j) -> verhouding(c.verwijzers[1], c.jeugdhulpstarts, 100));
        FORMULES.put("verwijzing-jeugdarts", (c, j) -> verhouding(c.verwijzers[2], c.jeugdhulpstarts, 100));
        FORMULES.put("verwijzing-medisch-specialist", (c, j) -> verhouding(c.verwijzers[4], c.jeugdhulpstarts, 100));
        FORMULES.put("verwijzing-overig", (c, j) -> verhouding(c.verwijzers[5], c.jeugdhulpstarts, 100));
        FORMULES.put("herinstroom", (c, j) -> verhouding(c.herinstroom, c.jeugdhulpstarts, 100));
        FORMULES.put("herinstroom-5-jaar", (c, j) -> verhouding(c.herinstroomVijfJaar, c.jeugdhulpstarts, 100));
        FORMULES.put("doorplaatsingen", (c, j) -> verhouding(c.doorplaatsingen, c.verblijfseinden, 100));
        FORMULES.put("ambulant-voor-verblijf", (c, j) -> verhouding(c.ambulantVooraf, c.verblijfsstarts, 100));
        FORMULES.put("maatregelen", (c, j) -> telling(c.maatregel));
        FORMULES.put("jeugdbescherming", (c, j) -> telling(c.jeugdbescherming));
        FORMULES.put("jeugdreclassering", (c, j) -> telling(c.jeugdreclassering));
        FORMULES.put("maatregelen-per-1000", (c, j) -> j == null ? new Uitslag(null, c.maatregel017, null)
                : verhouding(c.maatregel017, j, 1000));
        FORMULES.put("einde-volgens-plan", (c, j) -> uitkomst(c, Uitkomst.VOLGENS_PLAN));
        FORMULES.put("einde-in-overleg", (c, j) -> uitkomst(c, Uitkomst.IN_OVERLEG));
        FORMULES.put("einde-door-client", (c, j) -> uitkomst(c, Uitkomst.DOOR_CLIENT));
        FORMULES.put("einde-door-aanbieder", (c, j) -> uitkomst(c, Uitkomst.DOOR_AANBIEDER));
        FORMULES.put("einde-extern", (c, j) -> uitkomst(c, Uitkomst.EXTERN));
        FORMULES.put("wachtenden", (c, j) -> telling(c.wachtend));
        FORMULES.put("wachttijd-gemiddeld", (c, j) -> c.gestartNaWacht == 0 ? new Uitslag(null, 0, 0L)
                : new Uitslag(Math.round(c.wachtdagenSom * 10.0 / c.gestartNaWacht) / 10.0, c.wachtdagenSom, c.gestartNaWacht));
        FORMULES.put("binnen-wachtnorm", (c, j) -> verhouding(c.binnenWachtnorm, c.gestartNaWacht, 100));
        FORMULES.put("plaatsing-doorlooptijd", (c, j) -> c.geplaatst == 0 ? new Uitslag(null, 0, 0L)
                : new Uitslag(Math.round(c.plaatsingsdagenSom * 10.0 / c.geplaatst) / 10.0, c.plaatsingsdagenSom, c.geplaatst));
        FORMULES.put("uitgaven", (c, j) -> new Uitslag(Math.round(c.centen / 100.0) * 1.0, c.centen, null));
        FORMULES.put("uitgaven-per-jeugdige", (c, j) -> new Uitslag(c.inZorg == 0 ? null
                : Math.round(c.centen / 100.0 / c.inZorg * 10) / 10.0, c.centen, c.inZorg));
        FORMULES.put("uitgaven-toegewezen", (c, j) -> new Uitslag(Math.round(c.toegewezenCenten / 100.0) * 1.0,
                c.toegewezenCenten, null));
        FORMULES.put("uitgaven-toegewezen-per-jeugdige", (c, j) -> new Uitslag(c.inZorg == 0 ? null
                : Math.round(c.toegewezenCenten / 100.0 / c.inZorg * 10) / 10.0, c.toegewezenCenten, c.inZorg));
        FORMULES.put("terugwerkende-toewijzingen", (c, j) -> verhouding(c.terugwerkend, c.toewijzingen, 100));
        FORMULES.put("late-meldingen", (c, j) -> verhouding(c.laatGemeld, c.meldingen, 100));
        FORMULES.put("late-declaraties", (c, j) -> verhouding(c.laatGedeclareerd, c.declaratieregels, 100));
        FORMULES.put("productcodes-buiten-lijst", (c, j) -> telling(c.buitenLijst));
        FORMULES.put("gemiste-leveringen", (c, j) -> telling(c.gemisteLeveringen));
    }

    private Formules() {
    }

    static Formule van(String indicator) {
        Formule f = FORMULES.get(indicator);
        if (f == null) {
            throw new IllegalArgumentException("geen formule voor indicator " + indicator);
        }
        return f;
    }

    static Set<String> codes() {
        return FORMULES.keySet();
    }

    private static Uitslag uitkomst(Cel c, Uitkomst u) {
        return verhouding(c.uitkomsten[u.ordinal()], c.jeugdhulpEinden, 100);
    }

    private static Uitslag telling(long aantal) {
        return new Uitslag((double) aantal, aantal, null);
    }

    private static Uitslag verhouding(long teller, long noemer, int schaal) {
        return new Uitslag(noemer == 0 ? null : Math.round(teller * schaal * 10.0 / noemer) / 10.0, teller, noemer);
    }
}
