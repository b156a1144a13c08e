package nl.jeugdregie.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.jeugdregie.support.JeugdregieTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The administrator's pages: invalid input comes back marked, valid changes land in the access log. */
@JeugdregieTest(properties = "jeugdregie.test=beheer")
@AutoConfigureMockMvc
class BeheerTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    DemoAccounts accounts;
    @Autowired
    UserDetailsService gebruikers;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void accounts() {
        accounts.maak("GM0141", "Almelo", "98100001", "Zonnebrug Jeugdhulp");
    }

    @Test
    void aNewUserCanSignInAndTheChangeIsLogged() throws Exception {
        mvc.perform(post("/beheer/gebruikers").with(beheerder()).with(csrf())
                        .param("gebruikersnaam", "planner2").param("naam", "Tweede planner").param("organisatie", "98100001")
                        .param("rollen", "AANBIEDER").param("wachtwoord", "een-lang-wachtwoord"))
                .andExpect(redirectedUrl("/beheer"));
        mvc.perform(formLogin("/inloggen").user("planner2").password("een-lang-wachtwoord")).andExpect(authenticated());
        assertThat(jdbc.queryForList("select actie from toegangslog where object_type = 'gebruiker' and object_id = 'planner2'",
                String.class)).contains("aanmaken");

        mvc.perform(post("/beheer/gebruikers/planner2/actief").param("actief", "false").with(beheerder()).with(csrf()))
                .andExpect(redirectedUrl("/beheer"));
        mvc.perform(formLogin("/inloggen").user("planner2").password("een-lang-wachtwoord")).andExpect(unauthenticated());
    }

    @Test
    void aShortPasswordAndAWrongCodeComeBackWithTheFieldMarked() throws Exception {
        mvc.perform(post("/beheer/gebruikers").with(beheerder()).with(csrf())
                        .param("gebruikersnaam", "kort").param("naam", "Kort").param("organisatie", "regio")
                        .param("wachtwoord", "kort"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"g-wachtwoord-fout\"")))
                .andExpect(content().string(containsString("minstens 12 tekens")));
        mvc.perform(post("/beheer/organisaties").with(beheerder()).with(csrf())
                        .param("id", "utrecht").param("naam", "Gemeente Utrecht").param("soort", "GEMEENTE").param("code", "0344"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"o-code-fout\"")));
        assertThat(jdbc.queryForObject("select count(*) from gebruiker where gebruikersnaam = 'kort'", Long.class)).isZero();
    }

    @Test
    void aKeyIsShownOnceStoredAsAHashAndCanBeRevoked() throws Exception {
        String sleutel = (String) mvc.perform(post("/beheer/sleutels").with(beheerder()).with(csrf())
                        .param("organisatie", "98100001").param("omschrijving", "planningssysteem"))
                .andExpect(redirectedUrl("/beheer"))
                .andExpect(flash().attributeExists("nieuweSleutel"))
                .andReturn().getFlashMap().get("nieuweSleutel");
        assertThat(jdbc.queryForList("select hash from api_sleutel", String.class)).doesNotContain(sleutel)
                .noneMatch(h -> sleutel.contains(h));
        long id = jdbc.queryForObject("select id from api_sleutel where omschrijving = 'planningssysteem'", Long.class);
        mvc.perform(get("/api/v1/openapi.json").header("X-API-Key", sleutel)).andExpect(status().isOk());
        mvc.perform(post("/beheer/sleutels/" + id + "/intrekken").with(beheerder()).with(csrf()))
                .andExpect(redirectedUrl("/beheer"));
        mvc.perform(get("/api/v1/openapi.json").header("X-API-Key", sleutel)).andExpect(status().isUnauthorized());
        mvc.perform(get("/beheer").with(beheerder()))
                .andExpect(content().string(containsString("planningssysteem")))
                .andExpect(content().string(containsString("ingetrokken op")));
    }

    private RequestPostProcessor beheerder() {
        return user(gebruikers.loadUserByUsername("beheerder"));
    }
}
