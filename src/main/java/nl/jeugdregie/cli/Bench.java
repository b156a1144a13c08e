package nl.jeugdregie.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.jeugdregie.demo.DemoRegio;
import nl.jeugdregie.messages.IntakeTelling;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code jeugdregie bench ingest}: generates the six-year demo region once, then ingests it into a
 * fresh H2 file database and a fresh PostgreSQL schema, reporting messages/s and peak heap.
 * {@code jeugdregie bench indicators}: see {@link IndicatorBench}; {@code bench plaatsingen}: see {@link PlaatsingBench}.
 */
final class Bench {

    static final String STANDAARD_PG = "jdbc:postgresql://127.0.0.1:5432/postgres";

    private Bench() {
    }

    static int run(Class<?> app, Opties opties) {
        String wat = opties.argumenten().isEmpty() ? "ingest" : opties.argumenten().getFirst();
        if (!wat.equals("ingest") && !wat.equals("indicators") && !wat.equals("plaatsingen") && !wat.equals("aanlevering")) {
            throw new IllegalArgumentException("bench kent 'ingest', 'indicators', 'plaatsingen' en 'aanlevering'");
        }
        Path werk = tijdelijk();
        if (wat.equals("aanlevering")) {
            try {
                return AanleverBench.run(app, metData(opties, werk.resolve("h2"), opties.db(), opties.dbUser(), opties.dbPassword()),
                        werk);
            } finally {
                verwijder(werk);
            }
        }
        if (wat.equals("plaatsingen")) {
            try {
                return PlaatsingBench.run(app, metData(opties, werk.resolve("h2"), opties.db(), opties.dbUser(), opties.dbPassword()));
            } finally {
                verwijder(werk);
            }
        }
        if (wat.equals("indicators")) {
            try {
                return IndicatorBench.run(app, opties, werk);
            } finally {
                verwijder(werk);
            }
        }
        try {
            Path berichten = werk.resolve("berichten");
            Opties h2 = metData(opties, werk.resolve("h2"), null, null, null);
            System.err.println("Demoregio genereren …");
            try (ConfigurableApplicationContext ctx = Cli.start(app, h2, false)) {
                ctx.getBean(DemoRegio.class).genereer(berichten);
            }
            List<Map<String, Object>> uitkomsten = new ArrayList<>();
            uitkomsten.add(meet(app, "H2", h2, berichten));
            String schema = "bench_" + System.currentTimeMillis();
            String url = (opties.db() != null ? opties.db() : STANDAARD_PG);
            Opties pg = metData(opties, werk.resolve("pg"), url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                    opties.dbUser() != null ? opties.dbUser() : "postgres", opties.dbPassword());
            try {
                uitkomsten.add(meet(app, "PostgreSQL", pg, berichten));
            } finally {
                ruimOp(app, pg, schema);
            }
            System.out.println(JsonMapper.builder().build().writeValueAsString(Map.of("ingest", uitkomsten)));
            return 0;
        } finally {
            verwijder(werk);
        }
    }

    private static Map<String, Object> meet(Class<?> app, String naam, Opties opties, Path berichten) {
        System.err.println("Inlezen op " + naam + " …");
        try (ConfigurableApplicationContext ctx = Cli.start(app, opties, false)) {
            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long begin = System.nanoTime();
            long[] laatsteBatch = {begin};
            IntakeTelling t = Cli.leesIn(ctx, berichten, telling -> laatsteBatch[0] = System.nanoTime());
            long einde = System.nanoTime();
            double seconden = (einde - begin) / 1e9;
            double intake = (laatsteBatch[0] - begin) / 1e9;
            long piek = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP)
                    .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("database", naam);
            m.put("messages", t.totaal());
            m.put("accepted", t.accepted());
            m.put("seconds", Math.round(seconden * 10) / 10.0);
            m.put("messagesPerSecond", Math.round(t.totaal() / seconden));
            m.put("intakeSeconds", Math.round(intake * 10) / 10.0);
            m.put("intakeMessagesPerSecond", Math.round(t.totaal() / intake));
            m.put("derivationSeconds", Math.round((seconden - intake) * 10) / 10.0);
            m.put("peakHeapMb", piek / (1024 * 1024));
            System.err.printf("%s: %,d berichten in %.1f s = %,.0f berichten/s (intake tot de laatste batch %.1f s ="
                            + " %,.0f berichten/s, daarna trajecten, wachttijden en indicatoren %.1f s), piek-heap %,d MB%n",
                    naam, t.totaal(), seconden, t.totaal() / seconden, intake, t.totaal() / intake, seconden - intake,
                    piek / (1024 * 1024));
            return m;
        }
    }

    private static void ruimOp(Class<?> app, Opties pg, String schema) {
        try (ConfigurableApplicationContext ctx = Cli.start(app, pg, false)) {
            ctx.getBean(JdbcTemplate.class).execute("drop schema " + schema + " cascade");
        }
    }

    private static Opties metData(Opties o, Path dataDir, String db, String user, String password) {
        return new Opties(o.commando(), o.argumenten(), dataDir, db, user, password, o.regio(), null, false, null, o.extra());
    }

    private static Path tijdelijk() {
        try {
            return Files.createTempDirectory("jeugdregie-bench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void verwijder(Path map) {
        try (Stream<Path> alles = Files.walk(map)) {
            alles.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("Kon " + map + " niet opruimen: " + e.getMessage());
        }
    }
}
