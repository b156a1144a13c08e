package nl.jeugdregie.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.jeugdregie.messages.BerichtBron;
import nl.jeugdregie.messages.BerichtenOverzicht;
import nl.jeugdregie.messages.Intake;
import nl.jeugdregie.messages.IntakeTelling;
import nl.jeugdregie.support.Berichten;
import nl.jeugdregie.support.JeugdregieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Hand-built traffic through the real intake into trajectories, with known answers. */
@JeugdregieTest(properties = "jeugdregie.test=zorgpad")
class ZorgpadTest {

    private static final String ALMELO = "0141";
    private static final String AANBIEDER = "98100006";

    @Autowired
    Intake intake;
    @Autowired
    BerichtenOverzicht berichten;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void messagesInAnyOrderGiveTheSameTrajectory() {
        String bsn = "999990032";
        List<BerichtBron> verkeer = List.of(
                Berichten.verzoek(ALMELO, AANBIEDER, bsn, "R-1", "43A01", d(3, 1), "04", d(2, 20)),
                Berichten.toewijzing(ALMELO, AANBIEDER, bsn, 700001, "46A01", d(3, 1), "10:00:00", d(3, 1), null),
                Berichten.start(ALMELO, AANBIEDER, bsn, 700001, "46A01", d(3, 1), d(3, 1), d(3, 2)),
                Berichten.stop(ALMELO, AANBIEDER, bsn, 700001, "46A01", d(3, 1), d(3, 1), d(3, 14), d(3, 15)),
                Berichten.toewijzing(ALMELO, AANBIEDER, bsn, 700002, "43A01", d(4, 10), "09:00:00", d(3, 15), "R-1"),
                Berichten.start(ALMELO, AANBIEDER, bsn, 700002, "43A01", d(3, 15), d(3, 15), d(3, 16)),
                Berichten.stop(ALMELO, AANBIEDER, bsn, 700002, "43A01", d(3, 15), d(3, 15), d(9, 30), d(10, 1)));
        List<BerichtBron> omgekeerd = new ArrayList<>(verkeer);
        Collections.reverse(omgekeerd);
        intake.ontvang(omgekeerd.iterator(), t -> { });
        List<Map<String, Object>> trajecten = trajecten();

        assertThat(trajecten).hasSize(1);
        Map<String, Object> t = trajecten.getFirst();
        assertThat(t.get("begindatum").toString()).isEqualTo("2024-03-02");
        assertThat(t.get("einddatum").toString()).isEqualTo("2024-09-30");
        assertThat(t.get("segment")).isEqualTo("verblijf");
        assertThat(t.get("hulpvorm")).isEqualTo("14");
        assertThat(t.get("gestart_met_crisis")).isEqualTo(true);
        assertThat(t.get("verwijzer")).as("the crisis placement came first, without a request").isEqualTo("01");
        assertThat(t.get("gemeente")).isEqualTo("GM0141");

        long meldingen = jdbc.queryForObject("select count(*) from zorgmelding", Long.class);
        List<BerichtBron> geschud = new ArrayList<>(verkeer);
        Collections.shuffle(geschud, new Random(3));
        IntakeTelling nogmaals = intake.ontvang(geschud.iterator(), x -> { });
        assertThat(nogmaals.duplicate()).isEqualTo(verkeer.size());
        assertThat(jdbc.queryForObject("select count(*) from zorgmelding", Long.class)).isEqualTo(meldingen);
        assertThat(trajecten()).isEqualTo(trajecten);
    }

    @Test
    void theReferrerOfARequestCarriesOverToTheTrajectory() {
        String bsn = "999990056";
        String aanbieder = "98100005";
        intake.ontvang(List.of(
                Berichten.start(ALMELO, aanbieder, bsn, 750001, "54A01", d(6, 3), d(6, 3), d(6, 4)),
                Berichten.toewijzing(ALMELO, aanbieder, bsn, 750001, "54A01", d(6, 20), "11:00:00", d(6, 3), "HA-9"),
                Berichten.verzoek(ALMELO, aanbieder, bsn, "HA-9", "54A01", d(6, 3), "02", d(5, 28))).iterator(), x -> { });
        Map<String, Object> t = jdbc.queryForMap("select * from traject where aanbieder = ?", aanbieder);
        assertThat(t.get("verwijzer")).as("GP referral through JW315").isEqualTo("02");
        assertThat(t.get("begindatum").toString()).as("ambulant care starts on its first day").isEqualTo("2024-06-03");
        assertThat(t.get("einddatum")).isNull();
    }

    @Test
    void aProductOutsideTheListAndAnUnknownProviderAreAcceptedAndFlagged() {
        String bsn = "999990044";
        String onbekend = "98999999";
        IntakeTelling t = intake.ontvang(List.of(
                Berichten.toewijzing(ALMELO, onbekend, bsn, 800001, "45Z99", d(5, 1), "08:00:00", d(5, 1), null),
                Berichten.start(ALMELO, onbekend, bsn, 800001, "45Z99", d(5, 1), d(5, 6), d(5, 7))).iterator(), x -> { });
        assertThat(t.accepted()).isEqualTo(2);
        assertThat(berichten.onbekendeAanbieders()).contains(onbekend);
        assertThat(jdbc.queryForList("select code from zorg_bevinding where omschrijving like '%45Z99%'", String.class))
                .contains("PRODUCTCODE_BUITEN_LIJST");
        assertThat(jdbc.queryForObject("select segment from traject where aanbieder = ?", String.class, onbekend))
                .as("category 45 falls back to ambulant").isEqualTo("ambulant");
    }

    private List<Map<String, Object>> trajecten() {
        return jdbc.queryForList("select * from traject where aanbieder = ? order by begindatum", AANBIEDER);
    }

    private static LocalDate d(int maand, int dag) {
        return LocalDate.of(2024, maand, dag);
    }
}
