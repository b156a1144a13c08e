package nl.jeugdregie.cli;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.jeugdregie.access.ApiSleutelBeheer;
import nl.jeugdregie.access.DemoAccounts;
import nl.jeugdregie.demo.DemoRegio;
import nl.jeugdregie.messages.BerichtBron;
import nl.jeugdregie.messages.BerichtBronnen;
import nl.jeugdregie.messages.Intake;
import nl.jeugdregie.region.Aanbieder;
import nl.jeugdregie.region.Gemeente;
import nl.jeugdregie.region.Regio;
import nl.jeugdregie.region.RegioCatalogus;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code jeugdregie bench aanlevering}: the demo region ingested, then twenty senders — the
 * municipalities' and providers' own systems, each with its organisation's API key — post single
 * messages (new assignments and starts) over HTTP at the same time for a minute
 * ({@code --duur=SECONDEN}, {@code --zenders=N}): messages per second, the answer times, and every
 * answer that was not 201 counted as an error.
 */
final class AanleverBench {

    static final int ZENDERS = 20;
    private static final Pattern AFZENDER = Pattern.compile("<[a-z0-9]+:Afzender>(\\d+)</");

    private AanleverBench() {
    }

    static int run(Class<?> app, Opties opties, Path werk) {
        int duur = Integer.parseInt(opties.extra().getOrDefault("duur", "60"));
        int zenders = Integer.parseInt(opties.extra().getOrDefault("zenders", String.valueOf(ZENDERS)));
        Opties metPoort = new Opties(opties.commando(), opties.argumenten(), opties.dataDir(), opties.db(), opties.dbUser(),
                opties.dbPassword(), opties.regio(), 0, false, null, opties.extra());
        try (ConfigurableApplicationContext ctx = Cli.start(app, metPoort, true)) {
            Path berichten = werk.resolve("berichten");
            System.err.println("Demoregio genereren en inlezen …");
            ctx.getBean(DemoRegio.class).genereer(berichten);
            ctx.getBean(Intake.class).ontvang(BerichtBronnen.van(berichten), t -> { });
            Map<String, String> sleutels = sleutels(ctx);
            int poort = Integer.parseInt(ctx.getEnvironment().getProperty("local.server.port", "8080"));
            List<BerichtBron> bronnen = new ArrayList<>();
            for (long zaad = 1; bronnen.size() < 400 * duur; zaad++) {
                bronnen.addAll(ctx.getBean(DemoRegio.class).nieuweStarts(zaad, 500, LocalDate.now()));
            }
            Map<String, Object> uit = zend(poort, bronnen, sleutels, zenders, duur);
            System.out.println(JsonMapper.builder().build().writeValueAsString(Map.of("aanlevering", uit)));
        }
        return 0;
    }

    /** An API key for every municipality and provider of the region, by the code its messages carry as sender. */
    private static Map<String, String> sleutels(ConfigurableApplicationContext ctx) {
        Regio regio = ctx.getBean(RegioCatalogus.class).regio();
        DemoAccounts accounts = ctx.getBean(DemoAccounts.class);
        ApiSleutelBeheer beheer = ctx.getBean(ApiSleutelBeheer.class);
        List<Gemeente> gemeenten = regio.gemeenten();
        List<Aanbieder> aanbieders = regio.aanbieders();
        for (int i = 0; i < Math.max(gemeenten.size(), aanbieders.size()); i++) {
            Gemeente g = gemeenten.get(i % gemeenten.size());
            Aanbieder a = aanbieders.get(i % aanbieders.size());
            accounts.maak(g.code(), g.naam(), a.agb(), a.naam());
        }
        Map<String, String> sleutels = new HashMap<>();
        gemeenten.forEach(g -> sleutels.put(g.ijwCode(), beheer.maak(g.code(), "bench")));
        aanbieders.forEach(a -> sleutels.put(a.agb(), beheer.maak(a.agb(), "bench")));
        return sleutels;
    }

    private static Map<String, Object> zend(int poort, List<BerichtBron> bronnen, Map<String, String> sleutels, int zenders,
                                            int duur) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        URI adres = URI.create("http://localhost:" + poort + "/api/v1/berichten");
        AtomicInteger volgende = new AtomicInteger();
        AtomicLong fouten = new AtomicLong();
        Map<Integer, AtomicLong> statussen = new ConcurrentHashMap<>();
        List<Long> tijden = Collections.synchronizedList(new ArrayList<>());
        long einde = System.nanoTime() + duur * 1_000_000_000L;
        long begin = System.nanoTime();
        List<Thread> draden = new ArrayList<>();
        for (int z = 0; z < zenders; z++) {
            draden.add(Thread.ofPlatform().name("zender-" + z).start(() -> {
                while (System.nanoTime() < einde) {
                    int i = volgende.getAndIncrement();
                    if (i >= bronnen.size()) {
                        return;
                    }
                    BerichtBron b = bronnen.get(i);
                    Matcher m = AFZENDER.matcher(new String(b.inhoud(), 0, Math.min(b.inhoud().length, 2000), StandardCharsets.UTF_8));
                    String sleutel = m.find() ? sleutels.get(m.group(1)) : null;
                    long t0 = System.nanoTime();
                    int status;
                    try {
                        HttpRequest verzoek = HttpRequest.newBuilder(adres).timeout(Duration.ofSeconds(60))
                                .header("Content-Type", "application/xml").header("X-API-Key", sleutel == null ? "" : sleutel)
                                .POST(HttpRequest.BodyPublishers.ofByteArray(b.inhoud())).build();
                        status = http.send(verzoek, HttpResponse.BodyHandlers.discarding()).statusCode();
                    } catch (Exception e) {
                        status = -1;
                    }
                    tijden.add(System.nanoTime() - t0);
                    statussen.computeIfAbsent(status, k -> new AtomicLong()).incrementAndGet();
                    if (status != 201) {
                        fouten.incrementAndGet();
                    }
                }
            }));
        }
        for (Thread d : draden) {
            try {
                d.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        double seconden = (System.nanoTime() - begin) / 1e9;
        List<Long> s = tijden.stream().sorted().toList();
        Map<String, Object> uit = new LinkedHashMap<>();
        uit.put("zenders", zenders);
        uit.put("berichten", s.size());
        uit.put("seconden", Math.round(seconden * 10) / 10.0);
        uit.put("perSeconde", Math.round(s.size() / seconden));
        uit.put("mediaanMs", s.isEmpty() ? 0 : s.get(s.size() / 2) / 1e6);
        uit.put("p95Ms", s.isEmpty() ? 0 : s.get((int) Math.ceil(s.size() * 0.95) - 1) / 1e6);
        uit.put("p99Ms", s.isEmpty() ? 0 : s.get((int) Math.ceil(s.size() * 0.99) - 1) / 1e6);
        uit.put("fouten", fouten.get());
        Map<String, Long> perStatus = new TreeMap<>();
        statussen.forEach((k, v) -> perStatus.put(String.valueOf(k), v.get()));
        uit.put("statussen", perStatus);
        System.err.printf("%d zenders, %,d berichten in %.1f s = %,.0f/s; antwoord mediaan %.1f ms, p95 %.1f ms, p99 %.1f ms; "
                        + "fouten %d %s%n", zenders, s.size(), seconden, s.size() / seconden, uit.get("mediaanMs"), uit.get("p95Ms"),
                uit.get("p99Ms"), fouten.get(), perStatus);
        return uit;
    }
}
