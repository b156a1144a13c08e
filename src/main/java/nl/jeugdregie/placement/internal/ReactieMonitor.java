package nl.jeugdregie.placement.internal;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * How providers answer reservations — accepted, declined per coded reason, left to expire — and
 * how the route-map gates and the time to placement fare. "No contra-indications" is the
 * region's policy, so declines are counted where everyone can see them. Pure.
 */
final class ReactieMonitor {

    record PerAanbieder(String aanbieder, int reserveringen, int geaccepteerd, int afgewezen, int verlopen, int open,
                        Map<String, Integer> afwijzingPerReden) {

        public Double aandeelAfgewezen() {
            int beantwoord = geaccepteerd + afgewezen + verlopen;
            return beantwoord == 0 ? null : Math.round(afgewezen * 1000.0 / beantwoord) / 10.0;
        }
    }

    record Poorten(int verzoeken, int beantwoord, int overschreven, int open) {

        public Double aandeelOverschreven() {
            return verzoeken == 0 ? null : Math.round(overschreven * 1000.0 / verzoeken) / 10.0;
        }
    }

    record Maand(YearMonth maand, int geplaatst, Long mediaanDagen, Long maxDagen) {
    }

    private ReactieMonitor() {
    }

    /** @param aanbiederVan the provider of a location id */
    static List<PerAanbieder> perAanbieder(List<Reservering> reserveringen, Function<String, String> aanbiederVan) {
        Map<String, List<Reservering>> groepen = new TreeMap<>();
        reserveringen.forEach(r -> groepen.computeIfAbsent(aanbiederVan.apply(r.locatie()), k -> new ArrayList<>()).add(r));
        List<PerAanbieder> uit = new ArrayList<>();
        groepen.forEach((aanbieder, lijst) -> {
            Map<String, Integer> redenen = new TreeMap<>();
            int[] n = new int[4];
            for (Reservering r : lijst) {
                switch (r.status()) {
                    case GEACCEPTEERD, GEPLAATST -> n[0]++;
                    case AFGEWEZEN -> {
                        n[1]++;
                        redenen.merge(r.redenCode(), 1, Integer::sum);
                    }
                    case VERLOPEN -> n[2]++;
                    case ACTIEF -> n[3]++;
                    case VERVALLEN -> { }
                }
            }
            uit.add(new PerAanbieder(aanbieder, lijst.size(), n[0], n[1], n[2], n[3], redenen));
        });
        return uit;
    }

    static Poorten poorten(List<Verzoek> verzoeken) {
        int beantwoord = (int) verzoeken.stream().filter(v -> v.poorten().beantwoord()).count();
        int overschreven = (int) verzoeken.stream().filter(v -> !v.poorten().beantwoord() && v.poorten().overschreven()).count();
        return new Poorten(verzoeken.size(), beantwoord, overschreven, verzoeken.size() - beantwoord - overschreven);
    }

    /** Days from request to placement, per month of placement. */
    static List<Maand> doorlooptijd(List<Verzoek> verzoeken) {
        Map<YearMonth, List<Long>> perMaand = new TreeMap<>();
        verzoeken.stream().filter(v -> v.status() == Verzoek.Status.GEPLAATST && v.geplaatstPer() != null)
                .forEach(v -> perMaand.computeIfAbsent(YearMonth.from(v.geplaatstPer()), k -> new ArrayList<>())
                        .add(ChronoUnit.DAYS.between(v.aangevraagdOp().toLocalDate(), v.geplaatstPer())));
        List<Maand> uit = new ArrayList<>();
        perMaand.forEach((m, dagen) -> {
            List<Long> s = dagen.stream().sorted().toList();
            uit.add(new Maand(m, s.size(), s.get((s.size() - 1) / 2), s.getLast()));
        });
        return uit;
    }
}
