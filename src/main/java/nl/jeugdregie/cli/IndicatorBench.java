package nl.jeugdregie.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.jeugdregie.access.DemoAccounts;
import nl.jeugdregie.care.TrajectenBijgewerkt;
import nl.jeugdregie.demo.DemoRegio;
import nl.jeugdregie.indicators.IndicatorBenchmark;
import nl.jeugdregie.messages.BerichtBron;
import nl.jeugdregie.messages.Intake;
import nl.jeugdregie.messages.Uitkomst;
import nl.jeugdregie.waiting.WachtBenchmark;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code jeugdregie bench indicators}: on the six-year demo region (generated and ingested into a
 * fresh H2 database) it times the full indicator computation, the way one message reaches the
 * figures, the waits' own full and per-youth computation, and the dashboard and the waiting-time
 * page over HTTP; then the same computation, dashboard and waiting page on a synthetic region forty
 * times as large.
 */
final class IndicatorBench {

    private static final int FACTOR = 40;

    private IndicatorBench() {
    }

    static int run(Class<?> app, Opties opties, Path werk) {
        Path berichten = werk.resolve("berichten");
        Opties h2 = new Opties(opties.commando(), opties.argumenten(), werk.resolve("h2"), null, null, null, opties.regio(),
                0, false, null, opties.extra());
        Map<String, Object> uitkomst = new LinkedHashMap<>();
        try (ConfigurableApplicationContext ctx = Cli.start(app, h2, true)) {
            System.err.println("Demoregio genereren en inlezen …");
            ctx.getBean(DemoRegio.class).genereer(berichten);
            Cli.leesIn(ctx, berichten);
            uitkomst.put("volledigeBerekening", volledig(ctx));
            uitkomst.put("eenBericht", eenBericht(ctx));
            Pagina pagina = new Pagina(ctx);
            uitkomst.put("dashboard", pagina.meet("/indicatoren", "dashboard", () -> { }));
            uitkomst.put("wachttijden", wachttijden(ctx, pagina));
            System.err.printf("Synthetische regio, %d× zo groot …%n", FACTOR);
            IndicatorBenchmark.Meting m = ctx.getBean(IndicatorBenchmark.class).synthetisch(FACTOR, true);
            Map<String, Object> groot = new LinkedHashMap<>();
            groot.put("factor", FACTOR);
            groot.put("gemeenten", m.gemeenten());
            groot.put("trajecten", m.trajecten());
            groot.put("doorsneden", m.doorsneden());
            groot.put("berekeningMs", m.millis());
            groot.put("heapResultatenMb", m.heapMb());
            groot.put("heapPiekMb", piekHeap());
            groot.put("dashboard", pagina.meet("/indicatoren", "dashboard", () -> { }));
            uitkomst.put("synthetisch", groot);
            uitkomst.put("wachttijdenSynthetisch", wachttijdenSynthetisch(ctx, pagina));
            System.err.printf("%d×: %,d trajecten van %d gemeenten in %,d ms; resultaten %,d MB heap%n", FACTOR,
                    m.trajecten(), m.gemeenten(), m.millis(), m.heapMb());
            ctx.publishEvent(TrajectenBijgewerkt.alles(0));
        }
        System.out.println(JsonMapper.builder().build().writeValueAsString(Map.of("indicators", uitkomst)));
        return 0;
    }

