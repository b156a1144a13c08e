package nl.jeugdregie.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.time.LocalDate;
import nl.jeugdregie.messages.Intake;
import nl.jeugdregie.support.Berichten;
import nl.jeugdregie.support.Gedeeld;
import nl.jeugdregie.support.JeugdregieTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every page and endpoint against every role: the expected outcome is written down here, and an
 * endpoint that exists without an entry fails the test — so nothing new opens by accident.
 */
@JeugdregieTest(properties = {Gedeeld.TESTREGIO, "jeugdregie.test=matrix"})
@AutoConfigureMockMvc
class ToegangsmatrixTest {

    /** Who may use an endpoint: the roles, and whether anonymous visitors or API keys may. */
    private record Regel(Set<Rol> rollen, boolean anoniem, boolean apiSleutel) {
    }

    private static final Set<Rol> ALLE = EnumSet.allOf(Rol.class);
    private static final Set<Rol> PERSOONSGEBONDEN = EnumSet.of(Rol.REGISSEUR, Rol.RET, Rol.GEMEENTE, Rol.AANBIEDER);
    private static final Map<String, Regel> REGELS = new LinkedHashMap<>();

    static {
        REGELS.put("GET /", new Regel(ALLE, false, false));
        REGELS.put("GET /indicatoren", new Regel(ALLE, false, false));
        REGELS.put("GET /indicatoren/{code}", new Regel(ALLE, false, false));
        REGELS.put("GET /indicatoren/{code}.csv", new Regel(ALLE, false, false));
        REGELS.put("GET /indicatoren/{code}.xlsx", new Regel(ALLE, false, false));
        REGELS.put("GET /indicatoren.csv", new Regel(ALLE, false, false));
        REGELS.put("GET /wachttijden", new Regel(ALLE, false, false));
        REGELS.put("GET /wachtenden", new Regel(PERSOONSGEBONDEN, false, false));
        REGELS.put("GET /api/v1/wachtenden", new Regel(PERSOONSGEBONDEN, false, false));
        REGELS.put("GET /wachttijden/definities", new Regel(ALLE, false, false));
        REGELS.put("GET /definities", new Regel(ALLE, false, false));
        REGELS.put("GET /wachttijden/{tabel}.csv", new Regel(ALLE, false, false));
        REGELS.put("GET /wachttijden/{tabel}.xlsx", new Regel(ALLE, false, false));
        REGELS.put("POST /wachttijden/normen", new Regel(EnumSet.of(Rol.ANALIST, Rol.BEHEERDER), false, false));
        REGELS.put("POST /wachttijden/verwachting", new Regel(EnumSet.of(Rol.AANBIEDER), false, false));
        REGELS.put("GET /api/v1/wachttijden", new Regel(ALLE, false, false));
        REGELS.put("GET /api/v1/wachttijden/normen", new Regel(ALLE, false, false));
        REGELS.put("GET /indicatoren.xlsx", new Regel(ALLE, false, false));
        REGELS.put("GET /indicatoren/{code}/vergelijking.csv", new Regel(ALLE, false, false));
        REGELS.put("GET /indicatoren/{code}/vergelijking.xlsx", new Regel(ALLE, false, false));
        REGELS.put("POST /indicatoren/{code}/duidingen", new Regel(ALLE, false, false));
        REGELS.put("POST /indicatoren/duidingen/{id}", new Regel(ALLE, false, false));
        REGELS.put("POST /indicatoren/{code}/streefwaarde", new Regel(EnumSet.of(Rol.ANALIST, Rol.BEHEERDER), false, false));
        REGELS.put("GET /api/v1/indicatoren", new Regel(ALLE, false, false));
        REGELS.put("GET /signalen", new Regel(ALLE, false, false));
        REGELS.put("GET /api/v1/signalen", new Regel(ALLE, false, false));
        REGELS.put("GET /api/v1/indicatoren/{code}/waarden", new Regel(ALLE, false, false));
        REGELS.put("GET /api/v1/streefwaarden", new Regel(ALLE, false, false));
        REGELS.put("POST /api/v1/streefwaarden", new Regel(EnumSet.of(Rol.ANALIST, Rol.BEHEERDER), false, false));
        REGELS.put("GET /api/v1/duidingen", new Regel(ALLE, false, false));
        REGELS.put("POST /api/v1/duidingen", new Regel(ALLE, false, false));
        REGELS.put("PUT /api/v1/duidingen/{id}", new Regel(ALLE, false, false));
        REGELS.put("GET /plaatsen", new Regel(ALLE, false, false));
        REGELS.put("GET /plaatsen.csv", new Regel(ALLE, false, false));
        REGELS.put("GET /plaatsen.xlsx", new Regel(ALLE, false, false));
        REGELS.put("GET /plaatsen/locaties/{id}", new Regel(ALLE, false, false));
        REGELS.put("GET /plaatsen/prognose", new Regel(ALLE, false, false));
        REGELS.put("POST /plaatsen/locaties/{id}", new Regel(EnumSet.of(Rol.AANBIEDER, Rol.BEHEERDER), false, false));
        REGELS.put("GET /api/v1/locaties", new Regel(ALLE, false, false));
        REGELS.put("GET /api/v1/locaties/{id}", new Regel(ALLE, false, false));
        REGELS.put("GET /api/v1/locaties/{id}/plaatsen", new Regel(ALLE, false, false));
        REGELS.put("PUT /api/v1/locaties/{id}/plaatsen", new Regel(EnumSet.of(Rol.AANBIEDER, Rol.BEHEERDER), false, true));
        REGELS.put("GET /plaatsingen", new Regel(PERSOONSGEBONDEN, false, false));
        REGELS.put("GET /plaatsingen.csv", new Regel(PERSOONSGEBONDEN, false, false));
        REGELS.put("GET /plaatsingen.xlsx", new Regel(PERSOONSGEBONDEN, false, false));
        REGELS.put("GET /plaatsingen/nieuw", new Regel(EnumSet.of(Rol.GEMEENTE, Rol.REGISSEUR), false, false));
        REGELS.put("GET /plaatsingen/{id}", new Regel(PERSOONSGEBONDEN, false, false));
        REGELS.put("GET /plaatsingen/reacties", new Regel(ALLE, false, false));
        REGELS.put("GET /plaatsingen/reacties.csv", new Regel(ALLE, false, false));
        REGELS.put("GET /plaatsingen/reacties.xlsx", new Regel(ALLE, false, false));
        Set<Rol> indieners = EnumSet.of(Rol.GEMEENTE, Rol.AANBIEDER, Rol.REGISSEUR);
        REGELS.put("POST /plaatsingen", new Regel(EnumSet.of(Rol.GEMEENTE, Rol.REGISSEUR), false, false));
        REGELS.put("POST /plaatsingen/{id}/poorten", new Regel(indieners, false, false));
        REGELS.put("POST /plaatsingen/{id}/intrekking", new Regel(indieners, false, false));
        Set<Rol> regisseur = EnumSet.of(Rol.REGISSEUR);
        REGELS.put("POST /plaatsingen/{id}/overschrijving", new Regel(regisseur, false, false));
        REGELS.put("POST /plaatsingen/{id}/reserveringen", new Regel(regisseur, false, false));
        REGELS.put("POST /plaatsingen/{id}/plaatsing", new Regel(regisseur, false, false));
        REGELS.put("POST /plaatsingen/{id}/escalatie", new Regel(regisseur, false, false));
        REGELS.put("POST /plaatsingen/reserveringen/{id}/acceptatie", new Regel(EnumSet.of(Rol.AANBIEDER), false, false));
        REGELS.put("POST /plaatsingen/reserveringen/{id}/afwijzing", new Regel(EnumSet.of(Rol.AANBIEDER), false, false));
        REGELS.put("GET /api/v1/plaatsingsverzoeken", new Regel(PERSOONSGEBONDEN, false, false));
        REGELS.put("GET /api/v1/plaatsingsverzoeken/{id}", new Regel(PERSOONSGEBONDEN, false, false));
        REGELS.put("GET /api/v1/plaatsingsverzoeken/{id}/kandidaten", new Regel(PERSOONSGEBONDEN, false, false));
        REGELS.put("POST /api/v1/plaatsingsverzoeken", new Regel(indieners, false, false));
        REGELS.put("POST /api/v1/reserveringen", new Regel(regisseur, false, false));
        REGELS.put("GET /api/v1/reserveringen", new Regel(EnumSet.of(Rol.AANBIEDER, Rol.REGISSEUR), false, true));
        REGELS.put("POST /api/v1/reserveringen/{id}/antwoord", new Regel(EnumSet.of(Rol.AANBIEDER), false, true));
        REGELS.put("GET /inloggen", new Regel(ALLE, true, true));
        REGELS.put("GET /berichten", new Regel(EnumSet.of(Rol.ANALIST, Rol.BEHEERDER), false, false));
        REGELS.put("GET /toegangslog", new Regel(EnumSet.of(Rol.PRIVACY), false, false));
        REGELS.put("GET /toegangslog.csv", new Regel(EnumSet.of(Rol.PRIVACY), false, false));
        REGELS.put("GET /api/v1/openapi.json", new Regel(ALLE, true, true));
        REGELS.put("GET /api/v1/berichten", new Regel(EnumSet.of(Rol.ANALIST, Rol.BEHEERDER), false, false));
        REGELS.put("GET /api/v1/berichten/{id}", new Regel(EnumSet.of(Rol.ANALIST, Rol.BEHEERDER), false, false));
        REGELS.put("POST /api/v1/berichten", new Regel(EnumSet.noneOf(Rol.class), false, true));
        REGELS.put("GET /jeugdigen/{pseudoniem}", new Regel(PERSOONSGEBONDEN, false, false));
        Set<Rol> beheerder = EnumSet.of(Rol.BEHEERDER);
        REGELS.put("GET /beheer", new Regel(beheerder, false, false));
        REGELS.put("POST /beheer/organisaties", new Regel(beheerder, false, false));
        REGELS.put("POST /beheer/gebruikers", new Regel(beheerder, false, false));
        REGELS.put("POST /beheer/gebruikers/{gebruikersnaam}/actief", new Regel(beheerder, false, false));
        REGELS.put("POST /beheer/sleutels", new Regel(beheerder, false, false));
        REGELS.put("POST /beheer/sleutels/{id}/intrekken", new Regel(beheerder, false, false));
        REGELS.put("GET /api/v1/jeugdigen/{pseudoniem}/trajecten", new Regel(PERSOONSGEBONDEN, false, false));
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    DemoAccounts accounts;
    @Autowired
    ApiSleutelBeheer sleutels;
    @Autowired
    UserDetailsService gebruikers;

    @Autowired
    Intake intake;
    @Autowired
    JdbcTemplate jdbc;

    String sleutel;
    String pseudoniem;
    Map<Rol, String> gebruikerPerRol = new LinkedHashMap<>();

    @BeforeEach
    void accounts() {
        for (DemoAccounts.Account a : accounts.maak("GM0384", "Diemen", "65656055", "Testaanbieder Twee")) {
            gebruikerPerRol.put(a.rol(), a.gebruikersnaam());
        }
        sleutel = sleutels.maak("65656055", "matrix");
        LocalDate dag = LocalDate.of(2025, 3, 3);
        intake.ontvang(List.of(Berichten.toewijzing("0384", "65656055", "999990068", 910001, "45A03", dag, "09:00:00", dag, null),
                Berichten.start("0384", "65656055", "999990068", 910001, "45A03", dag, dag, dag)).iterator(), t -> { });
        pseudoniem = jdbc.queryForObject("select min(jeugdige) from traject where aanbieder = '65656055'", String.class);
    }

    @Test
    void everyEndpointHasARuleAndEveryRoleGetsWhatTheRuleSays() throws Exception {
        List<String> eindpunten = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pad : info.getPatternValues()) {
                if (pad.equals("/error")) {
                    continue;
                }
                info.getMethodsCondition().getMethods().forEach(m -> eindpunten.add(m.name() + " " + pad));
            }
        }
        assertThat(REGELS.keySet()).as("elk eindpunt heeft een regel in deze test").containsAll(eindpunten);

