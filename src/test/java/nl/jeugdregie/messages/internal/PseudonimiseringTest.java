package nl.jeugdregie.messages.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import nl.jeugdregie.messages.BerichtBron;
import nl.jeugdregie.messages.Intake;
import nl.jeugdregie.support.Gedeeld;
import nl.jeugdregie.support.JeugdregieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The BSN and the personal details of the samples never reach the database. */
@JeugdregieTest(properties = Gedeeld.TESTREGIO)
class PseudonimiseringTest {

    private static final List<String> VERBODEN = List.of("999900006", "999900018", "Van Woustraat", "abc@def.com",
            "0201234567", "Galen", ">Wit<", "Tom", "Mauritsstraat");

    @Autowired
    Intake intake;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void noBsnNameOrAddressIsStoredAnywhere() throws Exception {
        try (Stream<Path> bestanden = Files.list(Gedeeld.pad("ijw/berichten"))) {
            for (Path p : bestanden.sorted().toList()) {
                intake.ontvangEen(BerichtBron.van(p.getFileName().toString(), Files.readAllBytes(p)));
            }
        }
        List<String> inhoud = new ArrayList<>();
        for (String tabel : jdbc.queryForList("select table_name from information_schema.tables where lower(table_schema) = lower(current_schema()) and table_type in ('BASE TABLE', 'TABLE')", String.class)) {
            jdbc.query("select * from " + tabel, rs -> {
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    Object waarde = rs.getObject(i);
                    if (waarde instanceof byte[] bytes) {
                        inhoud.add(new String(BerichtOpslag.decomprimeer(bytes), StandardCharsets.UTF_8));
                    } else if (waarde != null) {
                        inhoud.add(waarde.toString());
                    }
                }
            });
        }
        assertThat(inhoud).as("opgeslagen waarden").isNotEmpty();
        for (String verboden : VERBODEN) {
            assertThat(inhoud).as(verboden).noneMatch(w -> w.contains(verboden));
        }
        assertThat(jdbc.queryForList("select distinct jeugdige from zorgmelding", String.class))
                .allMatch(Pseudonimiseerder::isPseudoniem);
    }

    @Test
    void thePseudonymIsKeyedAndStable() {
        byte[] sleutel = new byte[32];
        Arrays.fill(sleutel, (byte) 7);
        byte[] andere = sleutel.clone();
        andere[0] = 8;
        Pseudonimiseerder a = new Pseudonimiseerder(sleutel);
        assertThat(a.pseudoniem("999900006")).isEqualTo(a.pseudoniem("999900006")).hasSize(64);
        assertThat(a.pseudoniem("999900006")).isNotEqualTo(a.pseudoniem("999900018"));
        assertThat(new Pseudonimiseerder(andere).pseudoniem("999900006")).isNotEqualTo(a.pseudoniem("999900006"));
    }

    @Test
    void theElevenTestFollowsTheStandard() {
        assertThat(Pseudonimiseerder.isGeldigBsn("123456782")).isTrue();
        assertThat(Pseudonimiseerder.isGeldigBsn("999900006")).isTrue();
        assertThat(Pseudonimiseerder.isGeldigBsn("123456789")).isFalse();
        assertThat(Pseudonimiseerder.isGeldigBsn("000000000")).isFalse();
        assertThat(Pseudonimiseerder.isGeldigBsn("12345678")).isFalse();
    }
}
