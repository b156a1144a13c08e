package nl.jeugdregie.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.jeugdregie.access.ApiSleutelBeheer;
import nl.jeugdregie.access.DemoAccounts;
import nl.jeugdregie.support.JeugdregieTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The availability guide on the real database: atomic holds on the last place, refused reports
 * that store nothing, stale figures and the one-click confirmation, the providers' API and form.
 * Each test uses its own Twente location, so their order does not matter.
 */
@JeugdregieTest(properties = "jeugdregie.test=plaatsen")
@AutoConfigureMockMvc
class PlaatsenTest {

    /** Family homes of Veldkei (98100003), capacity 6, 5, 6 and 4. */
    static final String ALMELO = "98100003-44A02";
    static final String ENSCHEDE = "98100003-44A02-2";
    static final String HENGELO = "98100003-44A02-3";
    static final String HAAKSBERGEN = "98100003-44A02-4";
    /** Foster care of another provider. */
    static final String PLEEGZORG = "98100004-44A01";

    @Autowired
    Plaatsen plaatsen;
    @Autowired
    MockMvc mvc;
    @Autowired
    DemoAccounts accounts;
    @Autowired
    UserDetailsService gebruikers;
    @Autowired
    ApiSleutelBeheer sleutels;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void accounts() {
        accounts.maak("GM0141", "Almelo", "98100003", "Veldkei Gezinshuizen");
    }