    /**
     * The indicators computed from scratch six times (the first is cold), and everything derived
     * from the care facts — waits and indicators — as after a rebuild.
     */
    private static Map<String, Object> volledig(ConfigurableApplicationContext ctx) {
        IndicatorBenchmark bench = ctx.getBean(IndicatorBenchmark.class);
        List<Long> tijden = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            tijden.add(bench.volledigeBerekening());
        }
        long begin = System.nanoTime();
        ctx.publishEvent(TrajectenBijgewerkt.alles(0));
        long allesAfgeleid = (System.nanoTime() - begin) / 1_000_000;
        System.gc();
        long inGebruik = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("eersteMs", tijden.getFirst());
        m.put("mediaanMs", mediaan(tijden.subList(1, tijden.size())));
        m.put("wachtenEnIndicatorenMs", allesAfgeleid);
        m.put("heapNaGcMb", inGebruik);
        System.err.printf("Volledige berekening indicatoren: eerste %,d ms, daarna mediaan %,d ms; wachttijden en "
                + "indicatoren samen %,d ms; heap na GC %,d MB%n", tijden.getFirst(), m.get("mediaanMs"), allesAfgeleid, inGebruik);
        return m;
    }

    /**
     * The waiting-time monitor on the demo region: all waits derived six times (the first is cold),
     * one youth's waits updated as a message does, and the waiting page.
     */
    private static Map<String, Object> wachttijden(ConfigurableApplicationContext ctx, Pagina pagina) {
        WachtBenchmark bench = ctx.getBean(WachtBenchmark.class);
        List<Long> tijden = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            tijden.add(bench.volledigeBerekening());
        }
        List<Long> perJeugdige = bench.perJeugdige(210).subList(10, 210);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("volledigEersteMs", tijden.getFirst());
        m.put("volledigMediaanMs", mediaan(tijden.subList(1, tijden.size())));
        m.put("perJeugdigeMediaanMs", mediaan(perJeugdige) / 1000.0);
        m.put("perJeugdigeP95Ms", p95(perJeugdige) / 1000.0);
        System.err.printf("Wachttijden volledig: eerste %,d ms, daarna mediaan %,d ms; per jeugdige mediaan %.2f ms, p95 %.2f ms%n",
                tijden.getFirst(), m.get("volledigMediaanMs"), mediaan(perJeugdige) / 1000.0, p95(perJeugdige) / 1000.0);
        m.put("pagina", pagina.meet("/wachttijden?gemeente=regio", "per-aanbieder", () -> { }));
        return m;
    }

    /**
     * The waiting page on the waits copied forty times over, while "messages" keep coming in before
     * every request: first about any youth (its months of realised waits are recomputed), then each
     * changing a running wait, so the current lists are made again every time.
     */
    private static Map<String, Object> wachttijdenSynthetisch(ConfigurableApplicationContext ctx, Pagina pagina) {
        WachtBenchmark bench = ctx.getBean(WachtBenchmark.class);
        WachtBenchmark.Meting m = bench.synthetisch(FACTOR);
        Map<String, Object> uit = new LinkedHashMap<>();
        uit.put("factor", FACTOR);
        uit.put("jeugdigen", m.jeugdigen());
        uit.put("wachten", m.wachten());
        uit.put("wachtend", m.open());
        uit.put("opbouwMs", m.millis());
        long begin = System.nanoTime();
        pagina.haal("/wachttijden?gemeente=regio");
        uit.put("eersteKeerMs", (System.nanoTime() - begin) / 1_000_000);
        uit.put("pagina", pagina.meet("/wachttijden?gemeente=regio", "per-aanbieder", bench::raakAan));
        uit.put("paginaNaWijzigingWachtende", pagina.meet("/wachttijden?gemeente=regio", "per-aanbieder", bench::raakWachtendeAan));
        System.err.printf("%d×: %,d wachten van %,d jeugdigen, %,d wachtend; eerste keer %,d ms%n", FACTOR, m.wachten(),
                m.jeugdigen(), m.open(), uit.get("eersteKeerMs"));
        return uit;
    }

    /** New youths' assignments and starts, one message at a time: intake, facts, trajectories and indicators. */
    private static Map<String, Object> eenBericht(ConfigurableApplicationContext ctx) {
        Intake intake = ctx.getBean(Intake.class);
        List<Long> tijden = new ArrayList<>();
        for (BerichtBron bron : ctx.getBean(DemoRegio.class).nieuweStarts(7, 30, LocalDate.of(2025, 12, 15))) {
            long begin = System.nanoTime();
            Uitkomst u = intake.ontvangEen(bron);
            tijden.add((System.nanoTime() - begin) / 1_000);
            if (u.status() != Uitkomst.Status.GEACCEPTEERD) {
                throw new IllegalStateException("benchmarkbericht afgewezen: " + u.reden());
            }
        }
        List<Long> warm = tijden.subList(10, tijden.size());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("berichten", warm.size());
        m.put("mediaanMs", mediaan(warm) / 1000.0);
        m.put("p95Ms", p95(warm) / 1000.0);
        System.err.printf("Eén bericht tot in de indicatoren: mediaan %.1f ms, p95 %.1f ms%n", mediaan(warm) / 1000.0,
                p95(warm) / 1000.0);
        return m;
    }

    /**
     * A signed-in analyst's browser, as far as timing pages goes. Cookies are carried by hand: the
     * session cookie is marked Secure, which Java's cookie store will not return over plain http,
     * where browsers make an exception for localhost.
     */
    private static final class Pagina {
        private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        private final Map<String, String> koekjes = new LinkedHashMap<>();
        private final String basis;

        Pagina(ConfigurableApplicationContext ctx) {
            basis = "http://localhost:" + ctx.getEnvironment().getProperty("local.server.port");
            DemoAccounts.Account analist = ctx.getBean(DemoAccounts.class).maak("GM0141", "Almelo", "98100001", "Bench")
                    .stream().filter(a -> a.gebruikersnaam().equals("analist")).findFirst().orElseThrow();
            Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(haal("/inloggen"));
            if (!csrf.find()) {
                throw new IllegalStateException("geen CSRF-token op de inlogpagina");
            }
            String formulier = "username=analist&password=" + URLEncoder.encode(analist.wachtwoord(), StandardCharsets.UTF_8)
                    + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
            stuur(HttpRequest.newBuilder(URI.create(basis + "/inloggen"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(formulier)));
        }

        /**
         * Fifty timed requests after five to warm up; {@code kenmerk} must be on the page;
         * {@code voorElk} runs, untimed, before each request.
         */
        Map<String, Object> meet(String pad, String kenmerk, Runnable voorElk) {
            for (int i = 0; i < 5; i++) {
                haal(pad);
            }
            List<Long> tijden = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                voorElk.run();
                long begin = System.nanoTime();
                String html = haal(pad);
                tijden.add((System.nanoTime() - begin) / 1_000);
                if (!html.contains(kenmerk)) {
                    throw new IllegalStateException(pad + " toonde niet wat het moet tonen (" + kenmerk + ")");
                }
            }
            System.err.printf("%s: mediaan %.1f ms, p95 %.1f ms%n", pad, mediaan(tijden) / 1000.0, p95(tijden) / 1000.0);
            return Map.of("pad", pad, "verzoeken", tijden.size(), "mediaanMs", mediaan(tijden) / 1000.0,
                    "p95Ms", p95(tijden) / 1000.0);
        }

        String haal(String pad) {
            return stuur(HttpRequest.newBuilder(URI.create(basis + pad)).GET());
        }

        private String stuur(HttpRequest.Builder opbouw) {
            if (!koekjes.isEmpty()) {
                opbouw.header("Cookie", String.join("; ", koekjes.entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue()).toList()));
            }
            HttpRequest verzoek = opbouw.build();
            try {
                HttpResponse<String> antwoord = http.send(verzoek, HttpResponse.BodyHandlers.ofString());
                antwoord.headers().allValues("Set-Cookie").forEach(c -> {
                    String paar = c.split(";", 2)[0];
                    koekjes.put(paar.substring(0, paar.indexOf('=')), paar.substring(paar.indexOf('=') + 1));
                });
                if (antwoord.statusCode() == 302 && verzoek.method().equals("POST")) {
                    return "";
                }
                if (antwoord.statusCode() != 200) {
                    throw new IllegalStateException(verzoek.uri() + " gaf status " + antwoord.statusCode());
                }
                return antwoord.body();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static long piekHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024 * 1024);
    }

    private static long mediaan(List<Long> waarden) {
        List<Long> s = waarden.stream().sorted().toList();
        return s.get(s.size() / 2);
    }

    private static long p95(List<Long> waarden) {
        List<Long> s = waarden.stream().sorted().toList();
        return s.get(Math.min(s.size() - 1, (int) Math.ceil(s.size() * 0.95) - 1));
    }
}
