package nl.jeugdregie.demo.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.jeugdregie.capacity.Beschikbaarheid;
import nl.jeugdregie.capacity.Melding;
import nl.jeugdregie.capacity.Plaatsen;
import nl.jeugdregie.placement.Plaatsingen;
import nl.jeugdregie.region.Gemeente;
import nl.jeugdregie.region.Regio;
import nl.jeugdregie.region.Voorziening;

/**
 * The demo's availability guide and coordination point, up to today: half a year of weekly
 * reports per location (occupancy drifting around 90 %, a blocked place now and then, planned
 * discharges, a few locations left unconfirmed), and two months of placement requests that end in
 * every way a request can — placed, declined and placed elsewhere, expired, withdrawn, escalated,
 * still open — all through the same services the pages use.
 */
public final class DemoPlaatsingen {

    static final int WEKEN = 26;
    /** How the requests end, as many of each as listed: {@value #VERZOEKEN} in all. */
    static final List<String> AFLOPEN = aflopen("geplaatst", 11, "afgewezen-geplaatst", 4, "wacht", 3, "verlopen", 2,
            "escalatie", 3, "ingetrokken", 2, "open", 3);
    static final int VERZOEKEN = 28;
    /** Places are scarce: occupancy drifts back towards this share. */
    static final double DOELBEZETTING = 0.9;

    private final Regio regio;
    private final Plaatsen plaatsen;
    private final Plaatsingen plaatsingen;
    private final Kansen kans;

    public DemoPlaatsingen(Regio regio, Plaatsen plaatsen, Plaatsingen plaatsingen, long seed) {
        this.regio = regio;
        this.plaatsen = plaatsen;
        this.plaatsingen = plaatsingen;
        this.kans = new Kansen(seed);
    }

    /**
     * @param demoAanbieder the provider whose planner the demo signs in as: one of its locations has
     *                      not been confirmed for a fortnight, and two reservations await its answer,
     *                      so every provider flow can be tried at once
     * @return the number of reports and of requests made
     */
    public int[] maak(LocalDateTime nu, String demoAanbieder) {
        int meldingen = 0;
        boolean eersteVanDemo = true;
        for (Voorziening v : regio.voorzieningen()) {
            boolean verouderd = kans.kans(0.15) || (eersteVanDemo && v.aanbieder().equals(demoAanbieder));
            eersteVanDemo &= !v.aanbieder().equals(demoAanbieder);
            meldingen += geschiedenis(v, nu, verouderd);
        }
        int verzoeken = verzoeken(nu);
        return new int[] {meldingen, verzoeken + voorDeDemoAanbieder(nu, demoAanbieder)};
    }

    /** Two requests of the last days, each reserved at a free place of the demo provider, awaiting its answer. */
    private int voorDeDemoAanbieder(LocalDateTime nu, String demoAanbieder) {
        List<Beschikbaarheid> vrij = plaatsen.alle().stream()
                .filter(b -> b.locatie().aanbieder().equals(demoAanbieder) && b.vrij() > 0 && !b.verouderd()).toList();
        int n = 0;
        for (int i = 0; i < Math.min(2, vrij.size()); i++) {
            Beschikbaarheid b = vrij.get(i);
            Gemeente g = regio.gemeente(b.locatie().gemeente()).orElse(regio.gemeenten().getFirst());
            LocalDateTime op = nu.minusDays(1 + i).withHour(10);
            Plaatsingen.NieuwVerzoek v = new Plaatsingen.NieuwVerzoek(kans.bsn(), initialen(),
                    op.toLocalDate().minusYears(kans.tussen(8, 15)), kans.kies(List.of("m", "v")), g.code(), g.postcode(), null,
                    List.of(b.locatie().zorgvorm()), Voorziening.DOELGROEPEN.getFirst(), "twee-weken", null, 1, null,
                    "ambulante hulp thuis geprobeerd, onvoldoende veilig", "verklarende analyse door het lokale team",
                    "school blijft bereikbaar met vervoer");
            long id = plaatsingen.dienIn(v, "toegang " + g.naam(), g.code(), op);
            plaatsingen.reserveer(id, b.locatie().id(), "regisseur", nu.minusHours(3 + i));
            n++;
        }
        return n;
    }

