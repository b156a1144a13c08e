package nl.jeugdregie.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.jeugdregie.capacity.Beschikbaarheid;
import nl.jeugdregie.capacity.Plaatsen;
import nl.jeugdregie.support.JeugdregieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo's places and placement requests: a history per location, stale ones, and requests ending every way. */
@JeugdregieTest(properties = "jeugdregie.test=demo-plaatsingen")
@org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc
class DemoPlaatsingenTest {

    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService gebruikers;
    @Autowired
    nl.jeugdregie.access.DemoAccounts accounts;

    @Autowired
    DemoRegio demo;
    @Autowired
    Plaatsen plaatsen;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyLocationHasAHistoryAndTheRequestsEndInEveryWay() throws Exception {
        int[] gemaakt = demo.laadPlaatsingen();
        assertThat(gemaakt[1]).as("28 requests ending every way, and two awaiting the demo provider's answer").isEqualTo(30);
        List<Beschikbaarheid> alle = plaatsen.alle();
        assertThat(alle).hasSize(34).allMatch(b -> b.bevestigdOp() != null);
        assertThat(alle).filteredOn(Beschikbaarheid::verouderd).isNotEmpty().hasSizeLessThan(15);
        assertThat(alle).allMatch(b -> b.bezet() + b.geblokkeerd() + b.gereserveerd() <= b.capaciteit());
        assertThat(alle.stream().mapToInt(Beschikbaarheid::vrij).sum()).as("places are scarce, as in the region")
                .isLessThan(alle.stream().mapToInt(Beschikbaarheid::capaciteit).sum() / 4);
        assertThat(jdbc.queryForObject("select min(n) from (select count(*) n from plaatsen_stand group by locatie) t", Long.class))
                .isGreaterThanOrEqualTo(20);
        assertThat(jdbc.queryForList("select distinct status from plaatsingsverzoek", String.class))
                .contains("GEPLAATST", "OPEN", "INGETROKKEN");
        assertThat(jdbc.queryForList("select distinct status from reservering", String.class))
                .contains("GEPLAATST", "AFGEWEZEN", "VERLOPEN");
        assertThat(demo.laadPlaatsingen()).as("loaded once").containsExactly(0, 0);

        String demoAanbieder = demo.demoAanbieder().agb();
        assertThat(demoAanbieder).as("the provider with the most locations").isEqualTo("98100003");
        assertThat(alle).filteredOn(b -> b.locatie().aanbieder().equals(demoAanbieder)).anyMatch(Beschikbaarheid::verouderd)
                .anyMatch(b -> !b.verouderd());
        assertThat(jdbc.queryForObject("""
                select count(*) from reservering r join plaatsingsverzoek v on v.id = r.verzoek
                where r.status = 'ACTIEF' and r.locatie in (%s)""".formatted(String.join(",", alle.stream()
                        .filter(b -> b.locatie().aanbieder().equals(demoAanbieder)).map(b -> "'" + b.locatie().id() + "'").toList())),
                Long.class)).as("reservations awaiting the demo provider's answer").isGreaterThanOrEqualTo(2);

        accounts.maak("GM0141", "Almelo", "98100003", "Veldkei Gezinshuizen");
        String pagina = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/plaatsen/prognose")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(
                                gebruikers.loadUserByUsername("regisseur"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(pagina).contains("id=\"vooruit\"").contains("id=\"terugblik\"").contains("id=\"afwijking\"");
        assertThat(pagina.split("<tr class=\"utrecht-table__row\"").length).as("12 weeks ahead and 22 weeks back").isGreaterThan(34);
    }
}
