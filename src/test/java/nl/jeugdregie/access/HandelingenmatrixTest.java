package nl.jeugdregie.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import nl.jeugdregie.capacity.Plaatsen;
import nl.jeugdregie.placement.Plaatsingen;
import nl.jeugdregie.support.JeugdregieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every state-changing route (POST, PUT, DELETE) against every role of the own organisation and of
 * another one, on real objects: a placement request of Oldenzaal with a reservation at a family
 * home of Het Hazelaarsnest, that home's places, an analyst's note. The own municipality is
 * Oldenzaal, the own provider Het Hazelaarsnest; the others Almelo and Zonnebrug Jeugdhulp.
 * Routes whose rule has no organisation in it (administration, region-wide targets and norms,
 * new notes and requests, message delivery) are listed with where they are checked; a route
 * that appears without an entry fails the test.
 */
@JeugdregieTest(properties = "jeugdregie.test=handelingen")
@AutoConfigureMockMvc
class HandelingenmatrixTest {

    static final String LOCATIE = "98100015-44A02-3";
    static final String ANDERE_LOCATIE = "98100001-44A01";

    /** Who may: the actors allowed; everyone else must be refused. */
    private record Geval(Set<String> mogen, Function<Long[], MockHttpServletRequestBuilder> verzoek) {
    }

    /** Routes checked elsewhere, with why their rule has no organisation in it. */
    private static final Map<String, String> ELDERS = Map.ofEntries(
            Map.entry("POST /beheer/organisaties", "beheerder, regio-breed (ToegangsmatrixTest)"),
            Map.entry("POST /beheer/gebruikers", "beheerder, regio-breed (ToegangsmatrixTest)"),
            Map.entry("POST /beheer/gebruikers/{gebruikersnaam}/actief", "beheerder, regio-breed (ToegangsmatrixTest)"),
            Map.entry("POST /beheer/sleutels", "beheerder, regio-breed (ToegangsmatrixTest)"),
            Map.entry("POST /beheer/sleutels/{id}/intrekken", "beheerder, regio-breed (ToegangsmatrixTest)"),
            Map.entry("POST /wachttijden/normen", "analist/beheerder, normen gelden regio-breed (ToegangsmatrixTest)"),
            Map.entry("POST /indicatoren/{code}/streefwaarde", "analist/beheerder, regio-breed (ToegangsmatrixTest)"),
            Map.entry("POST /api/v1/streefwaarden", "analist/beheerder, regio-breed (ToegangsmatrixTest)"),
            Map.entry("POST /indicatoren/{code}/duidingen", "iedere rol schrijft een eigen duiding (ToegangsmatrixTest)"),
            Map.entry("POST /api/v1/duidingen", "iedere rol schrijft een eigen duiding (ToegangsmatrixTest)"),
            Map.entry("POST /wachttijden/verwachting", "een aanbieder meldt alleen voor zichzelf: het formulier kent geen andere (WachttijdenPagina)"),
            Map.entry("POST /api/v1/berichten", "afzender = organisatie van de sleutel (BerichtenApiTest)"),
            Map.entry("POST /plaatsingen", "gemeente voor eigen inwoners (PlaatsingTest)"),
            Map.entry("POST /api/v1/plaatsingsverzoeken", "gemeente voor eigen inwoners (PlaatsingTest)"),
            Map.entry("POST /api/v1/reserveringen", "alleen de regisseur, regio-breed (ToegangsmatrixTest, PlaatsingTest)"));

    @Autowired
    MockMvc mvc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    DemoAccounts accounts;
    @Autowired
    UserDetailsService gebruikers;
    @Autowired
    Plaatsingen plaatsingen;
    @Autowired
    Plaatsen plaatsen;

    private final Map<String, RequestPostProcessor> wie = new LinkedHashMap<>();