    private int geschiedenis(Voorziening v, LocalDateTime nu, boolean verouderd) {
        int bezet = Math.max(0, Math.min(v.capaciteit(), (int) Math.round(v.capaciteit() * (0.8 + 0.1 * (kans.kans(0.5) ? 1 : 0)))));
        int n = 0;
        for (int week = WEKEN; week >= (verouderd ? 2 : 0); week--) {
            LocalDateTime op = nu.minusWeeks(week).minusHours(kans.tussen(week == 0 ? 1 : 0, 48));
            int stap = Math.max(1, v.capaciteit() / 10);
            int doel = (int) Math.round(v.capaciteit() * DOELBEZETTING);
            bezet = Math.max(0, Math.min(v.capaciteit(), bezet + kans.tussen(-1, 1) * stap
                    + (kans.kans(0.5) ? Integer.signum(doel - bezet) * stap : 0)));
            int geblokkeerd = kans.kans(0.1) && bezet < v.capaciteit() ? 1 : 0;
            List<Melding.Uitstroom> uitstroom = new ArrayList<>();
            int uit = Math.min(bezet, kans.tussen(0, 2));
            for (int i = 0; i < uit; i++) {
                uitstroom.add(new Melding.Uitstroom(op.toLocalDate().plusDays(kans.tussen(3, 56)), 1));
            }
            boolean zelfde = week < WEKEN && kans.kans(0.3);
            if (zelfde) {
                plaatsen.bevestig(v.id(), "planner " + v.aanbieder(), op);
            } else {
                plaatsen.meld(v.id(), new Melding(bezet, geblokkeerd, geblokkeerd > 0 ? "personeelstekort" : null, uitstroom),
                        "planner " + v.aanbieder(), op);
            }
            n++;
        }
        return n;
    }

    private int verzoeken(LocalDateTime nu) {
        List<String> aflopen = kans.geschud(AFLOPEN);
        int n = 0;
        for (int i = 0; i < VERZOEKEN; i++) {
            Gemeente g = kans.kies(regio.gemeenten());
            String urgentie = kans.kies(List.of("crisis", "twee-weken", "gepland"), new double[] {0.3, 0.5, 0.2});
            LocalDateTime op = nu.minusDays(kans.tussen(0, 60)).withHour(kans.tussen(8, 17));
            List<String> vormen = kans.kies(List.of(List.of("pleegzorg", "gezinshuis"), List.of("gezinshuis", "kleinschalig-wonen"),
                    List.of("kleinschalig-wonen", "open-residentieel"), List.of("open-residentieel", "3-milieu"),
                    List.of("crisisplek")), new double[] {0.3, 0.25, 0.2, 0.15, 0.1});
            boolean poorten = !urgentie.equals("crisis") || kans.kans(0.3);
            Plaatsingen.NieuwVerzoek v = new Plaatsingen.NieuwVerzoek(kans.bsn(), initialen(), op.toLocalDate().minusYears(kans.tussen(6, 17))
                    .minusDays(kans.tussen(0, 364)), kans.kies(List.of("m", "v")), g.code(), g.postcode(), null, vormen,
                    kans.kies(Voorziening.DOELGROEPEN.subList(0, 3), new double[] {0.6, 0.2, 0.2}), urgentie,
                    urgentie.equals("gepland") ? op.toLocalDate().plusWeeks(kans.tussen(3, 8)) : null, kans.kans(0.1) ? 2 : 1,
                    null, poorten ? "ambulante hulp thuis geprobeerd, onvoldoende veilig" : null,
                    poorten ? "verklarende analyse door het lokale team" : null, poorten ? "school blijft bereikbaar met vervoer" : null);
            long id = plaatsingen.dienIn(v, "toegang " + g.naam(), g.code(), op);
            if (!poorten) {
                plaatsingen.overschrijfPoorten(id, "crisis: direct onderdak nodig, routekaart volgt", "regisseur");
            }
            verloop(id, v, aflopen.get(i), op, nu);
            n++;
        }
        plaatsingen.laatVerlopen(nu);
        return n;
    }

