package nl.jeugdregie.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading messages from files, folders and zips: order, what counts, and what is refused with its reason. */
class BerichtBronnenTest {

    @TempDir
    Path map;

    @Test
    void aFolderIsReadRecursivelyInNameOrderWithTheXmlEntriesOfItsZips() throws IOException {
        Files.writeString(map.resolve("a.xml"), "<a/>");
        Files.createDirectories(map.resolve("sub"));
        Files.writeString(map.resolve("sub/b.xml"), "<b/>");
        Files.writeString(map.resolve("lees-mij.txt"), "geen bericht");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(map.resolve("c.zip")))) {
            zip.putNextEntry(new ZipEntry("map/"));
            zip.closeEntry();
            schrijf(zip, "map/1.xml", "<een/>");
            schrijf(zip, "toelichting.txt", "niet meegeteld");
            bewaard(zip, "2.XML", "<twee/>");
        }

        List<BerichtBron> bronnen = alle(map);

        assertThat(bronnen).extracting(b -> map.relativize(Path.of(b.naam().replace("!", "/"))).toString())
                .containsExactly("a.xml", "c.zip/map/1.xml", "c.zip/2.XML", "sub/b.xml");
        assertThat(bronnen).extracting(b -> new String(b.inhoud(), StandardCharsets.UTF_8))
                .containsExactly("<a/>", "<een/>", "<twee/>", "<b/>");
        assertThat(BerichtBronnen.tel(map)).isEqualTo(4);
    }

    @Test
    void anEntryOver25MbIsRefusedWithItsReasonAndTheNextEntryStillRead() throws IOException {
        Path bestand = map.resolve("groot.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bestand))) {
            zip.putNextEntry(new ZipEntry("groot.xml"));
            zip.write(new byte[BerichtBronnen.MAX_BYTES + 1]);
            zip.closeEntry();
            schrijf(zip, "klein.xml", "<klein/>");
        }

        List<BerichtBron> bronnen = alle(bestand);

        assertThat(bronnen).hasSize(2);
        assertThat(bronnen.get(0).inhoud()).isNull();
        assertThat(bronnen.get(0).leesfout()).isEqualTo("bestand groter dan 25 MB wordt geweigerd");
        assertThat(bronnen.get(0).naam()).endsWith("groot.zip!groot.xml");
        assertThat(new String(bronnen.get(1).inhoud(), StandardCharsets.UTF_8)).isEqualTo("<klein/>");
    }

    @Test
    void aZipThatIsNoZipBecomesOneUnreadableSourceWithItsReason() throws IOException {
        Path kapot = map.resolve("kapot.zip");
        Files.writeString(kapot, "dit is geen zip");

        List<BerichtBron> bronnen = alle(kapot);

        assertThat(bronnen).singleElement().satisfies(b -> {
            assertThat(b.inhoud()).isNull();
            assertThat(b.leesfout()).startsWith("zip-bestand kan niet worden gelezen");
        });
    }

    @Test
    void anAnnouncedLengthIsOnlyAHint() throws IOException {
        byte[] twintig = "twintig bytes inhoud".getBytes(StandardCharsets.UTF_8);

        assertThat(BerichtBronnen.leesBegrensd(new ByteArrayInputStream(twintig), 20)).isEqualTo(twintig);
        assertThat(BerichtBronnen.leesBegrensd(new ByteArrayInputStream(twintig), 7)).isEqualTo(twintig);
        assertThat(BerichtBronnen.leesBegrensd(new ByteArrayInputStream(twintig), 100)).isEqualTo(twintig);
        assertThat(BerichtBronnen.leesBegrensd(new ByteArrayInputStream(twintig), -1)).isEqualTo(twintig);
        assertThat(BerichtBronnen.leesBegrensd(new ByteArrayInputStream(new byte[0]), 0)).isEmpty();

        byte[] teGroot = new byte[BerichtBronnen.MAX_BYTES + 1];
        assertThat(BerichtBronnen.leesBegrensd(new ByteArrayInputStream(teGroot), 5)).isNull();
        assertThat(BerichtBronnen.leesBegrensd(new ByteArrayInputStream(teGroot), BerichtBronnen.MAX_BYTES)).isNull();
        assertThat(BerichtBronnen.leesBegrensd(new ByteArrayInputStream(teGroot), -1)).isNull();
        assertThat(BerichtBronnen.leesBegrensd(new ByteArrayInputStream(Arrays.copyOf(teGroot, BerichtBronnen.MAX_BYTES)), 5))
                .hasSize(BerichtBronnen.MAX_BYTES);
    }

    private static List<BerichtBron> alle(Path pad) {
        List<BerichtBron> bronnen = new ArrayList<>();
        BerichtBronnen.van(pad).forEachRemaining(bronnen::add);
        return bronnen;
    }

    private static void schrijf(ZipOutputStream zip, String naam, String inhoud) throws IOException {
        zip.putNextEntry(new ZipEntry(naam));
        zip.write(inhoud.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** A stored (uncompressed) entry, whose sizes stand in its local header. */
    private static void bewaard(ZipOutputStream zip, String naam, String inhoud) throws IOException {
        byte[] bytes = inhoud.getBytes(StandardCharsets.UTF_8);
        ZipEntry entry = new ZipEntry(naam);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(bytes.length);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        ((OutputStream) zip).write(bytes);
        zip.closeEntry();
    }
}