        List<String> fouten = new ArrayList<>();
        for (String eindpunt : eindpunten) {
            Regel regel = REGELS.get(eindpunt);
            for (Rol rol : Rol.values()) {
                controleer(eindpunt, rol.name(), verzoek(eindpunt, pseudoniem).with(user(gebruikers.loadUserByUsername(gebruikerPerRol.get(rol)))),
                        regel.rollen().contains(rol), fouten);
            }
            controleer(eindpunt, "anoniem", verzoek(eindpunt, pseudoniem), regel.anoniem(), fouten);
            controleer(eindpunt, "api-sleutel", verzoek(eindpunt, pseudoniem).header("X-API-Key", sleutel), regel.apiSleutel(), fouten);
        }
        assertThat(fouten).isEmpty();
    }

    private void controleer(String eindpunt, String wie, MockHttpServletRequestBuilder verzoek, boolean mag,
                            List<String> fouten) throws Exception {
        MockHttpServletResponse antwoord = mvc.perform(verzoek).andReturn().getResponse();
        int status = antwoord.getStatus();
        boolean naarInloggen = status == 302 && String.valueOf(antwoord.getRedirectedUrl()).contains("/inloggen");
        boolean geweigerd = status == 401 || status == 403 || naarInloggen;
        if (mag == geweigerd) {
            fouten.add(eindpunt + " als " + wie + ": status " + status + (mag ? ", verwacht toegang" : ", verwacht weigering"));
        }
    }

    private static MockHttpServletRequestBuilder verzoek(String eindpunt, String pseudoniem) {
        String[] delen = eindpunt.split(" ", 2);
        MockHttpServletRequestBuilder b = request(HttpMethod.valueOf(delen[0]),
                delen[1].replace("{id}", "999999").replace("{pseudoniem}", pseudoniem).replace("{gebruikersnaam}", "niemand")
                        .replace("{code}", "instroom").replace("{tabel}", "segment"));
        if (delen[1].startsWith("/api/") && delen[0].equals("POST")) {
            b.contentType("application/xml").content(Gedeeld.bericht("JW305.xml"));
        } else if (delen[0].equals("POST")) {
            b.with(csrf());
        }
        return b;
    }
}