    /** What became of a request: most are placed, some after a decline, some wait, expire, escalate or are withdrawn. */
    private void verloop(long id, Plaatsingen.NieuwVerzoek v, String afloop, LocalDateTime op, LocalDateTime nu) {
        if (afloop.equals("ingetrokken")) {
            plaatsingen.trekIn(id, "jeugdige kan bij een netwerkgezin terecht", "toegang", op.plusDays(kans.tussen(1, 5)));
            return;
        }
        if (afloop.equals("open") || afloop.equals("escalatie")) {
            if (afloop.equals("escalatie")) {
                LocalDateTime later = op.plusDays(6);
                plaatsingen.escaleer(id, "geen passende plek binnen de regio na herhaald zoeken", "regisseur", later.isAfter(nu) ? nu : later);
            }
            return;
        }
        LocalDateTime gereserveerd = afloop.equals("verlopen") ? nu.minusDays(Plaatsingen.RESERVERING_DAGEN + 1)
                : afloop.equals("wacht") ? nu.minusHours(kans.tussen(2, 40)) : op.plusHours(kans.tussen(2, 30));
        List<Beschikbaarheid> vrij = plekken(v);
        if (vrij.isEmpty()) {
            return;
        }
        long r = plaatsingen.reserveer(id, vrij.getFirst().locatie().id(), "regisseur", gereserveerd);
        if (afloop.equals("afgewezen-geplaatst")) {
            plaatsingen.wijsAf(r, kans.kies(List.of("geen-capaciteit", "doelgroep", "groepssamenstelling", "veiligheid")),
                    null, "planner", gereserveerd.plusHours(kans.tussen(2, 30)));
            vrij = plekken(v);
            if (vrij.size() < 2) {
                return;
            }
            r = plaatsingen.reserveer(id, vrij.get(1).locatie().id(), "regisseur", gereserveerd.plusDays(1));
            gereserveerd = gereserveerd.plusDays(1);
        }
        if (afloop.startsWith("geplaatst") || afloop.equals("afgewezen-geplaatst")) {
            plaatsingen.accepteer(r, "planner", gereserveerd.plusHours(kans.tussen(1, 24)));
            LocalDate per = gereserveerd.toLocalDate().plusDays(kans.tussen(1, 4));
            plaatsingen.plaats(id, per.isAfter(nu.toLocalDate()) ? nu.toLocalDate() : per, "regisseur", gereserveerd.plusDays(2));
        }
    }

    private static List<String> aflopen(Object... afloopEnAantal) {
        List<String> uit = new ArrayList<>();
        for (int i = 0; i < afloopEnAantal.length; i += 2) {
            for (int k = 0; k < (Integer) afloopEnAantal[i + 1]; k++) {
                uit.add((String) afloopEnAantal[i]);
            }
        }
        return List.copyOf(uit);
    }

    /** The free locations of the request's care forms, nearest municipality first. */
    private List<Beschikbaarheid> plekken(Plaatsingen.NieuwVerzoek v) {
        return plaatsen.alle().stream().filter(b -> v.zorgvormen().contains(b.locatie().zorgvorm()) && b.vrij() >= v.broersZussen())
                .sorted(Comparator.comparing((Beschikbaarheid b) -> !b.locatie().gemeente().equals(v.gemeente()))
                        .thenComparing(b -> b.locatie().id()))
                .toList();
    }

    private String initialen() {
        String letters = "ABCDEFGHIJKLMNOPRSTVWZ";
        return letters.charAt(kans.tussen(0, letters.length() - 1)) + "." + letters.charAt(kans.tussen(0, letters.length() - 1)) + ".";
    }
}
