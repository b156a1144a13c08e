package nl.jeugdregie.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.YearMonth;
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

/** Messages through the real intake reach the indicators at once, and the pages, CSV and API show them. */
@JeugdregieTest(properties = "jeugdregie.test=indicatoren")
@AutoConfigureMockMvc
class IndicatorenTest {

    @Autowired
    Intake intake;
    @Autowired
    Indicatoren indicatoren;
    @Autowired
    MockMvc mvc;
    @Autowired
    DemoAccounts accounts;
    @Autowired
    UserDetailsService gebruikers;

    @Test
    void aNewStartShowsInTheIndicatorsAsSoonAsItIsAccepted() throws Exception {
        LocalDate maart = LocalDate.of(2024, 3, 4);
        intake.ontvang(List.of(
                Berichten.toewijzing("0164", "98100009", "999990111", 930001, "45A01", maart, "09:00:00", maart, null),
                Berichten.start("0164", "98100009", "999990111", 930001, "45A01", maart, maart, maart)).iterator(), t -> { });
        assertThat(instroom("GM0164", YearMonth.of(2024, 3))).isEqualTo(1.0);

        LocalDate later = LocalDate.of(2024, 3, 18);
        intake.ontvangEen(Berichten.toewijzing("0164", "98100009", "999990123", 930002, "45A01", later, "09:00:00", later, null));
        intake.ontvangEen(Berichten.start("0164", "98100009", "999990123", 930002, "45A01", later, later, later));
        assertThat(instroom("GM0164", YearMonth.of(2024, 3))).as("after one more message over the API path").isEqualTo(2.0);
        assertThat(indicatoren.stand()).isPresent();

        accounts.maak("GM0141", "Almelo", "98100001", "Zonnebrug Jeugdhulp");
        mvc.perform(get("/api/v1/indicatoren/instroom/waarden").param("gemeente", "GM0164").param("van", "2024-03")
                        .param("tot", "2024-03").with(user(gebruikers.loadUserByUsername("analist"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$._embedded.waarden[0].waarde").value(2.0));
        mvc.perform(get("/indicatoren/instroom.csv").param("gemeente", "GM0164").with(user(gebruikers.loadUserByUsername("gemeente"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("instroom;GM0164;alle;alle;2024-03;2;2;")));
        mvc.perform(get("/indicatoren").param("gemeente", "GM0164").with(user(gebruikers.loadUserByUsername("analist"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Instroom (nieuwe trajecten)")))
                .andExpect(content().string(containsString("id=\"aanleveringen\"")))
                .andExpect(content().string(containsString("<td class=\"utrecht-table__cell\">2024-03-18</td>")));
        mvc.perform(get("/api/v1/signalen").with(user(gebruikers.loadUserByUsername("gemeente"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.gemeente").value("GM0141"));
        mvc.perform(get("/signalen").with(user(gebruikers.loadUserByUsername("analist"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Signalen — Jeugdregio Twente")));
        mvc.perform(get("/api/v1/indicatoren/bestaat-niet/waarden").with(user(gebruikers.loadUserByUsername("analist"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/indicatoren/instroom/waarden").param("van", "maart")
                        .with(user(gebruikers.loadUserByUsername("analist"))))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theRegionalOfficeSetsATargetAsANewVersionAndTheStatusFollows() throws Exception {
        LocalDate jan = LocalDate.of(2024, 1, 8);
        intake.ontvang(List.of(
                Berichten.toewijzing("0141", "98100006", "999990135", 940001, "43A01", jan, "09:00:00", jan, null),
                Berichten.start("0141", "98100006", "999990135", 940001, "43A01", jan, jan, jan)).iterator(), t -> { });
        accounts.maak("GM0141", "Almelo", "98100001", "Zonnebrug Jeugdhulp");
        assertThat(indicatoren.koers("uitgaven", Waarde.REGIO, "verblijf")).get()
                .extracting(k -> k.streefwaarde().veranderingPerJaar()).as("steering plan: spend on stay").isEqualTo(-10.0);
        assertThat(indicatoren.koers("jeugdigen-in-zorg", Waarde.REGIO, "verblijf")).as("no preset on youth counts").isEmpty();
        assertThat(indicatoren.streefwaarden()).extracting(Streefwaarde::indicator, Streefwaarde::segment,
                        Streefwaarde::veranderingPerJaar)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("uitgaven", "verblijf", -10.0),
                        org.assertj.core.groups.Tuple.tuple("uitgaven", "wonen", -5.0),
                        org.assertj.core.groups.Tuple.tuple("uitgaven", "ambulant", -2.5),
                        org.assertj.core.groups.Tuple.tuple("instroom", "crisis", -2.5));

        mvc.perform(post("/indicatoren/uitgaven/streefwaarde").param("segment", "verblijf").param("basisjaar", "2024")
                        .param("verandering", "twintig").with(user(gebruikers.loadUserByUsername("analist"))).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"verandering-fout\"")));
        mvc.perform(post("/indicatoren/uitgaven/streefwaarde").param("segment", "verblijf").param("basisjaar", "2024")
                        .param("verandering", "-7,5").param("toelichting", "duidingssessie november")
                        .with(user(gebruikers.loadUserByUsername("analist"))).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/indicatoren/uitgaven/streefwaarde").param("segment", "verblijf").param("basisjaar", "2024")
                        .param("verandering", "-1").with(user(gebruikers.loadUserByUsername("gemeente"))).with(csrf()))
                .andExpect(status().isForbidden());

        Koers koers = indicatoren.koers("uitgaven", Waarde.REGIO, "verblijf").orElseThrow();
        assertThat(koers.streefwaarde().veranderingPerJaar()).isEqualTo(-7.5);
        assertThat(koers.streefwaarde().auteur()).isEqualTo("analist");
        assertThat(indicatoren.geschiedenis("uitgaven", Waarde.REGIO, "verblijf"))
                .extracting(Streefwaarde::veranderingPerJaar).containsExactly(-7.5, -10.0);
        assertThat(koers.status()).as("no spend in the base year: nothing to follow").isEqualTo(Koers.Status.ONBEKEND);
        LocalDate juni = LocalDate.of(2024, 6, 10);
        intake.ontvang(List.of(Berichten.toewijzing("0141", "98100006", "999990147", 940002, "43A01", juni, "09:00:00", juni, null))
                .iterator(), t -> { });
        assertThat(indicatoren.laatsteVolledigeMaand(Doorsnede.gemeente("GM0141", "verblijf"))).as("data reach 10 June").contains(YearMonth.of(2024, 4));
        mvc.perform(post("/indicatoren/jeugdigen-in-zorg/streefwaarde").param("segment", "verblijf").param("basisjaar", "2024")
                        .param("verandering", "-5").param("toelichting", "eigen doel op aantallen")
                        .with(user(gebruikers.loadUserByUsername("analist"))).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(indicatoren.koers("jeugdigen-in-zorg", Waarde.REGIO, "verblijf")).as("a target of its own on youth counts")
                .get().extracting(Koers::status).isNotEqualTo(Koers.Status.ONBEKEND);
        mvc.perform(get("/indicatoren/uitgaven").param("segment", "verblijf")
                        .with(user(gebruikers.loadUserByUsername("analist"))))
                .andExpect(content().string(containsString("duidingssessie november")))
                .andExpect(content().string(containsString("Streefpad")));
    }

    @Test
    void notesAreDatedSignedShownEverywhereAndEditableByTheirAuthorOnly() throws Exception {
        accounts.maak("GM0141", "Almelo", "98100001", "Zonnebrug Jeugdhulp");
        mvc.perform(post("/indicatoren/instroom/duidingen").param("maand", "maart").param("tekst", "x")
                        .with(user(gebruikers.loadUserByUsername("analist"))).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"duiding-maand-fout\"")));
        mvc.perform(post("/indicatoren/instroom/duidingen").param("maand", "2024-03").param("segment", "alle")
                        .param("tekst", "Duidingssessie: piek door wachtlijstaanpak")
                        .with(user(gebruikers.loadUserByUsername("analist"))).with(csrf()))
                .andExpect(status().is3xxRedirection());
        Duiding duiding = indicatoren.duidingen("instroom", Waarde.REGIO, Waarde.ALLE).getFirst();
        assertThat(duiding.auteur()).isEqualTo("analist");
        assertThat(duiding.maand()).isEqualTo(YearMonth.of(2024, 3));

        mvc.perform(post("/indicatoren/duidingen/" + duiding.id()).param("tekst", "overschreven")
                        .with(user(gebruikers.loadUserByUsername("gemeente"))).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/indicatoren/duidingen/" + duiding.id()).param("tekst", "Piek door inhaalslag wachtlijst")
                        .with(user(gebruikers.loadUserByUsername("analist"))).with(csrf()))
                .andExpect(status().is3xxRedirection());
        Duiding nieuw = indicatoren.duidingen("instroom", Waarde.REGIO, Waarde.ALLE).getFirst();
        assertThat(nieuw.tekst()).isEqualTo("Piek door inhaalslag wachtlijst");
        assertThat(indicatoren.eerdereVersies(nieuw.id())).extracting(Duiding::tekst)
                .containsExactly("Duidingssessie: piek door wachtlijstaanpak");

        mvc.perform(get("/indicatoren/instroom").param("gemeente", "regio").with(user(gebruikers.loadUserByUsername("gemeente"))))
                .andExpect(content().string(containsString("Piek door inhaalslag wachtlijst")))
                .andExpect(content().string(containsString("1 eerdere versie(s)")));
        mvc.perform(get("/indicatoren/instroom.csv").param("gemeente", "regio").with(user(gebruikers.loadUserByUsername("gemeente"))))
                .andExpect(content().string(containsString("\"Piek door inhaalslag wachtlijst (Analist regio)\"")));
        byte[] xlsx = mvc.perform(get("/indicatoren/instroom.xlsx").param("gemeente", "regio")
                        .with(user(gebruikers.loadUserByUsername("gemeente"))))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(inhoudVanXlsx(xlsx)).contains("2024-03").contains("Piek door inhaalslag wachtlijst (Analist regio)");
    }

    @Test
    void analystsToolsReadAnySliceAndKeepTargetsAndNotesOverTheApi() throws Exception {
        LocalDate maart = LocalDate.of(2024, 3, 4);
        intake.ontvang(List.of(
                Berichten.toewijzing("0164", "98100017", "999990147", 950001, "45A01", maart, "09:00:00", maart, null),
                Berichten.start("0164", "98100017", "999990147", 950001, "45A01", maart, maart, maart)).iterator(), t -> { });
        accounts.maak("GM0141", "Almelo", "98100001", "Zonnebrug Jeugdhulp");
        var analist = user(gebruikers.loadUserByUsername("analist"));
        mvc.perform(get("/api/v1/indicatoren/instroom/waarden").param("aanbieder", "98100017").param("periode", "kwartaal")
                        .param("van", "2024-01").param("tot", "2024-12").param("paginaGrootte", "2").with(analist))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$._embedded.waarden.length()").value(2))
                .andExpect(jsonPath("$._embedded.waarden[0].waarde").value(1.0))
                .andExpect(jsonPath("$._embedded.waarden[0].periode").value("KWARTAAL"))
                .andExpect(header().string("X-Total-Count", "4"))
                .andExpect(header().string("Link", containsString("pagina=2&paginaGrootte=2>; rel=\"next\"")));
        mvc.perform(get("/api/v1/indicatoren/instroom/waarden").param("periode", "week").with(analist))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/v1/indicatoren/instroom/waarden").param("gemeente", "GM0164").param("aanbieder", "98100017")
                        .with(analist))
                .andExpect(status().isBadRequest());

        mvc.perform(post("/api/v1/streefwaarden").contentType("application/json")
                        .content("{\"indicator\":\"instroom\",\"segment\":\"crisis\",\"basisjaar\":2024,\"veranderingPerJaar\":-5}")
                        .with(analist))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.auteur").value("analist"));
        mvc.perform(post("/api/v1/streefwaarden").contentType("application/json")
                        .content("{\"indicator\":\"instroom\",\"basisjaar\":1990,\"veranderingPerJaar\":-5}").with(analist))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("basisjaar")));
        mvc.perform(get("/api/v1/streefwaarden").param("indicator", "instroom").with(analist))
                .andExpect(jsonPath("$._embedded.streefwaarden[?(@.segment == 'crisis')].veranderingPerJaar").value(-5.0));

        String antwoord = mvc.perform(post("/api/v1/duidingen").contentType("application/json")
                        .content("{\"indicator\":\"instroom\",\"gemeente\":\"GM0164\",\"maand\":\"2024-03\",\"tekst\":\"Nieuwe aanbieder\"}")
                        .with(analist))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(antwoord.replaceAll(".*\"id\":(\\d+).*", "$1"));
        mvc.perform(put("/api/v1/duidingen/" + id).contentType("application/json").content("{\"tekst\":\"van een ander\"}")
                        .with(user(gebruikers.loadUserByUsername("gemeente"))))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/duidingen/" + id).contentType("application/json").content("{\"tekst\":\"Nieuwe aanbieder gestart\"}")
                        .with(analist))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/duidingen").param("indicator", "instroom").param("gemeente", "GM0164").with(analist))
                .andExpect(jsonPath("$._embedded.duidingen[0].duiding.tekst").value("Nieuwe aanbieder gestart"))
                .andExpect(jsonPath("$._embedded.duidingen[0].eerdereVersies[0].tekst").value("Nieuwe aanbieder"));

        mvc.perform(get("/indicatoren/instroom").param("periode", "kwartaal").param("segment", "hulpvorm-11")
                        .with(user(gebruikers.loadUserByUsername("gemeente"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2024-K1")));
        mvc.perform(get("/indicatoren/instroom").param("periode", "jaar").param("gemeente", "regio")
                        .with(user(gebruikers.loadUserByUsername("gemeente"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"per-aanbieder\"")))
                .andExpect(content().string(containsString("Per 1.000 jeugdigen")));
        mvc.perform(get("/indicatoren.csv").param("gemeente", "GM0164").with(analist))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("\"Stromen en duur\";\"instroom\";\"Instroom (nieuwe trajecten)\"")));
        mvc.perform(get("/indicatoren/instroom/vergelijking.csv").param("periode", "jaar").with(analist))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("\"gemeente\";\"GM0164\";\"Hengelo\";\"2024\";")))
                .andExpect(content().string(containsString("\"aanbieder\";\"98100017\";")));
        mvc.perform(get("/indicatoren/instroom/vergelijking.xlsx").with(analist))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        mvc.perform(get("/indicatoren/instroom.csv").param("aanbieder", "98100017").param("periode", "jaar")
                        .with(user(gebruikers.loadUserByUsername("gemeente"))))
                .andExpect(content().string(containsString("instroom;regio;98100017;alle;2024;1;1;")));
    }

    @Test
    void municipalitiesStartOnTheirOwnFiguresAndProvidersSeeNoOtherProvider() throws Exception {
        accounts.maak("GM0141", "Almelo", "98100001", "Zonnebrug Jeugdhulp");
        var gemeente = user(gebruikers.loadUserByUsername("gemeente"));
        var aanbieder = user(gebruikers.loadUserByUsername("aanbieder"));
        mvc.perform(get("/indicatoren").with(gemeente))
                .andExpect(content().string(containsString("Stuurindicatoren — Almelo")));
        mvc.perform(get("/indicatoren").param("gemeente", "regio").with(gemeente))
                .andExpect(content().string(containsString("Stuurindicatoren — Jeugdregio Twente")));
        mvc.perform(get("/indicatoren").with(aanbieder))
                .andExpect(content().string(containsString("Stuurindicatoren — Zonnebrug Jeugdhulp")));
        mvc.perform(get("/indicatoren/instroom").param("aanbieder", "98100002").with(aanbieder))
                .andExpect(status().isForbidden());
        mvc.perform(get("/indicatoren/instroom.csv").param("aanbieder", "98100002").with(aanbieder))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/indicatoren/instroom/waarden").param("aanbieder", "98100002").with(aanbieder))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/v1/indicatoren/instroom/waarden").param("aanbieder", "98100002")
                        .with(user(gebruikers.loadUserByUsername("analist"))))
                .andExpect(status().isOk());
        mvc.perform(get("/indicatoren/instroom").param("aanbieder", "98100001").with(aanbieder))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("value=\"98100002\""))));
    }

    /** The text of a workbook's sheet and shared strings, enough to see what it holds. */
    private static String inhoudVanXlsx(byte[] xlsx) throws java.io.IOException {
        StringBuilder tekst = new StringBuilder();
        java.nio.file.Path bestand = java.nio.file.Files.createTempFile("indicator", ".xlsx");
        java.nio.file.Files.write(bestand, xlsx);
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(bestand.toFile())) {
            for (java.util.zip.ZipEntry e : java.util.Collections.list(zip.entries())) {
                if (e.getName().startsWith("xl/")) {
                    tekst.append(new String(zip.getInputStream(e).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        }
        return tekst.toString();
    }

    private Double instroom(String gemeente, YearMonth maand) {
        return indicatoren.reeks("instroom", gemeente, Waarde.ALLE, maand, maand).stream().findFirst()
                .map(Waarde::waarde).orElse(null);
    }
}
