package nl.jeugdregie.capacity.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.jeugdregie.capacity.Beschikbaarheid;
import nl.jeugdregie.capacity.Melding;

/**
 * Free places in the weeks ahead, per care form. For each location: free now, plus its planned
 * discharges, plus the unplanned departures its occupied places are expected to see, less the
 * places expected to fill again. Stays are taken to end with a constant weekly hazard — the
 * exponential survival fitted to the stays of that provider and care form ({@link Verblijf}) — and
 * a location to fill at the rate it empties at its usual occupancy; departures are binomial and
 * intakes Poisson, which gives the uncertainty band (95 %). Pure.
 */
final class Prognose {

    static final int WEKEN = 12;
    static final double Z95 = 1.96;

    /**
     * A location's stays: the weekly chance an occupied place empties, and its usual occupancy.
     *
     * @param uitPerWeek   ended stays ÷ stay-weeks of the provider in this care form
     * @param gemiddeldBezet the mean of the location's reported occupancy
     */
    record Verblijf(double uitPerWeek, double gemiddeldBezet) {
    }

    record Week(String zorgvorm, int week, LocalDate datum, double verwacht, double laag, double hoog, int gepland) {
    }

    private Prognose() {
    }

    /** The key of the region's total among the care forms. */
    static final String ALLE = "alle";

    /**
     * Week 1 to {@value #WEKEN} from {@code vandaag}, per care form and for all together
     * ({@value #ALLE}); locations without a known hazard count planned discharges only.
     */
    static Map<String, List<Week>> voorspel(List<Beschikbaarheid> locaties, Map<String, Verblijf> verblijf, LocalDate vandaag) {
        Map<String, List<Week>> uit = new TreeMap<>();
        Map<String, List<Beschikbaarheid>> groepen = new TreeMap<>();
        locaties.forEach(b -> groepen.computeIfAbsent(b.locatie().zorgvorm(), k -> new ArrayList<>()).add(b));
        groepen.put(ALLE, locaties);
        groepen.forEach((vorm, lijst) -> {
            List<Week> weken = new ArrayList<>();
            for (int w = 1; w <= WEKEN; w++) {
                LocalDate datum = vandaag.plusWeeks(w);
                double verwacht = 0;
                double variantie = 0;
                int gepland = 0;
                for (Beschikbaarheid b : lijst) {
                    double[] l = locatie(b, verblijf.get(b.locatie().id()), datum, w);
                    verwacht += l[0];
                    variantie += l[1];
                    gepland += (int) l[2];
                }
                double marge = Z95 * Math.sqrt(variantie);
                weken.add(new Week(vorm, w, datum, rond(verwacht), rond(Math.max(0, verwacht - marge)), rond(verwacht + marge), gepland));
            }
            uit.put(vorm, weken);
        });
        return uit;
    }

    /** Expected free places of one location after {@code w} weeks, their variance, and the planned discharges counted. */
    static double[] locatie(Beschikbaarheid b, Verblijf v, LocalDate datum, int w) {
        int gepland = b.uitstroom().stream().filter(u -> !u.per().isAfter(datum)).mapToInt(Melding.Uitstroom::aantal).sum();
        gepland = Math.min(gepland, b.bezet());
        double vrij = b.vrij() + gepland;
        if (v == null || v.uitPerWeek() <= 0) {
            return new double[] {vrij, 0, gepland};
        }
        int blijvend = b.bezet() - gepland;
        double p = 1 - Math.pow(1 - v.uitPerWeek(), w);
        double vertrek = blijvend * p;
        double instroom = v.uitPerWeek() * v.gemiddeldBezet() * w;
        double ruimte = b.capaciteit() - b.geblokkeerd() - b.gereserveerd();
        double verwacht = Math.max(0, Math.min(ruimte, vrij + vertrek - instroom));
        return new double[] {verwacht, blijvend * p * (1 - p) + instroom, gepland};
    }

    /** A past prognosis beside what was reported when its date came. */
    record Terugblik(LocalDate gemaakt, LocalDate datum, double voorspeld, double laag, double hoog, int werkelijk) {
    }

    /**
     * For each of the last {@code aantal} weeks: the region's free places as this prognosis would
     * have foreseen them {@code horizon} weeks before, from the reports then, beside the free places
     * reported on that date (capacity less occupied and blocked).
     *
     * @param standen every location's reports, oldest first
     */
    static List<Terugblik> terugblik(Map<String, List<PlaatsenOpslag.Stand>> standen,
                                     Map<String, nl.jeugdregie.region.Voorziening> locaties, Map<String, Verblijf> verblijf,
                                     LocalDate vandaag, int horizon, int aantal) {
        List<Terugblik> uit = new ArrayList<>();
        for (int k = aantal - 1; k >= 0; k--) {
            LocalDate datum = vandaag.minusWeeks(k);
            LocalDate gemaakt = datum.minusWeeks(horizon);
            double verwacht = 0;
            double variantie = 0;
            int werkelijk = 0;
            boolean iets = false;
            for (Map.Entry<String, List<PlaatsenOpslag.Stand>> e : standen.entrySet()) {
                nl.jeugdregie.region.Voorziening v = locaties.get(e.getKey());
                PlaatsenOpslag.Stand toen = stand(e.getValue(), gemaakt);
                PlaatsenOpslag.Stand later = stand(e.getValue(), datum);
                if (v == null || toen == null || later == null) {
                    continue;
                }
                Beschikbaarheid b = new Beschikbaarheid(v, toen.capaciteit(), toen.bezet(), toen.geblokkeerd(), toen.blokkadeReden(), 0,
                        toen.uitstroom().stream().filter(u -> u.per().isAfter(gemaakt)).toList(), toen.door(), toen.op(), false);
                double[] l = locatie(b, verblijf.get(v.id()), datum, horizon);
                verwacht += l[0];
                variantie += l[1];
                werkelijk += Math.max(0, later.capaciteit() - later.bezet() - later.geblokkeerd());
                iets = true;
            }
            if (iets) {
                double marge = Z95 * Math.sqrt(variantie);
                uit.add(new Terugblik(gemaakt, datum, rond(verwacht), rond(Math.max(0, verwacht - marge)), rond(verwacht + marge), werkelijk));
            }
        }
        return uit;
    }

    /** The report that stood at the end of {@code dag}: the last one made on or before it. */
    private static PlaatsenOpslag.Stand stand(List<PlaatsenOpslag.Stand> oplopend, LocalDate dag) {
        PlaatsenOpslag.Stand gevonden = null;
        for (PlaatsenOpslag.Stand s : oplopend) {
            if (s.op().toLocalDate().isAfter(dag)) {
                break;
            }
            gevonden = s;
        }
        return gevonden;
    }

    private static double rond(double x) {
        return Math.round(x * 10) / 10.0;
    }
}
