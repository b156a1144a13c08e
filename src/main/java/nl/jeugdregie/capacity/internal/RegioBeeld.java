package nl.jeugdregie.capacity.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import nl.jeugdregie.capacity.Beschikbaarheid;
import nl.jeugdregie.region.Voorziening;

/**
 * The regional view of free places: per care form, per care form × municipality and per
 * municipality, free now and expected free in 2, 4 and 8 weeks, for the locations that take a
 * target group and an age. Pure.
 */
final class RegioBeeld {

    static final int[] WEKEN = {2, 4, 8};

    record Regel(String sleutel, String zorgvorm, String gemeente, int locaties, int capaciteit, int bezet, int geblokkeerd,
                 int gereserveerd, int vrij, int vrij2, int vrij4, int vrij8, int verouderd) {

        /** Occupied as a share of the usable places (capacity less blocked). */
        public Double bezetting() {
            int bruikbaar = capaciteit - geblokkeerd;
            return bruikbaar <= 0 ? null : Math.round(bezet * 1000.0 / bruikbaar) / 10.0;
        }
    }

    private final List<Beschikbaarheid> locaties;
    private final LocalDate vandaag;

    /**
     * @param doelgroep only locations for this target group; null for all
     * @param leeftijd  only locations taking this age; null for all
     */
    RegioBeeld(List<Beschikbaarheid> alle, String doelgroep, Integer leeftijd, LocalDate vandaag) {
        this.locaties = alle.stream().filter(b -> neemtOp(b.locatie(), doelgroep, leeftijd)).toList();
        this.vandaag = vandaag;
    }

    static boolean neemtOp(Voorziening v, String doelgroep, Integer leeftijd) {
        return (doelgroep == null || v.doelgroepen().contains(doelgroep))
                && (leeftijd == null || ((v.leeftijdVan() == null || leeftijd >= v.leeftijdVan())
                && (v.leeftijdTot() == null || leeftijd <= v.leeftijdTot())));
    }

    List<Beschikbaarheid> locaties() {
        return locaties.stream().sorted(Comparator.comparing((Beschikbaarheid b) -> volgorde(b.locatie().zorgvorm()))
                .thenComparing(b -> b.locatie().naam())).toList();
    }

    List<Regel> perZorgvorm() {
        return regels(v -> v.zorgvorm(), false);
    }

    List<Regel> perZorgvormEnGemeente() {
        return regels(v -> v.zorgvorm() + "|" + v.gemeente(), false);
    }

    List<Regel> perGemeente() {
        return regels(Voorziening::gemeente, true);
    }

    Regel totaal() {
        return regel("totaal", null, null, locaties);
    }

    private List<Regel> regels(Function<Voorziening, String> sleutel, boolean gemeenteAlleen) {
        Map<String, List<Beschikbaarheid>> groepen = new TreeMap<>(Comparator.comparing((String k) -> volgorde(k.split("\\|")[0]))
                .thenComparing(Comparator.naturalOrder()));
        for (Beschikbaarheid b : locaties) {
            groepen.computeIfAbsent(sleutel.apply(b.locatie()), k -> new ArrayList<>()).add(b);
        }
        List<Regel> regels = new ArrayList<>();
        groepen.forEach((k, lijst) -> {
            Voorziening eerste = lijst.getFirst().locatie();
            regels.add(regel(k, gemeenteAlleen ? null : eerste.zorgvorm(),
                    gemeenteAlleen || k.contains("|") ? eerste.gemeente() : null, lijst));
        });
        return regels;
    }

    private Regel regel(String sleutel, String zorgvorm, String gemeente, List<Beschikbaarheid> lijst) {
        int[] som = new int[10];
        for (Beschikbaarheid b : lijst) {
            som[0]++;
            som[1] += b.capaciteit();
            som[2] += b.bezet();
            som[3] += b.geblokkeerd();
            som[4] += b.gereserveerd();
            som[5] += b.vrij();
            som[6] += b.vrijOp(vandaag.plusWeeks(WEKEN[0]));
            som[7] += b.vrijOp(vandaag.plusWeeks(WEKEN[1]));
            som[8] += b.vrijOp(vandaag.plusWeeks(WEKEN[2]));
            som[9] += b.verouderd() ? 1 : 0;
        }
        return new Regel(sleutel, zorgvorm, gemeente, som[0], som[1], som[2], som[3], som[4], som[5], som[6], som[7], som[8], som[9]);
    }

    static int volgorde(String zorgvorm) {
        int i = Voorziening.ZORGVORMEN.indexOf(zorgvorm);
        return i < 0 ? Voorziening.ZORGVORMEN.size() : i;
    }

    /** The municipalities with a position and the places free there now, for the map. */
    static Map<String, Object> kaart(List<Regel> perGemeente, Map<String, double[]> posities, Map<String, String> namen) {
        List<Map<String, Object>> punten = new ArrayList<>();
        for (Regel r : perGemeente) {
            double[] p = posities.get(r.gemeente());
            if (p != null) {
                Map<String, Object> punt = new LinkedHashMap<>();
                punt.put("naam", namen.getOrDefault(r.gemeente(), r.gemeente()));
                punt.put("lon", p[1]);
                punt.put("lat", p[0]);
                punt.put("vrij", r.vrij());
                punt.put("vrij4", r.vrij4());
                punten.add(punt);
            }
        }
        Map<String, Object> uit = new LinkedHashMap<>();
        uit.put("punten", punten);
        uit.put("gemeenten", posities.entrySet().stream().map(e -> Map.of("naam", namen.getOrDefault(e.getKey(), e.getKey()),
                "lat", e.getValue()[0], "lon", e.getValue()[1])).toList());
        return uit;
    }
}
