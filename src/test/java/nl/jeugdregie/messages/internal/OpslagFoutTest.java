package nl.jeugdregie.messages.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.database.Statistieken;
import nl.jeugdregie.messages.BerichtBron;
import nl.jeugdregie.messages.Intake;
import nl.jeugdregie.messages.IntakeTelling;
import nl.jeugdregie.support.Berichten;
import nl.jeugdregie.support.Gedeeld;
import nl.jeugdregie.support.JeugdregieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Should the database refuse a message the checks let through, only that message is lost — and kept as rejected. */
@JeugdregieTest(properties = {"jeugdregie.test=opslagfout", Gedeeld.TESTREGIO})
@Import(OpslagFoutTest.WeigerendeOpslag.class)
class OpslagFoutTest {

    @TestConfiguration
    static class WeigerendeOpslag {
        @Bean
        @Primary
        BerichtOpslag weigerendeOpslag(JdbcClient jdbc, JdbcTemplate template, Statistieken statistieken) {
            return new BerichtOpslag(jdbc, template, statistieken) {
                @Override
                void bewaar(List<Rij> rijen, List<Bevinding> bevindingen) {
                    if (rijen.stream().anyMatch(r -> r.bron().endsWith("weigert") && r.status().equals("geaccepteerd"))) {
                        throw new DataIntegrityViolationException("waarde te lang voor kolom");
                    }
                    super.bewaar(rijen, bevindingen);
                }
            };
        }
    }

    @Autowired
    Intake intake;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theOtherMessagesOfTheBatchAreStoredAndTheRefusedOneIsKeptWithTheReason() {
        LocalDate dag = LocalDate.of(2025, 3, 3);
        var goed = Berichten.toewijzing("0384", "65656055", "999990032", 960001, "45A03", dag, "09:00:00", dag, null);
        var start = Berichten.start("0384", "65656055", "999990032", 960001, "45A03", dag, dag, dag);
        var weigert = Berichten.toewijzing("0384", "65656055", "999990044", 960002, "45A03", dag, "09:00:00", dag, null);
        IntakeTelling telling = intake.ontvang(List.of(goed, BerichtBron.van(weigert.naam() + "-weigert", weigert.inhoud()), start).iterator(), t -> { });

        assertThat(telling).isEqualTo(new IntakeTelling(2, 0, 1));
        assertThat(jdbc.queryForObject("select reden from bericht where bron like '%weigert'", String.class))
                .isEqualTo("kon niet worden opgeslagen: waarde te lang voor kolom");
        assertThat(jdbc.queryForObject("select count(*) from toewijzing where toewijzingnummer = '960001'", Long.class))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from traject where aanbieder = '65656055'", Long.class)).isEqualTo(1);
    }
}
