package nl.jeugdregie.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.jeugdregie.access.DemoAccounts;
import nl.jeugdregie.messages.Intake;
import nl.jeugdregie.support.Berichten;
import nl.jeugdregie.support.JeugdregieTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** One youth's data only within the user's task and organisation, and every look in the access log. */
@JeugdregieTest(properties = "jeugdregie.test=inzage")
@AutoConfigureMockMvc
class JeugdigeInzageTest {

    private static final LocalDate DAG = LocalDate.of(2025, 2, 3);

    @Autowired
    MockMvc mvc;
    @Autowired
    Intake intake;
    @Autowired
    DemoAccounts accounts;
    @Autowired
    UserDetailsService gebruikers;
    @Autowired
    JdbcTemplate jdbc;

    String almeloos;
    String enschedees;

    @BeforeEach
    void gegevens() {
        accounts.maak("GM0141", "Almelo", "98100001", "Zonnebrug Jeugdhulp");
        intake.ontvang(List.of(
                Berichten.toewijzing("0141", "98100002", "999990081", 920001, "45A02", DAG, "10:00:00", DAG, null),
                Berichten.start("0141", "98100002", "999990081", 920001, "45A02", DAG, DAG, DAG),
                Berichten.toewijzing("0153", "98100002", "999990093", 920002, "45A02", DAG, "10:00:00", DAG, null),
                Berichten.start("0153", "98100002", "999990093", 920002, "45A02", DAG, DAG, DAG)).iterator(), t -> { });
        almeloos = jdbc.queryForObject("select jeugdige from traject where gemeente = 'GM0141' and aanbieder = '98100002'", String.class);
        enschedees = jdbc.queryForObject("select jeugdige from traject where gemeente = 'GM0153' and aanbieder = '98100002'", String.class);
    }

    @Test
    void almeloSeesItsOwnResidentButNotAnEnschedeResidentAndBothLooksAreLogged() throws Exception {
        mvc.perform(get("/api/v1/jeugdigen/" + almeloos + "/trajecten").with(als("gemeente")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.trajecten[0].gemeente").value("GM0141"))
                .andExpect(jsonPath("$.doel").value("toegang eigen inwoner"));
        mvc.perform(get("/api/v1/jeugdigen/" + enschedees + "/trajecten").with(als("gemeente")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/jeugdigen/" + enschedees).with(als("gemeente")))
                .andExpect(status().isForbidden());

        List<Map<String, Object>> log = jdbc.queryForList(
                "select uitkomst, doel, organisatie from toegangslog where gebruiker = 'gemeente' and jeugdigen = ?", enschedees);
        assertThat(log).isNotEmpty().allMatch(r -> r.get("uitkomst").equals("geweigerd") && r.get("organisatie").equals("GM0141"));
        assertThat(jdbc.queryForList("select uitkomst from toegangslog where gebruiker = 'gemeente' and jeugdigen = ?",
                String.class, almeloos)).containsExactly("toegestaan");
    }

    @Test
    void theCoordinationPointSeesAnyYouthAndAnAnalystNone() throws Exception {
        mvc.perform(get("/jeugdigen/" + enschedees).with(als("regisseur")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("plaatsing")))
                .andExpect(content().string(containsString("GM0153")));
        mvc.perform(get("/jeugdigen/" + enschedees).with(als("analist"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/jeugdigen/" + enschedees + "/trajecten").with(als("aanbieder")))
                .andExpect(status().isForbidden());
    }

    @Test
    void thePrivacyOfficerFindsEveryoneWhoLookedAtAYouth() throws Exception {
        mvc.perform(get("/jeugdigen/" + enschedees).with(als("regisseur")));
        mvc.perform(get("/jeugdigen/" + enschedees).with(als("gemeente")));
        mvc.perform(get("/toegangslog").param("jeugdige", enschedees).with(als("privacy")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Regisseur CPWV")))
                .andExpect(content().string(containsString("Toegang Almelo")))
                .andExpect(content().string(containsString("geweigerd")));
    }

    private RequestPostProcessor als(String gebruiker) {
        return user(gebruikers.loadUserByUsername(gebruiker));
    }
}
