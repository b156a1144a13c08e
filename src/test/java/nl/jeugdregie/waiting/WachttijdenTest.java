package nl.jeugdregie.waiting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.access.DemoAccounts;
import nl.jeugdregie.messages.Intake;
import nl.jeugdregie.support.Berichten;
import nl.jeugdregie.support.JeugdregieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Messages with known waits through the real intake: route A started, route B waiting, a refused
 * request, the same youth on three lists, a removed assignment whose removal arrives before the
 * assignment itself; then one more message over the single-message path.
 */
// Waits are judged on today's date, not on the newest date in the messages: the test's "today" is fixed.
@JeugdregieTest(properties = {"jeugdregie.test=wachttijden", "jeugdregie.vandaag=2025-06-05"})
@AutoConfigureMockMvc
class WachttijdenTest {

    @Autowired
    Intake intake;
    @Autowired
    Wachttijden wachttijden;
    @Autowired
    MockMvc mvc;
    @Autowired
    DemoAccounts accounts;
    @Autowired
    UserDetailsService gebruikers;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void waitsFollowTheMessagesAndShowOnThePageAndInTheApi() throws Exception {
        LocalDate maart = LocalDate.of(2025, 3, 3);
        intake.ontvang(List.of(
                Berichten.verzoek("0141", "98100001", "999990032", "REF-W1", "45A01", maart, "02", maart),
                Berichten.toewijzing("0141", "98100001", "999990032", 970001, "45A01", maart.plusDays(4), "09:00:00",
                        maart.plusDays(4), "REF-W1"),
                Berichten.start("0141", "98100001", "999990032", 970001, "45A01", maart.plusDays(4), maart.plusDays(20),
                        maart.plusDays(21)),
                Berichten.verzoek("0141", "98100001", "999990044", "REF-W2", "45A02", maart, "02", maart),
                Berichten.afwijzing("0141", "98100001", "REF-W2", "7", maart.plusDays(6)),
                Berichten.toewijzing("0141", "98100001", "999990056", 970002, "45A01", maart, "09:00:00", maart, null),
                Berichten.toewijzing("0141", "98100002", "999990056", 970003, "45A02", maart, "09:00:00", maart, null),
                Berichten.toewijzing("0141", "98100005", "999990056", 970004, "43A01", maart, "09:00:00", maart, null),
                Berichten.toewijzing("0153", "98100001", "999990068", 970005, "45A01", maart.plusMonths(3), "09:00:00",
                        maart.plusMonths(3), null),
                Berichten.verwijdering("0141", "98100001", "999990081", 970006, "45A01", maart.plusDays(7), "10:00:00", maart),
                Berichten.toewijzing("0141", "98100001", "999990081", 970006, "45A01", maart, "09:00:00", maart, null))
                .iterator(), t -> { });
        assertThat(wachttijden.peildatum()).contains(LocalDate.of(2025, 6, 5));

        accounts.maak("GM0141", "Almelo", "98100001", "Zonnebrug Jeugdhulp");
        var analist = user(gebruikers.loadUserByUsername("analist"));
        mvc.perform(get("/api/v1/wachttijden").with(analist))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totaal.wachtend").value(4))
                .andExpect(jsonPath("$.totaal.jeugdigen").value(2))
                .andExpect(jsonPath("$.overlap.drieOfMeer").value(1))
                .andExpect(jsonPath("$.signalen.zonderStart").value(3))
                .andExpect(jsonPath("$.perSegment[?(@.sleutel == 'verblijf')].groep.bovenNorm").value(1));
        mvc.perform(get("/wachttijden").param("gemeente", "regio").with(analist))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2 verschillende jeugdigen wachten: 1 op één lijst, 0 op twee lijsten, 1 op drie of meer")))
                .andExpect(content().string(containsString("id=\"per-aanbieder\"")));
        mvc.perform(get("/api/v1/signalen").param("gemeente", "GM0141").with(analist))
                .andExpect(jsonPath("$.wachttijden.zonderStart").value(3))
                .andExpect(jsonPath("$.wachttijden.zonderStartDagen").value(30));
        mvc.perform(get("/signalen").param("gemeente", "GM0141").with(analist))
                .andExpect(content().string(containsString("id=\"wachtsignalen\"")));
        mvc.perform(get("/wachttijden/gerealiseerd.csv").param("gemeente", "regio").with(analist))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("\"2025-03\";1;20;20;20;100")));

        intake.ontvangEen(Berichten.start("0153", "98100001", "999990068", 970005, "45A01", maart.plusMonths(3),
                maart.plusMonths(3).plusDays(2), maart.plusMonths(3).plusDays(2)));
        mvc.perform(get("/api/v1/wachttijden").with(analist))
                .andExpect(jsonPath("$.totaal.wachtend").value(3))
                .andExpect(jsonPath("$.totaal.jeugdigen").value(1));

        mvc.perform(get("/api/v1/wachtenden").with(user(gebruikers.loadUserByUsername("gemeente"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$._embedded.wachtenden.length()").value(3))
                .andExpect(jsonPath("$._embedded.wachtenden[0].gemeente").value("GM0141"))
                .andExpect(jsonPath("$._embedded.wachtenden[0].signalen[0]").value("zonder-start"));
        mvc.perform(get("/wachtenden").with(user(gebruikers.loadUserByUsername("aanbieder"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("45A01")))
                .andExpect(content().string(containsString("toegewezen, na meer dan 30 dagen nog geen start")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("43A01"))));
        mvc.perform(get("/api/v1/wachtenden").with(analist))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from toegangslog where doel = 'wachtlijst-opvolging' and uitkomst = 'toegestaan'",
                Long.class)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from toegangslog where uitkomst = 'geweigerd' and bron = 'GET /api/v1/wachtenden'",
                Long.class)).isEqualTo(1);

        mvc.perform(get("/api/v1/wachttijden").param("aanbieder", "98100002").with(user(gebruikers.loadUserByUsername("aanbieder"))))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/wachttijden").with(user(gebruikers.loadUserByUsername("aanbieder"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Wachttijden — Zonnebrug Jeugdhulp")));
    }

    @Test
    void aProviderConfirmsItsExpectedWaitsBesideTheRealisedOnes() throws Exception {
        accounts.maak("GM0141", "Almelo", "98100001", "Zonnebrug Jeugdhulp");
        var aanbieder = user(gebruikers.loadUserByUsername("aanbieder"));
        mvc.perform(post("/wachttijden/verwachting").param("dagen-45A01", "30").param("dagen-45A02", "veel")
                        .param("dagen-45A04", "10").param("dagen-46A02", "0").with(aanbieder).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"dagen-45A02-fout\"")));
        mvc.perform(post("/wachttijden/verwachting").param("dagen-45A01", "30").param("dagen-45A02", "45")
                        .param("dagen-45A04", "10").param("dagen-46A02", "0").with(aanbieder).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/wachttijden").param("gemeente", "regio").with(user(gebruikers.loadUserByUsername("gemeente"))))
                .andExpect(content().string(containsString("id=\"vergelijking\"")))
                .andExpect(content().string(containsString("45 dagen")));
        mvc.perform(post("/wachttijden/verwachting").param("dagen-45A01", "30")
                        .with(user(gebruikers.loadUserByUsername("gemeente"))).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void analystsSetANormAsANewVersionWithItsSource() throws Exception {
        accounts.maak("GM0141", "Almelo", "98100001", "Zonnebrug Jeugdhulp");
        mvc.perform(post("/wachttijden/normen").param("segment", "ambulant").param("beslis", "vijf").param("start", "70")
                        .param("bron", "x").with(user(gebruikers.loadUserByUsername("analist"))).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"norm-beslis-fout\"")));
        mvc.perform(post("/wachttijden/normen").param("segment", "ambulant").param("beslis", "5").param("start", "70")
                        .param("bron", "Regionale afspraak 2026").with(user(gebruikers.loadUserByUsername("analist"))).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(wachttijden.normen()).filteredOn(n -> n.segment().equals("ambulant"))
                .extracting(Wachtnorm::startDagen, Wachtnorm::bron).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(70, "Regionale afspraak 2026"));
        mvc.perform(post("/wachttijden/normen").param("segment", "ambulant").param("beslis", "5").param("start", "60")
                        .param("bron", "x").with(user(gebruikers.loadUserByUsername("gemeente"))).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/wachttijden/definities").with(user(gebruikers.loadUserByUsername("gemeente"))))
                .andExpect(content().string(containsString("Regionale afspraak 2026")));
    }
}