    @Test
    void everyStateChangingRouteRefusesWhoeverItsPolicyDoesNotName() throws Exception {
        accounts.maak("GM0141", "Almelo", "98100001", "Zonnebrug Jeugdhulp");
        wie.put("gemeente-ander", user(gebruikers.loadUserByUsername("gemeente")));
        wie.put("aanbieder-ander", user(gebruikers.loadUserByUsername("aanbieder")));
        accounts.maak("GM0173", "Oldenzaal", "98100015", "Het Hazelaarsnest");
        for (String rol : List.of("gemeente", "aanbieder", "analist", "regisseur", "ret", "privacy", "beheerder")) {
            wie.put(rol.equals("gemeente") || rol.equals("aanbieder") ? rol + "-eigen" : rol,
                    user(gebruikers.loadUserByUsername(rol)));
        }

        Set<String> aanvrager = Set.of("regisseur", "gemeente-eigen");
        Set<String> regisseur = Set.of("regisseur");
        Set<String> aanbieder = Set.of("aanbieder-eigen");
        Map<String, Geval> gevallen = new LinkedHashMap<>();
        gevallen.put("POST /plaatsingen/{id}/poorten", new Geval(aanvrager, ids -> post("/plaatsingen/" + ids[0] + "/poorten")
                .param("ambulant", "a").param("analyse", "b").param("school", "c")));
        gevallen.put("POST /plaatsingen/{id}/intrekking", new Geval(aanvrager, ids -> post("/plaatsingen/" + ids[0] + "/intrekking")
                .param("reden", "niet meer nodig")));
        gevallen.put("POST /plaatsingen/{id}/overschrijving", new Geval(regisseur,
                ids -> post("/plaatsingen/" + ids[0] + "/overschrijving").param("reden", "crisis")));
        gevallen.put("POST /plaatsingen/{id}/reserveringen", new Geval(regisseur,
                ids -> post("/plaatsingen/" + ids[0] + "/reserveringen").param("locatie", LOCATIE)));
        gevallen.put("POST /plaatsingen/{id}/plaatsing", new Geval(regisseur,
                ids -> post("/plaatsingen/" + ids[0] + "/plaatsing").param("per", LocalDate.now().toString())));
        gevallen.put("POST /plaatsingen/{id}/escalatie", new Geval(regisseur,
                ids -> post("/plaatsingen/" + ids[0] + "/escalatie").param("reden", "niets past")));
        gevallen.put("POST /plaatsingen/reserveringen/{id}/acceptatie", new Geval(aanbieder,
                ids -> post("/plaatsingen/reserveringen/" + ids[1] + "/acceptatie")));
        gevallen.put("POST /plaatsingen/reserveringen/{id}/afwijzing", new Geval(aanbieder,
                ids -> post("/plaatsingen/reserveringen/" + ids[1] + "/afwijzing").param("reden", "groepssamenstelling")));
        gevallen.put("POST /api/v1/reserveringen/{id}/antwoord", new Geval(aanbieder,
                ids -> post("/api/v1/reserveringen/" + ids[1] + "/antwoord").contentType("application/json")
                        .content("{\"besluit\":\"afwijzen\",\"reden\":\"veiligheid\"}")));
        Set<String> planner = Set.of("aanbieder-eigen", "beheerder");
        gevallen.put("POST /plaatsen/locaties/{id}", new Geval(planner,
                ids -> post("/plaatsen/locaties/" + LOCATIE).param("actie", "ongewijzigd")));
        gevallen.put("PUT /api/v1/locaties/{id}/plaatsen", new Geval(planner,
                ids -> put("/api/v1/locaties/" + LOCATIE + "/plaatsen").contentType("application/json")
                        .content("{\"bezet\":2,\"geblokkeerd\":0,\"uitstroom\":[]}")));
        Set<String> auteur = Set.of("analist");
        gevallen.put("POST /indicatoren/duidingen/{id}", new Geval(auteur,
                ids -> post("/indicatoren/duidingen/" + ids[2]).param("tekst", "bijgesteld")));
        gevallen.put("PUT /api/v1/duidingen/{id}", new Geval(auteur, ids -> put("/api/v1/duidingen/" + ids[2])
                .contentType("application/json").content("{\"tekst\":\"bijgesteld\"}")));

        List<String> routes = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pad : info.getPatternValues()) {
                info.getMethodsCondition().getMethods().stream().filter(m -> !m.name().equals("GET"))
                        .forEach(m -> routes.add(m.name() + " " + pad));
            }
        }
        assertThat(routes).as("elke wijzigende route staat in deze test of in ELDERS").allMatch(r -> gevallen.containsKey(r)
                || ELDERS.containsKey(r));

        List<String> fouten = new ArrayList<>();
        for (Map.Entry<String, Geval> g : gevallen.entrySet()) {
            for (Map.Entry<String, RequestPostProcessor> actor : wie.entrySet()) {
                Long[] ids = objecten();
                MockHttpServletResponse antwoord = mvc.perform(g.getValue().verzoek().apply(ids).with(actor.getValue()).with(csrf()))
                        .andReturn().getResponse();
                int status = antwoord.getStatus();
                boolean geweigerd = status == 401 || status == 403
                        || (status == 302 && String.valueOf(antwoord.getRedirectedUrl()).contains("/inloggen"));
                boolean mag = g.getValue().mogen().contains(actor.getKey());
                if (mag == geweigerd || status >= 500) {
                    fouten.add(g.getKey() + " door " + actor.getKey() + ": status " + status + (mag ? ", verwacht toegestaan"
                            : ", verwacht geweigerd"));
                }
                ruimOp(ids[0]);
            }
        }
        assertThat(fouten).isEmpty();
    }

    /** The request withdrawn, so its reservation gives the place back for the next attempt. */
    private void ruimOp(long verzoek) {
        try {
            plaatsingen.trekIn(verzoek, "opgeruimd na de poging", "test", LocalDateTime.now());
        } catch (RuntimeException al) {
            // withdrawn or placed by the attempt itself
        }
    }

    /** Fresh objects for each attempt: a request of Oldenzaal with its gates answered and a reservation at the family home, a note. */
    private Long[] objecten() throws Exception {
        plaatsen.meld(LOCATIE, new nl.jeugdregie.capacity.Melding(0, 0, null, List.of()), "planner", LocalDateTime.now());
        long verzoek = plaatsingen.dienIn(new Plaatsingen.NieuwVerzoek("999990032", "A.B.", LocalDate.now().minusYears(10), "v",
                "GM0173", "7572", null, List.of("gezinshuis"), "jeugd-opvoeding", "twee-weken", null, 1, null,
                "ambulant geprobeerd", "analyse gemaakt", "school gewogen"), "gemeente", "GM0173", LocalDateTime.now());
        long reservering = plaatsingen.reserveer(verzoek, LOCATIE, "regisseur", LocalDateTime.now());
        String antwoord = mvc.perform(post("/api/v1/duidingen").with(wie.get("analist")).contentType("application/json")
                        .content("{\"indicator\":\"instroom\",\"gemeente\":\"regio\",\"segment\":\"alle\",\"maand\":\""
                                + YearMonth.now().minusMonths(1) + "\",\"tekst\":\"eerste duiding\"}"))
                .andReturn().getResponse().getContentAsString();
        long duiding = Long.parseLong(antwoord.replaceAll("(?s).*\"id\":(\\d+).*", "$1"));
        return new Long[] {verzoek, reservering, duiding};
    }
}
