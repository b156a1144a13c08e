package nl.jeugdregie.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.jeugdregie.demo.DemoRegio;
import nl.jeugdregie.messages.BerichtBronnen;
import nl.jeugdregie.messages.Intake;
import nl.jeugdregie.messages.IntakeTelling;
import nl.jeugdregie.support.JeugdregieTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A small demo region through the real intake; a rebuild from the message store gives the same facts. */
@JeugdregieTest(properties = "jeugdregie.test=demo-klein")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HerbouwTest {

    @Autowired
    DemoRegio demo;
    @Autowired
    Intake intake;
    @Autowired
    ZorgFeiten feiten;
    @Autowired
    ZorgGebruik zorg;
    @Autowired
    JdbcTemplate jdbc;

    IntakeTelling telling;

    @BeforeAll
    void leesDemoIn() throws Exception {
        Path map = Files.createTempDirectory("demo").resolve("berichten");
        demo.genereer(map, 0.04);
        telling = intake.ontvang(BerichtBronnen.van(map), t -> { });
    }

    @Test
    void theDemoGoesThroughTheIntakeWithItsFaults() {
        assertThat(telling.accepted()).isGreaterThan(5000);
        assertThat(telling.duplicate()).isPositive();
        assertThat(telling.rejected()).isPositive();
        assertThat(zorg.aantalTrajecten()).isPositive();
        int ditJaar = java.time.LocalDate.now().minusDays(1).getYear();
        assertThat(zorg.jaren()).as("six calendar years up to yesterday").contains(ditJaar - 5, ditJaar);
    }

    @Test
    void aRebuildFromTheStoreGivesTheSameTrajectoriesAndFacts() {
        List<Map<String, Object>> voor = momentopname();
        feiten.wis();
        assertThat(zorg.aantalTrajecten()).isZero();
        long berichten = intake.herbouw(n -> { });
        feiten.herberekenTrajecten(n -> { });
        assertThat(berichten).isEqualTo(telling.accepted());
        assertThat(momentopname()).isEqualTo(voor);
    }

    @Test
    void everyMunicipalityHasYouthsInCareEachYear() {
        List<JeugdigenInZorg> perJaar = zorg.jeugdigenInZorg();
        assertThat(perJaar.stream().filter(j -> j.jaar() == 2024 && !j.regio()).map(JeugdigenInZorg::gemeente).distinct())
                .hasSize(14);
        assertThat(perJaar).allMatch(j -> j.jeugdigen() > 0);
        for (int jaar : zorg.jaren()) {
            long regio = perJaar.stream().filter(j -> j.jaar() == jaar && j.regio() && j.alleSegmenten())
                    .mapToLong(JeugdigenInZorg::jeugdigen).sum();
            long somGemeenten = perJaar.stream().filter(j -> j.jaar() == jaar && !j.regio() && j.alleSegmenten())
                    .mapToLong(JeugdigenInZorg::jeugdigen).sum();
            long somSegmenten = perJaar.stream().filter(j -> j.jaar() == jaar && j.regio() && !j.alleSegmenten())
                    .mapToLong(JeugdigenInZorg::jeugdigen).sum();
            long sql = jdbc.queryForObject("""
                    select count(distinct jeugdige) from traject
                    where begindatum <= ? and (einddatum is null or einddatum >= ?)
                      and segment not in ('jeugdbescherming', 'jeugdreclassering')""", Long.class,
                    java.sql.Date.valueOf(jaar + "-12-31"), java.sql.Date.valueOf(jaar + "-01-01"));
            long onder18 = jdbc.queryForObject("""
                    select count(distinct jeugdige) from traject
                    where begindatum <= ? and (einddatum is null or einddatum >= ?)
                      and segment not in ('jeugdbescherming', 'jeugdreclassering')
                      and (geboortedatum is null or geboortedatum > ?)""", Long.class,
                    java.sql.Date.valueOf(jaar + "-12-31"), java.sql.Date.valueOf(jaar + "-01-01"),
                    java.sql.Date.valueOf((jaar - 18) + "-12-01"));
            assertThat(regio).as("distinct youths with youth help " + jaar).isEqualTo(sql).isPositive()
                    .isLessThanOrEqualTo(somGemeenten).isLessThanOrEqualTo(somSegmenten);
            long regio017 = perJaar.stream().filter(j -> j.jaar() == jaar && j.regio() && j.alleSegmenten())
                    .mapToLong(JeugdigenInZorg::jeugdigen017).sum();
            assertThat(regio017).as("0-17: at most all, at least those still under 18 in December " + jaar)
                    .isLessThanOrEqualTo(regio).isGreaterThanOrEqualTo(onder18);
        }
    }

    private List<Map<String, Object>> momentopname() {
        return jdbc.queryForList("""
                select jeugdige, gemeente, aanbieder, hulpvorm, segment, begindatum, einddatum, gestart_met_crisis,
                       verwijzer, reden_beeindiging, productcodes,
                       (select count(*) from toewijzing) as toewijzingen,
                       (select count(*) from zorgmelding) as meldingen,
                       (select count(*) from declaratieregel) as declaratieregels,
                       (select count(*) from zorg_bevinding) as bevindingen
                from traject order by jeugdige, begindatum, aanbieder, hulpvorm""");
    }
}
