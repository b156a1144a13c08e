package nl.jeugdregie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.jeugdregie.JeugdregieApplication;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 15: a 2.5 MB zip with a hundred entries of 24 MB each — 2.4 GB inflated, every entry
 * under the 25 MB limit — ended {@code ingest} with OutOfMemoryError and no outcome line. The
 * real CLI, in a JVM of its own with the launcher's 1 GB heap, now reads it a few entries at a
 * time and ends with every entry's outcome. (Its peak heap is measured by hand, see README.)
 */
class GroteZipTest {

    @Test
    void aHundredEntriesOf24MegabytesEndWithAnOutcomeWithinOneGigabyte() throws Exception {
        Path map = Files.createTempDirectory("grote-zip");
        Path zip = map.resolve("bom.zip");
        byte[] kop = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Bericht><Tekst>".getBytes(StandardCharsets.UTF_8);
        byte[] staart = "</Tekst></Bericht>".getBytes(StandardCharsets.UTF_8);
        byte[] blok = "a".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
        try (OutputStream uit = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(uit)) {
            z.setLevel(Deflater.BEST_SPEED);
            for (int i = 0; i < 100; i++) {
                z.putNextEntry(new ZipEntry("bericht-" + i + ".xml"));
                z.write(kop);
                for (int mb = 0; mb < 24; mb++) {
                    z.write(blok);
                }
                z.write(staart);
                z.closeEntry();
            }
        }
        assertThat(Files.size(zip)).isLessThan(30L * 1024 * 1024);

        List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(), "-Xmx1g",
                "-XX:+UseParallelGC", "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                JeugdregieApplication.class.getName(), "ingest", zip.toString(), "--data-dir", map.resolve("data").toString(),
                "--json"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String uitvoer = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(uitvoer).isZero();
        assertThat(uitvoer).doesNotContain("OutOfMemoryError");
        String laatste = uitvoer.lines().filter(r -> r.startsWith("{")).reduce((a, b) -> b).orElseThrow();
        JsonNode telling = JsonMapper.builder().build().readTree(laatste);
        assertThat(telling.get("rejected").asLong()).isEqualTo(100);
        assertThat(telling.get("accepted").asLong() + telling.get("duplicate").asLong()).isZero();
    }
}
