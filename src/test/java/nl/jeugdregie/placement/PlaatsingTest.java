package nl.jeugdregie.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.jeugdregie.access.DemoAccounts;
import nl.jeugdregie.capacity.Melding;
import nl.jeugdregie.capacity.Plaatsen;
import nl.jeugdregie.support.Berichten;
import nl.jeugdregie.support.JeugdregieTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The coordination workflow on the real database: fifty regisseurs after one last place, the gates
 * and their override, declines with reasons, acceptance and placement, expiry, scope and the
 * access log. Each test uses its own location.
 */
@JeugdregieTest(properties = "jeugdregie.test=plaatsingen")
@AutoConfigureMockMvc
class PlaatsingTest {

    static final String BSN = "999990032";
    /** Family homes of Het Hazelaarsnest (98100015): Oldenzaal capacity 4, Wierden 6, Rijssen-Holten 6. */
    static final String OLDENZAAL = "98100015-44A02-2";
    static final String WIERDEN = "98100015-44A02-3";
    static final String RIJSSEN = "98100015-44A02";

    @Autowired
    Plaatsingen plaatsingen;
    @Autowired
    Plaatsen plaatsen;
    @Autowired
    MockMvc mvc;
    @Autowired
    DemoAccounts accounts;
    @Autowired
    UserDetailsService gebruikers;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    nl.jeugdregie.messages.Intake intake;
    @Autowired
    nl.jeugdregie.access.ApiSleutelBeheer sleutels;

    @BeforeEach
    void accounts() {
        accounts.maak("GM0173", "Oldenzaal", "98100015", "Het Hazelaarsnest");
    }

