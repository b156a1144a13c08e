package nl.jeugdregie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.jeugdregie.JeugdregieApplication;
import nl.jeugdregie.support.Gedeeld;
import nl.jeugdregie.support.TestDatabase;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The command line as a user runs it: ingest then stats, machine-readable output as the last line. */
class CliTest {

    @Test
    void ingestAndStatsPrintTheirSummariesAsTheLastLine() throws Exception {
        Path data = Files.createTempDirectory("cli");
        List<String> basis = new ArrayList<>(List.of("--data-dir", data.toString(), "--region",
                "src/test/resources/region/test-regio.json", "--json"));
        if (TestDatabase.postgres()) {
            basis.addAll(List.of("--db", System.getProperty("jeugdregie.test.pg-url", "jdbc:postgresql://127.0.0.1:5432/postgres")
                    + "?currentSchema=cli_" + UUID.randomUUID().toString().substring(0, 8).replace("-", ""),
                    "--db-user", "postgres"));
        }
        JsonNode ingest = laatsteRegel(draai("ingest", Gedeeld.pad("ijw/berichten").toString(), basis));
        assertThat(ingest.get("accepted").asLong()).isEqualTo(13);
        assertThat(ingest.get("rejected").asLong()).isEqualTo(1);
        assertThat(ingest.get("duplicate").asLong()).isZero();

        JsonNode nogmaals = laatsteRegel(draai("ingest", Gedeeld.pad("ijw/berichten").toString(), basis));
        // The rejected sample is judged again (and rejected again): only accepted content makes a duplicate.
        assertThat(nogmaals.get("duplicate").asLong()).isEqualTo(13);
        assertThat(nogmaals.get("rejected").asLong()).isEqualTo(1);

        JsonNode stats = laatsteRegel(draai("stats", null, basis));
        assertThat(stats.get("messages").get("accepted").asLong()).isEqualTo(13);
        assertThat(stats.get("messages").get("duplicate").asLong()).isEqualTo(13);
        assertThat(stats.get("trajectories").asLong()).isEqualTo(1);
        JsonNode rij = stats.get("youthsInCare").get(0);
        assertThat(rij.get("year").asInt()).isEqualTo(2026);
        assertThat(rij.get("municipality").asString()).isEqualTo("GM0363");
        assertThat(rij.get("segment").asString()).isEqualTo("ambulant");
        assertThat(rij.get("youths").asLong()).isEqualTo(1);
    }

    @Test
    void anUnknownCommandExitsWithUsage() {
        assertThat(Cli.run(JeugdregieApplication.class, new String[] {"vlieg"})).isEqualTo(2);
    }

    private static String draai(String commando, String argument, List<String> opties) {
        List<String> args = new ArrayList<>();
        args.add(commando);
        if (argument != null) {
            args.add(argument);
        }
        args.addAll(opties);
        PrintStream origineel = System.out;
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        System.setOut(new PrintStream(uit, true, StandardCharsets.UTF_8));
        try {
            assertThat(Cli.run(JeugdregieApplication.class, args.toArray(String[]::new))).isZero();
        } finally {
            System.setOut(origineel);
        }
        return uit.toString(StandardCharsets.UTF_8);
    }

    private static JsonNode laatsteRegel(String uitvoer) {
        List<String> regels = uitvoer.lines().filter(r -> !r.isBlank()).toList();
        return JsonMapper.builder().build().readTree(regels.getLast());
    }
}
