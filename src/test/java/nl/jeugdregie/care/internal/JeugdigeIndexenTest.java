package nl.jeugdregie.care.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.jeugdregie.care.Traject;
import nl.jeugdregie.care.ZorgFeiten;
import nl.jeugdregie.care.ZorgGebruik;
import nl.jeugdregie.demo.DemoRegio;
import nl.jeugdregie.messages.BerichtBronnen;
import nl.jeugdregie.messages.BerichtenGeaccepteerd;
import nl.jeugdregie.messages.Intake;
import nl.jeugdregie.region.RegioCatalogus;
import nl.jeugdregie.support.Berichten;
import nl.jeugdregie.support.JeugdregieTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A first load into an empty store writes its facts without the indexes by youth and builds them at
 * its end; every later run — also one after a first load that was broken off — finds them in place.
 * A rebuild replays into an emptied store the same way. The first test needs the store still empty.
 */
@JeugdregieTest(properties = "jeugdregie.test=jeugdige-indexen")
@Import(JeugdigeIndexenTest.Waarnemer.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JeugdigeIndexenTest {

    private static final Set<String> ALLE = Set.of("toewijzing_jeugdige_idx", "zorgmelding_jeugdige_idx",
            "verzoek_jeugdige_idx", "traject_jeugdige_idx", "zorg_bevinding_jeugdige_idx");

    /** Notes, inside each batch's transaction, which indexes by youth the store has at that moment. */
    @TestConfiguration
    static class Waarnemer {
        final List<Set<String>> perBatch = new CopyOnWriteArrayList<>();
        private final JdbcTemplate jdbc;

        Waarnemer(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        @EventListener
        void opGeaccepteerd(BerichtenGeaccepteerd event) {
            perBatch.add(indexen(jdbc));
        }
    }

    @Autowired
    DemoRegio demo;
    @Autowired
    Intake intake;
    @Autowired
    ZorgOpslag opslag;
    @Autowired
    ZorgGebruik zorg;
    @Autowired
    JeugdigeIndexen indexen;
    @Autowired
    ZorgFeiten feiten;
    @Autowired
    RegioCatalogus regio;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Waarnemer waarnemer;

    @Test
    @Order(1)
    void aFirstLoadBuildsTheIndexesByYouthAtItsEndAndLaterRunsFindThemInPlace() throws Exception {
        assertThat(indexen(jdbc)).as("na de start").isEqualTo(ALLE);

        Path map = Files.createTempDirectory("demo").resolve("berichten");
        demo.genereer(map, 0.01);
        intake.ontvang(BerichtBronnen.van(map), t -> { });
        assertThat(waarnemer.perBatch).as("batches van de eerste lading").hasSizeGreaterThan(1)
                .allSatisfy(i -> assertThat(i).isEmpty());
        assertThat(indexen(jdbc)).as("na de eerste lading").isEqualTo(ALLE);
        assertThat(opgeslagen()).hasSizeGreaterThan(200).isEqualTo(uitDeFeiten());

        waarnemer.perBatch.clear();
        LocalDate dag = LocalDate.of(2025, 6, 2);
        intake.ontvang(List.of(Berichten.toewijzing("0153", "98100001", "999990068", 990001, "45A01", dag, "09:00:00",
                dag, null)).iterator(), t -> { });
        assertThat(waarnemer.perBatch).singleElement().isEqualTo(ALLE);

        indexen.laatWeg();
        waarnemer.perBatch.clear();
        intake.ontvang(List.of(Berichten.start("0153", "98100001", "999990068", 990001, "45A01", dag, dag, dag))
                .iterator(), t -> { });
        assertThat(waarnemer.perBatch).as("na een afgebroken eerste lading").singleElement().isEqualTo(ALLE);
        assertThat(opgeslagen()).isEqualTo(uitDeFeiten());
    }

    @Test
    @Order(2)
    void aRebuildReplaysWithoutThemAndBuildsThemWithTheTrajectories() throws Exception {
        Path map = Files.createTempDirectory("demo").resolve("berichten");
        demo.genereer(map, 0.005);
        intake.ontvang(BerichtBronnen.van(map), t -> { });
        List<String> voor = opgeslagen();

        feiten.wis();
        assertThat(indexen(jdbc)).as("na het wissen").isEmpty();
        waarnemer.perBatch.clear();
        intake.herbouw(n -> { });
        assertThat(waarnemer.perBatch).as("batches van de herbouw").isNotEmpty().allSatisfy(i -> assertThat(i).isEmpty());
        feiten.herberekenTrajecten(n -> { });
        assertThat(indexen(jdbc)).as("na de herbouw").isEqualTo(ALLE);
        assertThat(opgeslagen()).isEqualTo(voor).isEqualTo(uitDeFeiten());
    }

    private List<String> opgeslagen() {
        List<String> trajecten = new ArrayList<>();
        zorg.elkTraject(t -> trajecten.add(t.toString()));
        return trajecten.stream().sorted().toList();
    }

    private List<String> uitDeFeiten() {
        TrajectBouwer bouwer = new TrajectBouwer(regio::deel);
        Map<String, Feiten> perJeugdige = opslag.feiten(opslag.alleJeugdigen());
        return perJeugdige.values().stream().flatMap(f -> bouwer.bouw(f).trajecten().stream()).map(Traject::toString)
                .sorted().toList();
    }

    static Set<String> indexen(JdbcTemplate jdbc) {
        return jdbc.execute((ConnectionCallback<Set<String>>) c -> indexen(c));
    }

    private static Set<String> indexen(Connection c) throws SQLException {
        Set<String> namen = new TreeSet<>();
        for (String tabel : List.of("toewijzing", "zorgmelding", "verzoek", "traject", "zorg_bevinding")) {
            try (ResultSet rs = c.getMetaData().getIndexInfo(null, c.getSchema(), tabel, false, true)) {
                while (rs.next()) {
                    String naam = rs.getString("INDEX_NAME");
                    if (naam != null && naam.toLowerCase().endsWith("_jeugdige_idx")) {
                        namen.add(naam.toLowerCase());
                    }
                }
            }
        }
        return namen;
    }
}