    @Test
    void fiftyRegisseursReservingTheLastPlaceAtOnceHoldItExactlyOnce() throws Exception {
        plaatsen.meld(OLDENZAAL, new Melding(3, 0, null, List.of()), "planner", LocalDateTime.now());
        List<Long> verzoeken = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            verzoeken.add(plaatsingen.dienIn(verzoek(true), "regisseur", "regio", LocalDateTime.now()));
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService draden = Executors.newFixedThreadPool(50);
        List<Future<String>> uitkomsten = new ArrayList<>();
        for (long id : verzoeken) {
            uitkomsten.add(draden.submit(() -> {
                start.await();
                try {
                    plaatsingen.reserveer(id, OLDENZAAL, "regisseur", LocalDateTime.now());
                    return "gelukt";
                } catch (Plaatsingen.Ongeldig o) {
                    return o.fouten().get("locatie");
                }
            }));
        }
        start.countDown();
        List<String> antwoorden = new ArrayList<>();
        for (Future<String> f : uitkomsten) {
            antwoorden.add(f.get());
        }
        draden.shutdown();
        assertThat(antwoorden).filteredOn("gelukt"::equals).hasSize(1);
        assertThat(antwoorden).filteredOn("plaatsing.fout.nietBeschikbaar"::equals).hasSize(49);
        assertThat(plaatsen.van(OLDENZAAL).orElseThrow().vrij()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from reservering where locatie = ?", Long.class, OLDENZAAL)).isOne();
        assertThat(jdbc.queryForObject("select count(*) from plaatsingsverzoek where status = 'GERESERVEERD'", Long.class)).isOne();
        assertThat(jdbc.queryForObject("select count(*) from plaatsen_actueel where bezet + geblokkeerd + gereserveerd > capaciteit",
                Long.class)).isZero();
    }

    @Test
    void gatesFirstThenDeclineWithReasonAcceptAndPlace() throws Exception {
        plaatsen.meld(WIERDEN, new Melding(4, 0, null, List.of()), "planner", LocalDateTime.now());
        long id = plaatsingen.dienIn(verzoek(false), "gemeente", "GM0173", LocalDateTime.now());
        assertThat(fout(() -> plaatsingen.reserveer(id, WIERDEN, "regisseur", LocalDateTime.now()))).containsEntry("poorten",
                "plaatsing.fout.poorten");
        assertThat(fout(() -> plaatsingen.overschrijfPoorten(id, " ", "regisseur"))).containsEntry("overschrijving",
                "plaatsing.fout.verplicht");
        plaatsingen.overschrijfPoorten(id, "crisis: thuis onveilig", "regisseur");

        long eerste = plaatsingen.reserveer(id, WIERDEN, "regisseur", LocalDateTime.now());
        assertThat(plaatsen.van(WIERDEN).orElseThrow().vrij()).isEqualTo(1);
        assertThat(fout(() -> plaatsingen.wijsAf(eerste, "anders", "", "planner", LocalDateTime.now())))
                .containsEntry("toelichting", "plaatsing.fout.toelichting");
        plaatsingen.wijsAf(eerste, "groepssamenstelling", null, "planner", LocalDateTime.now());
        assertThat(plaatsen.van(WIERDEN).orElseThrow().vrij()).isEqualTo(2);
        assertThat(fout(() -> plaatsingen.accepteer(eerste, "planner", LocalDateTime.now())))
                .containsEntry("reservering", "plaatsing.fout.afgehandeld");

        long tweede = plaatsingen.reserveer(id, WIERDEN, "regisseur", LocalDateTime.now());
        long open = jdbc.queryForObject("select count(*) from reservering where status = 'ACTIEF' and locatie like '98100015-%'",
                Long.class);
        assertThat(open).isPositive();
        mvc.perform(get("/").with(user(gebruikers.loadUserByUsername("aanbieder"))))
                .andExpect(content().string(containsString(open + " reservering(en) voor uw locaties wachten op uw antwoord")));
        plaatsingen.accepteer(tweede, "planner", LocalDateTime.now());
        assertThat(fout(() -> plaatsingen.plaats(id, LocalDate.now().minusYears(1), "regisseur", LocalDateTime.now())))
                .containsEntry("per", "plaatsing.fout.per");
        plaatsingen.plaats(id, LocalDate.now(), "regisseur", LocalDateTime.now());
        assertThat(plaatsen.van(WIERDEN).orElseThrow().bezet()).isEqualTo(5);
        assertThat(plaatsen.van(WIERDEN).orElseThrow().gereserveerd()).isZero();
        assertThat(plaatsingen.doorlooptijden()).anyMatch(d -> d.geplaatst().equals(LocalDate.now()));
        var regisseur = user(gebruikers.loadUserByUsername("regisseur"));
        mvc.perform(get("/plaatsingen/" + id).with(regisseur))
                .andExpect(content().string(containsString("Nog geen traject bij deze aanbieder")));
        LocalDate vandaag = LocalDate.now();
        intake.ontvang(List.of(
                Berichten.toewijzing("0173", "98100015", BSN, 880001, "44A02", vandaag, "09:00:00", vandaag, null),
                Berichten.start("0173", "98100015", BSN, 880001, "44A02", vandaag, vandaag, vandaag)).iterator(), t -> { });
        mvc.perform(get("/plaatsingen/" + id).with(regisseur))
                .andExpect(content().string(containsString("Gekoppeld aan het traject dat op " + vandaag.plusDays(1) + " begon")));

        apiTotDeLaatstePlekEnTerug(WIERDEN);

        mvc.perform(get("/plaatsingen/reacties").with(user(gebruikers.loadUserByUsername("analist"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Het Hazelaarsnest")))
                .andExpect(content().string(containsString("door de regisseur overschreven")));
        String csv = mvc.perform(get("/plaatsingen/reacties.csv").with(user(gebruikers.loadUserByUsername("analist"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(csv).contains("afgewezen: groepssamenstelling");
        String regel = csv.lines().filter(l -> l.startsWith("\"98100015\";\"Het Hazelaarsnest\";")).findFirst().orElseThrow();
        assertThat(regel.split(";")[10]).as("one decline for group composition").isEqualTo("1");
    }

    @Test
    void anUnansweredReservationExpiresAndGivesItsPlaceBack() {
        plaatsen.meld(RIJSSEN, new Melding(5, 0, null, List.of()), "planner", LocalDateTime.now());
        long id = plaatsingen.dienIn(verzoek(true), "regisseur", "regio", LocalDateTime.now().minusDays(5));
        long r = plaatsingen.reserveer(id, RIJSSEN, "regisseur", LocalDateTime.now().minusDays(4));
        assertThat(plaatsen.van(RIJSSEN).orElseThrow().vrij()).isZero();
        assertThat(plaatsingen.laatVerlopen(LocalDateTime.now())).isEqualTo(1);
        assertThat(plaatsingen.laatVerlopen(LocalDateTime.now())).isZero();
        assertThat(plaatsen.van(RIJSSEN).orElseThrow().vrij()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select status from reservering where id = ?", String.class, r)).isEqualTo("VERLOPEN");
        assertThat(jdbc.queryForObject("select status from plaatsingsverzoek where id = ?", String.class, id)).isEqualTo("OPEN");
        assertThat(fout(() -> plaatsingen.accepteer(r, "planner", LocalDateTime.now()))).containsEntry("reservering",
                "plaatsing.fout.afgehandeld");
    }

    @Test
    void aMunicipalitySeesItsResidentsOnlyAndEveryLookIsLogged() throws Exception {
        long eigen = plaatsingen.dienIn(verzoek(true), "regisseur", "regio", LocalDateTime.now());
        Plaatsingen.NieuwVerzoek elders = new Plaatsingen.NieuwVerzoek("999990044", "C.D.", LocalDate.now().minusYears(12), "m",
                "GM0153", "7511", null, List.of("gezinshuis"), "jeugd-opvoeding", "crisis", null, 1, null, "a", "b", "c");
        long vreemd = plaatsingen.dienIn(elders, "regisseur", "regio", LocalDateTime.now());
        var gemeente = user(gebruikers.loadUserByUsername("gemeente"));
        mvc.perform(get("/plaatsingen/" + eigen).with(gemeente)).andExpect(status().isOk())
                .andExpect(content().string(containsString("A.B.")));
        mvc.perform(get("/plaatsingen/" + vreemd).with(gemeente)).andExpect(status().isForbidden());
        String pseudoniem = jdbc.queryForObject("select jeugdige from plaatsingsverzoek where id = ?", String.class, vreemd);
        assertThat(jdbc.queryForObject("select count(*) from toegangslog where jeugdigen like ? and uitkomst = 'geweigerd'",
                Long.class, "%" + pseudoniem + "%")).isPositive();
        assertThat(jdbc.queryForList("select jeugdige from plaatsingsverzoek", String.class)).noneMatch(j -> j.contains("99999"));

        mvc.perform(get("/plaatsingen/" + eigen).with(user(gebruikers.loadUserByUsername("aanbieder")))).andExpect(status().isForbidden());
        String export = mvc.perform(get("/plaatsingen.csv").with(gemeente)).andReturn().getResponse().getContentAsString();
        assertThat(export).contains("\"A.B.\"").doesNotContain("\"C.D.\"");
        assertThat(jdbc.queryForObject("select count(*) from toegangslog where actie = 'exporteren' and jeugdigen like ?",
                Long.class, "%" + jdbc.queryForObject("select jeugdige from plaatsingsverzoek where id = ?", String.class, eigen) + "%"))
                .isPositive();
        mvc.perform(get("/plaatsingen").with(gemeente)).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/plaatsingen/" + eigen + "\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("href=\"/plaatsingen/" + vreemd + "\""))));
    }

    @Test
    void aFormWithAWrongBsnComesBackMarkedAndStoresNothing() throws Exception {
        long voor = jdbc.queryForObject("select count(*) from plaatsingsverzoek", Long.class);
        mvc.perform(post("/plaatsingen").with(user(gebruikers.loadUserByUsername("gemeente"))).with(csrf())
                        .param("bsn", "123456789").param("initialen", "E.F.").param("geboortedatum", "2014-02-03")
                        .param("geslacht", "v").param("gemeente", "GM0173").param("postcode", "7572").param("zorgvorm0", "gezinshuis")
                        .param("doelgroep", "jeugd-opvoeding").param("urgentie", "twee-weken").param("broersZussen", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"bsn-fout\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("123456789"))));
        mvc.perform(post("/plaatsingen").with(user(gebruikers.loadUserByUsername("gemeente"))).with(csrf())
                        .param("bsn", BSN).param("initialen", "E.F.").param("geboortedatum", "2014-02-03")
                        .param("geslacht", "v").param("gemeente", "GM0153").param("postcode", "7511").param("zorgvorm0", "gezinshuis")
                        .param("doelgroep", "jeugd-opvoeding").param("urgentie", "twee-weken").param("broersZussen", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"gemeente-fout\"")));
        assertThat(jdbc.queryForObject("select count(*) from plaatsingsverzoek", Long.class)).isEqualTo(voor);
    }

    /**
     * Issue 15: a provider planner whose organisation merely held a reservation on a request could
     * answer its gates and withdraw it — seeing a request was taken for leave to change it. Now
     * each action has its own policy: the provider sees the request and answers its reservation,
     * the requesting municipality answers the gates and may withdraw, the rest is the regisseur's.
     */
    @Test
    void aProviderWithAReservationSeesTheRequestButCannotChangeIt() throws Exception {
        plaatsen.meld(RIJSSEN, new Melding(3, 0, null, List.of()), "planner", LocalDateTime.now());
        long id = plaatsingen.dienIn(verzoek(true), "gemeente", "GM0173", LocalDateTime.now());
        plaatsingen.reserveer(id, RIJSSEN, "regisseur", LocalDateTime.now());
        var aanbieder = user(gebruikers.loadUserByUsername("aanbieder"));
        mvc.perform(get("/plaatsingen/" + id).with(aanbieder))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"intrekking-formulier\""))))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"poorten-formulier\""))));
        for (String actie : List.of("poorten", "intrekking", "escalatie", "overschrijving", "plaatsing")) {
            mvc.perform(post("/plaatsingen/" + id + "/" + actie).with(aanbieder).with(csrf())
                            .param("reden", "weg ermee").param("ambulant", "x").param("analyse", "x").param("school", "x"))
                    .andExpect(status().isForbidden());
        }
        assertThat(jdbc.queryForObject("select status from plaatsingsverzoek where id = ?", String.class, id)).isEqualTo("GERESERVEERD");
        assertThat(jdbc.queryForObject("select count(*) from plaatsingsverzoek where id = ? and geescaleerd_op is null",
                Long.class, id)).isOne();
        assertThat(jdbc.queryForObject("select count(distinct bron) from toegangslog where uitkomst = 'geweigerd' and bron like ?",
                Long.class, "POST /plaatsingen/" + id + "/%")).as("every refusal logged").isEqualTo(5);

        var gemeente = user(gebruikers.loadUserByUsername("gemeente"));
        mvc.perform(post("/plaatsingen/" + id + "/escalatie").with(gemeente).with(csrf()).param("reden", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/plaatsingen/" + id).with(gemeente))
                .andExpect(content().string(containsString("id=\"intrekking-formulier\"")));
        mvc.perform(post("/plaatsingen/" + id + "/intrekking").with(gemeente).with(csrf()).param("reden", "thuis gaat het weer"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select status from plaatsingsverzoek where id = ?", String.class, id)).isEqualTo("INGETROKKEN");
    }

    /** The API: a request by the municipality, its candidates, the last place reserved, a second try refused, the provider's system declines. */
    private void apiTotDeLaatstePlekEnTerug(String locatie) throws Exception {
        var gemeente = user(gebruikers.loadUserByUsername("gemeente"));
        var regisseur = user(gebruikers.loadUserByUsername("regisseur"));
        String verzoek = """
                {"bsn":"%s","initialen":"G.H.","geboortedatum":"%s","geslacht":"m","gemeente":"GM0173","postcode":"7572",
                 "zorgvormen":["gezinshuis"],"doelgroep":"jeugd-opvoeding","urgentie":"twee-weken","broersZussen":1,
                 "poortAmbulant":"geprobeerd","poortAnalyse":"gemaakt","poortSchool":"gewogen"}""";
        mvc.perform(post("/api/v1/plaatsingsverzoeken").with(gemeente).contentType("application/json")
                        .content(verzoek.formatted("123456789", LocalDate.now().minusYears(9))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.fouten.bsn").exists());
        long[] ids = new long[2];
        for (int i = 0; i < 2; i++) {
            String antwoord = mvc.perform(post("/api/v1/plaatsingsverzoeken").with(gemeente).contentType("application/json")
                            .content(verzoek.formatted(i == 0 ? "999990135" : "999990147", LocalDate.now().minusYears(9))))
                    .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
            ids[i] = Long.parseLong(antwoord.replaceAll("(?s).*\"id\":(\\d+).*", "$1"));
        }
        mvc.perform(get("/api/v1/plaatsingsverzoeken/" + ids[0] + "/kandidaten").with(regisseur))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.passend[0].redenen").isArray());
        String reservering = mvc.perform(post("/api/v1/reserveringen").with(regisseur).contentType("application/json")
                        .content("{\"verzoek\":" + ids[0] + ",\"locatie\":\"" + locatie + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long r = Long.parseLong(reservering.replaceAll("(?s).*\"id\":(\\d+).*", "$1"));
        mvc.perform(post("/api/v1/reserveringen").with(regisseur).contentType("application/json")
                        .content("{\"verzoek\":" + ids[1] + ",\"locatie\":\"" + locatie + "\"}"))
                .andExpect(status().isConflict());
        String sleutel = sleutels.maak("98100015", "planningssysteem");
        mvc.perform(post("/api/v1/reserveringen/" + r + "/antwoord").header("X-API-Key", sleutel).contentType("application/json")
                        .content("{\"besluit\":\"afwijzen\",\"reden\":\"veiligheid\"}"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.status").value("AFGEWEZEN"));
        assertThat(plaatsen.van(locatie).orElseThrow().vrij()).isEqualTo(1);
    }

    /** A girl of ten from Oldenzaal who needs a family home within two weeks; the gates answered or not. */
    static Plaatsingen.NieuwVerzoek verzoek(boolean poorten) {
        return new Plaatsingen.NieuwVerzoek(BSN, "A.B.", LocalDate.now().minusYears(10), "v", "GM0173", "7572", null,
                List.of("gezinshuis"), "jeugd-opvoeding", "twee-weken", null, 1, null,
                poorten ? "ambulante gezinsbehandeling 6 maanden, onvoldoende" : null,
                poorten ? "analyse van 3 oktober, dossier" : null, poorten ? "school in Oldenzaal blijft bereikbaar" : null);
    }

    private static java.util.Map<String, String> fout(Runnable actie) {
        try {
            actie.run();
        } catch (Plaatsingen.Ongeldig o) {
            return o.fouten();
        }
        throw new AssertionError("had geweigerd moeten worden");
    }
}
