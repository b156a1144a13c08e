package nl.jeugdregie.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.messages.Intake;
import nl.jeugdregie.messages.IntakeTelling;
import nl.jeugdregie.support.Berichten;
import nl.jeugdregie.support.JeugdregieTest;
import nl.jeugdregie.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 15: TRUNCATE emptied the append-only access log, and the application, connected as the
 * owner, could have dropped its trigger. Now TRUNCATE is refused on both engines, and on
 * PostgreSQL this context runs as production does — Flyway as the owner, the application as a role
 * that owns nothing — and that role can neither empty, change, alter nor drop the log or its
 * triggers, while the intake and the log itself work as usual.
 */
@JeugdregieTest(properties = "jeugdregie.test.app-rol=true")
class ToegangslogRollenTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Toegangslog log;
    @Autowired
    Intake intake;

    @Test
    void theApplicationCanWriteTheLogButNeverEmptyOrWeakenIt() {
        log.leg(new Toegang(Toegang.Actie.LEZEN, true, "test", List.of("a".repeat(64)), "test", "1"));
        long aantal = jdbc.queryForObject("select count(*) from toegangslog", Long.class);
        assertThat(aantal).isPositive();

        List<String> pogingen = new java.util.ArrayList<>(List.of("truncate table toegangslog", "delete from toegangslog",
                "update toegangslog set uitkomst = 'toegestaan'"));
        if (TestDatabase.postgres()) {
            pogingen.addAll(List.of("drop trigger toegangslog_geen_wijziging on toegangslog",
                    "alter table toegangslog disable trigger all", "drop table toegangslog",
                    "drop function toegangslog_alleen_toevoegen() cascade", "alter table toegangslog rename to oud",
                    "truncate table toegangslog cascade"));
        }
        for (String poging : pogingen) {
            assertThatThrownBy(() -> jdbc.execute(poging)).as(poging).isNotNull();
        }
        assertThat(jdbc.queryForObject("select count(*) from toegangslog", Long.class)).isEqualTo(aantal);
        if (TestDatabase.postgres()) {
            assertThat(jdbc.queryForObject("select current_user", String.class)).startsWith("app_");
        }
    }

    @Test
    void theIntakeWorksUnderTheRoleThatOwnsNothing() {
        LocalDate dag = LocalDate.of(2025, 3, 3);
        IntakeTelling t = intake.ontvang(List.of(
                Berichten.toewijzing("0141", "98100001", "999990032", 990001, "45A01", dag, "09:00:00", dag, null),
                Berichten.start("0141", "98100001", "999990032", 990001, "45A01", dag, dag, dag)).iterator(), x -> { });
        assertThat(t.accepted()).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from traject", Long.class)).isOne();
    }
}
