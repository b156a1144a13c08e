package nl.jeugdregie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import nl.jeugdregie.JeugdregieApplication;
import nl.jeugdregie.demo.DemoRegio;
import nl.jeugdregie.region.RegioBestand;
import nl.jeugdregie.region.RegioCatalogus;
import nl.jeugdregie.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * kill -9 anywhere in a real ingest, then a restart and the same ingest again, gives the figures
 * of an uninterrupted run (issue 15: a crash at 40 % used to leave 44,207 trajectories instead of
 * 59,081, silently). The application runs as the user runs it — the CLI in a JVM of its own, on
 * H2 or PostgreSQL — and is stopped with SIGKILL at named points ({@code Onderbreking}): early (in
 * the first batch's transaction), mid-run (in a later batch's transaction), when the run's
 * trajectories are about to be derived, after the first part of them was committed, and during the
 * indicators' computation. {@code stats --json} and {@code export indicatoren --json} must then
 * equal those of the uninterrupted run.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrashTest {

    private static final int JAAR = 2024;

    private Path berichten;
    private JsonNode verwachtStats;
    private JsonNode verwachtIndicatoren;
    private final List<String> schemas = new ArrayList<>();

    @BeforeAll
    void ongestoord() throws Exception {
        berichten = Files.createTempDirectory("crash").resolve("berichten");
        // About 12,000 messages in twelve batches, touching more than 2,000 youths: the run ends with a full indicator computation.
        new DemoRegio(new RegioCatalogus(RegioBestand.twente()), null, null, new nl.jeugdregie.region.Kalender(java.time.Clock.systemDefaultZone()))
                .genereer(berichten, 0.05);
        List<String> opslag = nieuweOpslag();
        assertThat(draai(opslag, null, "ingest", berichten.toString()).uitvoer()).contains("\"rejected\"");
        verwachtStats = json(draai(opslag, null, "stats").uitvoer());
        verwachtIndicatoren = json(draai(opslag, null, "export", "indicatoren", "--jaar", String.valueOf(JAAR)).uitvoer());
        assertThat(verwachtStats.get("trajectories").asLong()).isPositive();
    }

    @ParameterizedTest(name = "kill -9 bij {0}")
    @ValueSource(strings = {"batch:1", "batch:7", "trajecten", "trajectdeel", "indicatoren:2"})
    void aKillAnywhereThenARestartAndTheSameIngestGiveTheUninterruptedFigures(String punt) throws Exception {
        List<String> opslag = nieuweOpslag();
        Uitkomst gedood = draai(opslag, punt, "ingest", berichten.toString());
        assertThat(gedood.gedood()).as("het proces bereikte %s en werd gedood; uitvoer:%n%s", punt, gedood.uitvoer()).isTrue();

        JsonNode naHerstart = json(draai(opslag, null, "stats").uitvoer());
        if (!punt.startsWith("batch")) {
            // Every message was committed before the kill: the restart alone finishes the derivations.
            assertThat(naHerstart).isEqualTo(verwachtStats);
        }
        draai(opslag, null, "ingest", berichten.toString());
        // The second delivery is recorded too — its already stored messages as duplicates, its rejected ones rejected
        // again — so only the message counts of those two outcomes differ from the uninterrupted run's.
        JsonNode stats = json(draai(opslag, null, "stats").uitvoer());
        assertThat(stats.get("messages").get("accepted")).isEqualTo(verwachtStats.get("messages").get("accepted"));
        assertThat(stats.get("trajectories")).isEqualTo(verwachtStats.get("trajectories"));
        assertThat(stats.get("youthsInCare")).isEqualTo(verwachtStats.get("youthsInCare"));
        assertThat(json(draai(opslag, null, "export", "indicatoren", "--jaar", String.valueOf(JAAR)).uitvoer()))
                .isEqualTo(verwachtIndicatoren);
    }

    @AfterAll
    void ruimOp() {
        if (!TestDatabase.postgres()) {
            return;
        }
        try (Connection c = DriverManager.getConnection(pgUrl(), "postgres", "")) {
            for (String schema : schemas) {
                c.createStatement().execute("drop schema if exists " + schema + " cascade");
            }
        } catch (Exception e) {
            System.err.println("Kon schema's niet opruimen: " + e.getMessage());
        }
    }

    /** The options that put a run on a store of its own: a data directory, and on PostgreSQL a schema. */
    private List<String> nieuweOpslag() throws IOException {
        List<String> opties = new ArrayList<>(List.of("--data-dir", Files.createTempDirectory("crash-data").toString(), "--json"));
        if (TestDatabase.postgres()) {
            String schema = "crash_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            schemas.add(schema);
            opties.addAll(List.of("--db", pgUrl() + "?currentSchema=" + schema, "--db-user", "postgres"));
        }
        return opties;
    }

    private static String pgUrl() {
        return System.getProperty("jeugdregie.test.pg-url", "jdbc:postgresql://127.0.0.1:5432/postgres");
    }

    private record Uitkomst(String uitvoer, boolean gedood) {
    }

    /**
     * Runs the CLI in a JVM of its own; with {@code punt}, kills it with SIGKILL as soon as it
     * reports that point. Without, it must end with exit code 0.
     */
    private static Uitkomst draai(List<String> opslag, String punt, String... commando) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(), "-Xmx768m",
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path")));
        if (punt != null) {
            cmd.add("-Djeugdregie.onderbreek-bij=" + punt);
        }
        cmd.add(JeugdregieApplication.class.getName());
        cmd.addAll(List.of(commando));
        cmd.addAll(opslag);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        StringBuilder uitvoer = new StringBuilder();
        CompletableFuture<Boolean> bereikt = new CompletableFuture<>();
        Thread lezer = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String regel; (regel = r.readLine()) != null; ) {
                    synchronized (uitvoer) {
                        uitvoer.append(regel).append('\n');
                    }
                    if (regel.contains("ONDERBREKINGSPUNT")) {
                        bereikt.complete(true);
                    }
                }
            } catch (IOException e) {
                // the process was killed
            }
            bereikt.complete(false);
        });
        lezer.start();
        boolean gedood = false;
        try {
            if (punt != null && bereikt.get(3, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                gedood = true;
            }
            assertThat(p.waitFor(3, TimeUnit.MINUTES)).as("%s eindigt", List.of(commando)).isTrue();
        } finally {
            if (p.isAlive()) {
                p.destroyForcibly().waitFor();
            }
        }
        lezer.join();
        if (!gedood) {
            assertThat(p.exitValue()).as("%s: %s", List.of(commando), uitvoer).isZero();
        }
        return new Uitkomst(uitvoer.toString(), gedood);
    }

    /** The last line of the output as JSON: objects compare whatever the order of their members. */
    private static JsonNode json(String uitvoer) {
        String regel = uitvoer.lines().filter(r -> r.startsWith("{")).reduce((a, b) -> b).orElseThrow(() -> new AssertionError(uitvoer));
        return JsonMapper.builder().build().readTree(regel);
    }
}
