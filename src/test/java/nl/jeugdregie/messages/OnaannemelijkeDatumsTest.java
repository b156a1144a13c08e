package nl.jeugdregie.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import nl.jeugdregie.care.TrajectenBijgewerkt;
import nl.jeugdregie.care.ZorgGebruik;
import nl.jeugdregie.indicators.Doorsnede;
import nl.jeugdregie.indicators.Indicatoren;
import nl.jeugdregie.indicators.Periode;
import nl.jeugdregie.messages.Uitkomst.Status;
import nl.jeugdregie.support.Berichten;
import nl.jeugdregie.support.JeugdregieTest;
import nl.jeugdregie.waiting.Wachttijden;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The dates that took the service down (issue 15): a start on 9999-12-31 sized every figure's
 * periods until the heap ran out, an assignment dated 9999-12-31 moved the region's "today".
 * Such messages are now refused with the element and the bound; and a store that still holds
 * such facts — accepted by an earlier version — no longer sizes any computation.
 */
@JeugdregieTest(properties = "jeugdregie.vandaag=2025-06-30")
class OnaannemelijkeDatumsTest {

    private static final LocalDate MAART = LocalDate.of(2025, 3, 3);
    private static final LocalDate VER = LocalDate.of(9999, 12, 31);

    @Autowired
    Intake intake;
    @Autowired
    Wachttijden wachttijden;
    @Autowired
    ZorgGebruik zorg;
    @Autowired
    Indicatoren indicatoren;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEventPublisher events;

    @Test
    void aStartOnTheLastDayOfTime9999IsRefusedWithTheElementAndKept() {
        intake.ontvangEen(Berichten.toewijzing("0141", "98100001", "999990032", 980001, "45A01", MAART, "09:00:00", MAART, null));
        Uitkomst u = intake.ontvangEen(Berichten.start("0141", "98100001", "999990032", 980001, "45A01", MAART, VER,
                MAART.plusDays(2)));
        assertThat(u.status()).isEqualTo(Status.AFGEWEZEN);
        assertThat(u.reden()).isEqualTo("element Client/StartProducten/StartProduct[1]/Begindatum onaannemelijk: "
                + "9999-12-31 ligt na de dagtekening van het bericht (2025-03-05)");
        assertThat(jdbc.queryForObject("select status from bericht where id = ?", String.class, u.berichtId()))
                .isEqualTo("afgewezen");
        assertThat(zorg.jaren()).allMatch(j -> j <= 2025);
    }

    @Test
    void anAssignmentDated9999NeitherCountsNorMovesToday() {
        Uitkomst u = intake.ontvangEen(Berichten.toewijzing("0141", "98100001", "999990044", 980002, "45A01", VER,
                "09:00:00", VER, null));
        assertThat(u.status()).isEqualTo(Status.AFGEWEZEN);
        assertThat(u.reden()).contains("Dagtekening onaannemelijk: 9999-12-31 ligt in de toekomst (vandaag is 2025-06-30)");
        intake.ontvangEen(Berichten.toewijzing("0141", "98100001", "999990056", 980003, "45A01", MAART, "09:00:00", MAART, null));
        assertThat(wachttijden.peildatum()).contains(LocalDate.of(2025, 6, 30));
    }

    @Test
    void aStoreThatStillHoldsSuchFactsIsComputedWithinTheReportingWindow() {
        intake.ontvangEen(Berichten.toewijzing("0153", "98100001", "999990068", 980004, "45A01", MAART, "09:00:00", MAART, null));
        intake.ontvangEen(Berichten.start("0153", "98100001", "999990068", 980004, "45A01", MAART, MAART.plusDays(3),
                MAART.plusDays(4)));
        // As an earlier version stored them: a start, a stop and a trajectory far beyond any plausible date.
        jdbc.update("""
                insert into zorgmelding (bericht_id, soort, gemeente, aanbieder, toewijzingnummer, jeugdige, productcategorie,
                    productcode, begindatum, einddatum, status_aanlevering, dagtekening)
                values (-1, 'start', 'GM0153', '98100001', '980005', 'oud', '45', '45A01', ?, null, '1', ?)""", VER, MAART);
        jdbc.update("""
                insert into zorgmelding (bericht_id, soort, gemeente, aanbieder, toewijzingnummer, jeugdige, productcategorie,
                    productcode, begindatum, einddatum, reden_beeindiging, status_aanlevering, dagtekening)
                values (-2, 'stop', 'GM0153', '98100001', '980005', 'oud', '45', '45A01', ?, ?, '31', '1', ?)""", MAART, VER, MAART);
        jdbc.update("""
                insert into traject (jeugdige, gemeente, aanbieder, hulpvorm, segment, begindatum, einddatum,
                    gestart_met_crisis, verwijzer, geboortedatum, productcodes)
                values ('oud', 'GM0153', '98100001', '01', 'ambulant', ?, null, false, '01', ?, '45A01')""",
                VER, LocalDate.of(2012, 1, 1));

        assertThat(zorg.jaren()).containsExactly(2025);
        events.publishEvent(TrajectenBijgewerkt.alles(2));

        assertThat(indicatoren.reeks("jeugdigen-in-zorg", Doorsnede.regio(nl.jeugdregie.indicators.Waarde.ALLE), Periode.JAAR, YearMonth.of(2015, 1),
                YearMonth.of(9999, 12))).extracting(nl.jeugdregie.indicators.Waarde::maand).containsExactly(YearMonth.of(2025, 1));
        assertThat(wachttijden.peildatum()).contains(LocalDate.of(2025, 6, 30));
    }
}
