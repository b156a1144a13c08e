package nl.jeugdregie.cli;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import nl.jeugdregie.capacity.Beschikbaarheid;
import nl.jeugdregie.capacity.Melding;
import nl.jeugdregie.capacity.Plaatsen;
import nl.jeugdregie.demo.DemoRegio;
import nl.jeugdregie.placement.PlaatsingBenchmark;
import nl.jeugdregie.placement.Plaatsingen;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code jeugdregie bench plaatsingen}: on a fresh database with the demo's place reports and
 * requests, the matching for one request (region, and 10,000 locations in memory), how soon a
 * planner's update is seen by ten regisseurs reading at the same time, and fifty planners
 * updating for a minute (or {@code --duur=SECONDEN}).
 */
final class PlaatsingBench {

    static final int LANDELIJK = 10_000;
    static final int PLANNERS = 50;
    static final int LEZERS = 10;

    private PlaatsingBench() {
    }

    static int run(Class<?> app, Opties opties) {
        int duur = Integer.parseInt(opties.extra().getOrDefault("duur", "60"));
        Map<String, Object> uit = new LinkedHashMap<>();
        try (ConfigurableApplicationContext ctx = Cli.start(app, opties, false)) {
            System.err.println("Demo-meldingen en -verzoeken laden …");
            ctx.getBean(DemoRegio.class).laadPlaatsingen();
            long verzoek = ctx.getBean(Plaatsingen.class).dienIn(new Plaatsingen.NieuwVerzoek("999990123", "B.M.",
                    LocalDate.now().minusYears(11), "v", "GM0153", "7511", "7544", List.of("gezinshuis", "pleegzorg", "kleinschalig-wonen"),
                    "jeugd-opvoeding", "twee-weken", null, 1, null, "ambulant geprobeerd", "analyse gemaakt", "school gewogen"),
                    "bench", "regio", LocalDateTime.now());
            PlaatsingBenchmark bench = ctx.getBean(PlaatsingBenchmark.class);
            uit.put("matchingRegio", meting("matching regio", bench.matchingRegio(verzoek, 220).subList(20, 220)));
            uit.put("matchingLandelijk", meting("matching " + LANDELIJK + " locaties",
                    bench.matchingLandelijk(verzoek, LANDELIJK, 60).subList(10, 60)));
            uit.put("zichtbaar", zichtbaar(ctx.getBean(Plaatsen.class)));
            uit.put("planners", planners(ctx.getBean(Plaatsen.class), duur));
        }
        System.out.println(JsonMapper.builder().build().writeValueAsString(Map.of("plaatsingen", uit)));
        return 0;
    }

    private static Map<String, Object> meting(String naam, List<Long> micros) {
        List<Long> s = micros.stream().sorted().toList();
        double mediaan = s.get(s.size() / 2) / 1000.0;
        double p95 = s.get((int) Math.ceil(s.size() * 0.95) - 1) / 1000.0;
        System.err.printf("%s: mediaan %.2f ms, p95 %.2f ms%n", naam, mediaan, p95);
        return Map.of("keer", s.size(), "mediaanMs", mediaan, "p95Ms", p95);
    }

    /**
     * A planner changes a location thirty times; ten regisseurs keep reading it. Per change, the time
     * until the last of them has seen it.
     */
    private static Map<String, Object> zichtbaar(Plaatsen plaatsen) {
        Beschikbaarheid b = plaatsen.alle().stream().filter(x -> x.capaciteit() >= 10 && x.gereserveerd() == 0).findFirst().orElseThrow();
        String locatie = b.locatie().id();
        List<Long> tijden = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            int bezet = i % 2 == 0 ? 1 : 2;
            CountDownLatch gezien = new CountDownLatch(LEZERS);
            AtomicLong laatste = new AtomicLong();
            List<Thread> lezers = new ArrayList<>();
            for (int l = 0; l < LEZERS; l++) {
                lezers.add(Thread.ofPlatform().start(() -> {
                    while (plaatsen.van(locatie).orElseThrow().bezet() != bezet) {
                        Thread.onSpinWait();
                    }
                    laatste.accumulateAndGet(System.nanoTime(), Math::max);
                    gezien.countDown();
                }));
            }
            long begin = System.nanoTime();
            plaatsen.meld(locatie, new Melding(bezet, 0, null, List.of()), "bench", LocalDateTime.now());
            try {
                gezien.await();
                for (Thread t : lezers) {
                    t.join();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            tijden.add((laatste.get() - begin) / 1_000);
        }
        return meting("melding gezien door " + LEZERS + " regisseurs", tijden);
    }

    /** Fifty planners report random valid figures on random locations as fast as they can. */
    private static Map<String, Object> planners(Plaatsen plaatsen, int seconden) {
        List<Beschikbaarheid> locaties = plaatsen.alle();
        AtomicLong gelukt = new AtomicLong();
        AtomicLong geweigerd = new AtomicLong();
        AtomicLong fouten = new AtomicLong();
        List<String> voorbeelden = java.util.Collections.synchronizedList(new ArrayList<>());
        long eind = System.nanoTime() + seconden * 1_000_000_000L;
        List<Thread> draden = new ArrayList<>();
        System.err.printf("%d planners, %d s …%n", PLANNERS, seconden);
        for (int p = 0; p < PLANNERS; p++) {
            Random toeval = new Random(p);
            draden.add(Thread.ofPlatform().start(() -> {
                while (System.nanoTime() < eind) {
                    Beschikbaarheid b = locaties.get(toeval.nextInt(locaties.size()));
                    try {
                        Beschikbaarheid nu = plaatsen.van(b.locatie().id()).orElseThrow();
                        int ruimte = nu.capaciteit() - nu.gereserveerd();
                        plaatsen.meld(b.locatie().id(), new Melding(toeval.nextInt(Math.max(1, ruimte + 1)), 0, null, List.of()),
                                "planner", LocalDateTime.now());
                        gelukt.incrementAndGet();
                    } catch (Plaatsen.Geweigerd g) {
                        geweigerd.incrementAndGet();
                    } catch (RuntimeException e) {
                        fouten.incrementAndGet();
                        if (voorbeelden.size() < 5) {
                            voorbeelden.add(e.toString());
                        }
                    }
                }
            }));
        }
        for (Thread t : draden) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        System.err.printf("%,d meldingen opgeslagen (%,.0f/s), %,d geweigerd, %,d fouten %s%n", gelukt.get(),
                gelukt.get() / (double) seconden, geweigerd.get(), fouten.get(), voorbeelden);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("planners", PLANNERS);
        m.put("seconden", seconden);
        m.put("opgeslagen", gelukt.get());
        m.put("perSeconde", Math.round(gelukt.get() / (double) seconden));
        m.put("geweigerd", geweigerd.get());
        m.put("fouten", fouten.get());
        return m;
    }
}