    @Test
    void fiftyAttemptsOnTheLastFreePlaceHoldItExactlyOnce() throws Exception {
        plaatsen.meld(ALMELO, new Melding(5, 0, null, List.of()), "planner", LocalDateTime.now());
        int pogingen = 50;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService draden = Executors.newFixedThreadPool(pogingen);
        List<Future<Boolean>> uitkomsten = new ArrayList<>();
        for (int i = 0; i < pogingen; i++) {
            uitkomsten.add(draden.submit(() -> {
                start.await();
                return plaatsen.houdVast(ALMELO, 1);
            }));
        }
        start.countDown();
        int gelukt = 0;
        for (Future<Boolean> f : uitkomsten) {
            gelukt += f.get() ? 1 : 0;
        }
        draden.shutdown();
        assertThat(gelukt).isEqualTo(1);
        Beschikbaarheid b = plaatsen.van(ALMELO).orElseThrow();
        assertThat(b.gereserveerd()).isEqualTo(1);
        assertThat(b.vrij()).isZero();
        assertThat(plaatsen.houdVast(ALMELO, 1)).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from plaatsen_actueel where bezet + geblokkeerd + gereserveerd > capaciteit",
                Long.class)).isZero();

        plaatsen.neemIn(ALMELO, 1, "regisseur");
        b = plaatsen.van(ALMELO).orElseThrow();
        assertThat(b.bezet()).isEqualTo(6);
        assertThat(b.gereserveerd()).isZero();
        assertThat(jdbc.queryForObject("select bron from plaatsen_stand where locatie = ? order by id desc limit 1", String.class, ALMELO))
                .isEqualTo("plaatsing");
    }

    @Test
    void invalidReportsAreRefusedWithTheirReasonAndStoreNothing() {
        LocalDateTime nu = LocalDateTime.now();
        plaatsen.meld(ENSCHEDE, new Melding(2, 0, null, List.of()), "planner", nu);
        long voor = jdbc.queryForObject("select count(*) from plaatsen_stand where locatie = ?", Long.class, ENSCHEDE);

        assertThat(weigering(new Melding(6, 0, null, List.of()))).containsEntry("bezet", "plaatsen.fout.capaciteit");
        assertThat(weigering(new Melding(-1, 0, null, List.of()))).containsEntry("bezet", "plaatsen.fout.negatief");
        assertThat(weigering(new Melding(2, 1, " ", List.of()))).containsEntry("blokkadeReden", "plaatsen.fout.reden");
        assertThat(weigering(new Melding(2, 0, null, List.of(new Melding.Uitstroom(LocalDate.now().minusDays(1), 1)))))
                .containsEntry("uitstroom", "plaatsen.fout.verleden");
        assertThat(weigering(new Melding(2, 0, null, List.of(new Melding.Uitstroom(LocalDate.now().plusDays(3), 3)))))
                .containsEntry("uitstroom", "plaatsen.fout.uitstroom");

        assertThat(plaatsen.houdVast(ENSCHEDE, 2)).isTrue();
        assertThat(weigering(new Melding(3, 1, "personeel", List.of()))).as("2 reserved + 4 > capacity 5")
                .containsEntry("bezet", "plaatsen.fout.reserveringen");
        assertThat(jdbc.queryForObject("select count(*) from plaatsen_stand where locatie = ?", Long.class, ENSCHEDE)).isEqualTo(voor);
        Beschikbaarheid b = plaatsen.van(ENSCHEDE).orElseThrow();
        assertThat(b.bezet()).isEqualTo(2);
        assertThat(b.vrij()).isEqualTo(1);
        plaatsen.laatLos(ENSCHEDE, 2);
        assertThat(plaatsen.van(ENSCHEDE).orElseThrow().vrij()).isEqualTo(3);
    }

    @Test
    void figuresGoStaleAfterSevenDaysAndUnchangedConfirmsThemInOneClick() throws Exception {
        plaatsen.meld(HENGELO, new Melding(4, 0, null, List.of(new Melding.Uitstroom(LocalDate.now().plusWeeks(3), 1))),
                "planner", LocalDateTime.now().minusDays(8));
        Beschikbaarheid oud = plaatsen.van(HENGELO).orElseThrow();
        assertThat(oud.verouderd()).isTrue();
        assertThat(oud.vrij()).isEqualTo(2);
        assertThat(oud.vrijOp(LocalDate.now().plusWeeks(4))).isEqualTo(3);
        mvc.perform(get("/").with(aanbieder()))
                .andExpect(content().string(containsString("id=\"herinnering-plaatsen\"")))
                .andExpect(content().string(containsString("Veldkei Gezinshuizen locatie Hengelo")));

        mvc.perform(post("/plaatsen/locaties/" + HENGELO).with(aanbieder()).with(csrf()).param("actie", "ongewijzigd"))
                .andExpect(redirectedUrl("/plaatsen/locaties/" + HENGELO + "?bevestigd"));
        Beschikbaarheid nu = plaatsen.van(HENGELO).orElseThrow();
        assertThat(nu.verouderd()).isFalse();
        assertThat(nu.bezet()).isEqualTo(4);
        assertThat(nu.uitstroom()).hasSize(1);
        assertThat(jdbc.queryForList("select ongewijzigd from plaatsen_stand where locatie = ? order by id", Boolean.class, HENGELO))
                .containsExactly(false, true);
        mvc.perform(get("/plaatsen").with(user(gebruikers.loadUserByUsername("regisseur"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"per-zorgvorm\"")))
                .andExpect(content().string(containsString("Veldkei Gezinshuizen locatie Hengelo")));
    }

    @Test
    void aProvidersSystemReportsItsOwnPlacesAndOnlyThose() throws Exception {
        String sleutel = sleutels.maak("98100003", "planningssysteem");
        String vandaag10 = LocalDate.now().plusDays(10).toString();
        mvc.perform(put("/api/v1/locaties/" + HAAKSBERGEN + "/plaatsen").header("X-API-Key", sleutel)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"bezet\":2,\"geblokkeerd\":1,\"blokkadeReden\":\"personeel\",\"uitstroom\":[{\"per\":\"" + vandaag10
                                + "\",\"aantal\":1}]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.vrij").value(1))
                .andExpect(jsonPath("$.vrijOver2Weken").value(2))
                .andExpect(jsonPath("$.bezetting").value(66.7))
                .andExpect(jsonPath("$.verouderd").value(false));
        mvc.perform(put("/api/v1/locaties/" + HAAKSBERGEN + "/plaatsen").header("X-API-Key", sleutel)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"bezet\":5}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.fouten.bezet").value(containsString("capaciteit")));
        mvc.perform(put("/api/v1/locaties/" + PLEEGZORG + "/plaatsen").header("X-API-Key", sleutel)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"bezet\":1}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/locaties/" + HAAKSBERGEN + "/plaatsen").header("X-API-Key", sleutel))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/locaties/" + HAAKSBERGEN + "/plaatsen").with(user(gebruikers.loadUserByUsername("regisseur"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$._embedded.standen[0].door").value("api:98100003"));
        mvc.perform(get("/api/v1/locaties").param("zorgvorm", "gezinshuis").param("paginaGrootte", "2")
                        .with(user(gebruikers.loadUserByUsername("analist"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$._embedded.locaties.length()").value(2))
                .andExpect(result -> assertThat(result.getResponse().getHeader("Link")).contains("rel=\"next\""));
    }

    @Test
    void theFormComesBackWithTheFieldMarkedAndOnlyTheProviderMayUseIt() throws Exception {
        mvc.perform(post("/plaatsen/locaties/" + ALMELO).with(aanbieder()).with(csrf())
                        .param("actie", "opslaan").param("bezet", "veel").param("geblokkeerd", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"bezet-fout\"")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
        mvc.perform(post("/plaatsen/locaties/" + PLEEGZORG).with(aanbieder()).with(csrf())
                        .param("actie", "opslaan").param("bezet", "1"))
                .andExpect(status().isForbidden());
    }

    private java.util.Map<String, String> weigering(Melding m) {
        try {
            plaatsen.meld(ENSCHEDE, m, "planner", LocalDateTime.now());
        } catch (Plaatsen.Geweigerd g) {
            return g.fouten();
        }
        throw new AssertionError("melding had geweigerd moeten worden: " + m);
    }

    private RequestPostProcessor aanbieder() {
        return user(gebruikers.loadUserByUsername("aanbieder"));
    }
}
