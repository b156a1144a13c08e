package nl.jeugdregie.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import nl.jeugdregie.support.JeugdregieTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@JeugdregieTest(properties = "jeugdregie.test=toegang")
@AutoConfigureMockMvc
class ToegangTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    DemoAccounts accounts;
    @Autowired
    UserDetailsService gebruikers;
    @Autowired
    Toegangslog log;
    @Autowired
    JdbcTemplate jdbc;

    List<DemoAccounts.Account> demo;

    @BeforeEach
    void accounts() {
        demo = accounts.maak("GM0141", "Almelo", "98100001", "Zonnebrug Jeugdhulp");
    }

    private String wachtwoord(String gebruiker) {
        return demo.stream().filter(a -> a.gebruikersnaam().equals(gebruiker)).findFirst().orElseThrow().wachtwoord();
    }

    @Test
    void theRightPasswordSignsIn() throws Exception {
        mvc.perform(formLogin("/inloggen").user("analist").password(wachtwoord("analist"))).andExpect(authenticated());
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightOne() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/inloggen").user("regisseur").password("fout" + i)).andExpect(unauthenticated());
        }
        mvc.perform(formLogin("/inloggen").user("regisseur").password(wachtwoord("regisseur"))).andExpect(unauthenticated());
    }

    @Test
    void aFormWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/inloggen").param("username", "analist").param("password", wachtwoord("analist")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/uitloggen").with(user(gebruikers.loadUserByUsername("analist"))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/uitloggen").with(user(gebruikers.loadUserByUsername("analist"))).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void aRefusedRequestIsLoggedAsDenied() throws Exception {
        mvc.perform(get("/toegangslog").with(user(gebruikers.loadUserByUsername("gemeente"))))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForList("select uitkomst from toegangslog where gebruiker = 'gemeente' and bron = 'GET /toegangslog'",
                String.class)).contains("geweigerd");
    }

    @Test
    void thePrivacyOfficerSeesWhoLookedAtAYouthAndCanExportIt() throws Exception {
        String pseudoniem = "b".repeat(64);
        jdbc.update("""
                insert into toegangslog (id, tijdstip, actie, uitkomst, gebruiker, gebruiker_naam, rollen, organisatie, doel,
                    jeugdigen, object_type, object_id, bron, client_ip)
                values (nextval('toegangslog_id_seq'), current_timestamp, 'lezen', 'toegestaan', 'regisseur',
                    'Regisseur CPWV', 'REGISSEUR', 'regio', 'plaatsing', ?, 'plaatsingsverzoek', '17', 'GET /x', '127.0.0.1')""",
                pseudoniem);
        mvc.perform(get("/toegangslog").param("jeugdige", pseudoniem).with(user(gebruikers.loadUserByUsername("privacy"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Regisseur CPWV")))
                .andExpect(content().string(containsString("plaatsingsverzoek")));
        String vandaag = java.time.LocalDate.now().toString();
        String morgen = java.time.LocalDate.now().plusDays(1).toString();
        mvc.perform(get("/toegangslog").param("jeugdige", pseudoniem).param("van", vandaag).param("tot", vandaag)
                        .with(user(gebruikers.loadUserByUsername("privacy"))))
                .andExpect(content().string(containsString("plaatsingsverzoek")));
        mvc.perform(get("/toegangslog").param("jeugdige", pseudoniem).param("van", morgen)
                        .with(user(gebruikers.loadUserByUsername("privacy"))))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("plaatsingsverzoek"))));
        mvc.perform(get("/toegangslog.csv").param("jeugdige", pseudoniem).with(user(gebruikers.loadUserByUsername("privacy"))))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(content().string(containsString("\"regisseur\"")));
        assertThat(jdbc.queryForList("select actie from toegangslog where gebruiker = 'privacy' and jeugdigen = ?", String.class,
                pseudoniem)).contains("lezen", "exporteren");
    }

    @Test
    void theLogCannotBeChangedOrDeleted() {
        log.leg(new Toegang(Toegang.Actie.LEZEN, true, "test", List.of("c".repeat(64)), "test", "1"));
        assertThat(jdbc.queryForObject("select count(*) from toegangslog", Long.class)).isPositive();
        assertThatThrownBy(() -> jdbc.update("update toegangslog set uitkomst = 'toegestaan'"))
                .hasStackTraceContaining("kan niet worden gewijzigd");
        assertThatThrownBy(() -> jdbc.update("delete from toegangslog"))
                .hasStackTraceContaining("kan niet worden gewijzigd");
    }
}
