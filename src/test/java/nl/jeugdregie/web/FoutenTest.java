package nl.jeugdregie.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import nl.jeugdregie.access.ApiSleutelBeheer;
import nl.jeugdregie.access.DemoAccounts;
import nl.jeugdregie.support.Gedeeld;
import nl.jeugdregie.support.JeugdregieTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 15: errors that were 500s or lied. Through the real server (Tomcat, the filters in their
 * order, the error page): every API error is problem+json in Dutch with API-Version and its true
 * status; a browser gets a Dutch error page, never JSON.
 */
@JeugdregieTest(properties = Gedeeld.TESTREGIO, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class FoutenTest {

    @LocalServerPort
    int poort;
    @Autowired
    ApiSleutelBeheer sleutels;
    @Autowired
    DemoAccounts accounts;
    @Autowired
    UserDetailsService gebruikers;
    @Autowired
    MockMvc mvc;

    private final HttpClient http = HttpClient.newHttpClient();
    private String sleutel;

    @BeforeEach
    void sleutel() {
        accounts.maak("GM0384", "Diemen", "65656055", "Testaanbieder Twee");
        sleutel = sleutels.maak("65656055", "fouten");
    }

    @Test
    void anUnknownApiPathIs404AndAWrongMethod405AsProblems() throws Exception {
        HttpResponse<String> onbekend = vraag("GET", "/api/v1/bestaat-niet", true, null);
        probleem(onbekend, 404, "Niet gevonden");
        HttpResponse<String> methode = vraag("DELETE", "/api/v1/berichten", true, null);
        probleem(methode, 405, "Methode niet toegestaan");
        assertThat(methode.headers().firstValue("Allow")).isPresent();
        probleem(vraag("GET", "/api/v1/bestaat-niet", false, null), 404, "Niet gevonden");
    }

    @Test
    void refusalsCarryTheVersionAndAProblemWithoutEmptyMembers() throws Exception {
        HttpResponse<String> zonder = vraag("GET", "/api/v1/reserveringen", false, null);
        probleem(zonder, 401, "Niet aangemeld");
        HttpResponse<String> geweigerd = vraag("GET", "/api/v1/berichten", true, null);
        probleem(geweigerd, 403, "Geen toegang");
        assertThat(geweigerd.body()).doesNotContain("null").contains("\"instance\":\"/api/v1/berichten\"");
    }

    @Test
    void anInvalidLanguageIsABadRequestNotAServerError() throws Exception {
        HttpResponse<String> pagina = vraag("GET", "/inloggen?lang=%3Cscript%3E", false, "text/html");
        assertThat(pagina.statusCode()).isEqualTo(400);
        assertThat(pagina.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(pagina.body()).contains("Ongeldig verzoek").doesNotContain("<script>");
        probleem(vraag("GET", "/api/v1/reserveringen?lang=xx", true, null), 400, "Ongeldig verzoek");
    }

    @Test
    void anOversizedQueryIs414() throws Exception {
        String lang = "a".repeat(5000);
        probleem(vraag("GET", "/api/v1/berichten?status=" + lang, true, null), 414, "Adres te lang");
        assertThat(vraag("GET", "/indicatoren?gemeente=" + lang, false, "text/html").statusCode()).isEqualTo(414);
    }

    @Test
    void aBrowserGetsADutchPageNeverJson() throws Exception {
        HttpResponse<String> pagina = vraag("GET", "/bestaat-niet", false, "text/html");
        assertThat(pagina.statusCode()).isEqualTo(404);
        assertThat(pagina.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(pagina.body()).contains("Niet gevonden").doesNotContain("\"status\"");
    }

    @Test
    void dateTimesInTheApiCarryTheirOffset() throws Exception {
        mvc.perform(post("/api/v1/berichten").header("X-API-Key", sleutel).contentType(MediaType.APPLICATION_XML)
                .content(Gedeeld.bericht("JW307.xml")));
        String lijst = mvc.perform(get("/api/v1/berichten").with(user(gebruikers.loadUserByUsername("analist"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$._embedded.berichten[0].ontvangenOp").isString())
                .andReturn().getResponse().getContentAsString();
        assertThat(lijst).containsPattern("\"ontvangenOp\":\"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?[+-]\\d\\d:\\d\\d\"");
    }

    private void probleem(HttpResponse<String> antwoord, int status, String titel) {
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(status);
        assertThat(antwoord.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(antwoord.headers().firstValue("API-Version")).contains("1.0.0");
        assertThat(antwoord.body()).contains("\"status\":" + status).contains("\"title\":\"" + titel + "\"");
    }

    private HttpResponse<String> vraag(String methode, String pad, boolean metSleutel, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + poort + pad))
                .method(methode, HttpRequest.BodyPublishers.noBody());
        if (metSleutel) {
            b.header("X-API-Key", sleutel);
        }
        if (accept != null) {
            b.header("Accept", accept);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
