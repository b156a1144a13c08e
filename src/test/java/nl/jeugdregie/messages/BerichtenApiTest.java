package nl.jeugdregie.messages;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import nl.jeugdregie.access.ApiSleutelBeheer;
import nl.jeugdregie.access.DemoAccounts;
import nl.jeugdregie.support.Gedeeld;
import nl.jeugdregie.support.JeugdregieTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;

@JeugdregieTest(properties = {Gedeeld.TESTREGIO, "jeugdregie.test=api"})
@AutoConfigureMockMvc
class BerichtenApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    DemoAccounts accounts;
    @Autowired
    ApiSleutelBeheer sleutels;
    @Autowired
    UserDetailsService gebruikers;

    String sleutel;

    @BeforeEach
    void accounts() {
        accounts.maak("GM0384", "Diemen", "65656055", "Testaanbieder Twee");
        sleutel = sleutels.maak("65656055", "test");
    }

    private RequestPostProcessor analist() {
        return user(gebruikers.loadUserByUsername("analist"));
    }

    @Test
    void anAcceptedMessageIsCreatedAndAResendIsADuplicate() throws Exception {
        byte[] jw307 = Gedeeld.bericht("JW307.xml");
        mvc.perform(post("/api/v1/berichten").header("X-API-Key", sleutel).contentType(MediaType.APPLICATION_XML).content(jw307))
                .andExpect(status().isCreated())
                .andExpect(header().string("API-Version", "1.0.0"))
                .andExpect(header().string("Location", containsString("/api/v1/berichten/")))
                .andExpect(jsonPath("$.status").value("geaccepteerd"));
        mvc.perform(post("/api/v1/berichten").header("X-API-Key", sleutel).contentType(MediaType.APPLICATION_XML).content(jw307))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("dubbel"));
    }

    @Test
    void aRejectedMessageIsAProblemWithItsReasonAndIsListed() throws Exception {
        mvc.perform(post("/api/v1/berichten").header("X-API-Key", sleutel).contentType(MediaType.APPLICATION_XML).content(Gedeeld.bericht("JW315.xml")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("onmogelijke datum 2027-06-31")))
                .andExpect(jsonPath("$.berichtId").isNumber());
        mvc.perform(get("/api/v1/berichten").param("status", "afgewezen").with(analist()))
                .andExpect(status().isOk())
                .andExpect(header().string("Link", containsString("rel=\"first\"")))
                .andExpect(jsonPath("$._embedded.berichten[0].status").value("afgewezen"))
                .andExpect(jsonPath("$._embedded.berichten[0].reden", containsString("2027-06-31")));
    }

    /**
     * Issue 15: a second oversized body, whatever its content, was answered "dubbel" (200) — the
     * sender believed it stored. Every oversized body gets 413 with the size reason; the problem's
     * "status" is the HTTP status, and a rejected message sent again is rejected again.
     */
    @Test
    void everyOversizedBodyIsRefusedWith413AndNoRejectionIsEverADuplicate() throws Exception {
        for (int kb : new int[] {30 * 1024, 30 * 1024, 26 * 1024}) {
            byte[] groot = new byte[kb * 1024];
            java.util.Arrays.fill(groot, (byte) ('a' + kb % 7));
            mvc.perform(post("/api/v1/berichten").header("X-API-Key", sleutel).contentType(MediaType.APPLICATION_XML).content(groot))
                    .andExpect(status().isContentTooLarge())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(header().string("API-Version", "1.0.0"))
                    .andExpect(jsonPath("$.status").value(413))
                    .andExpect(jsonPath("$.uitkomst").value("afgewezen"))
                    .andExpect(jsonPath("$.detail").value("bestand groter dan 25 MB wordt geweigerd"));
        }
        for (int keer = 0; keer < 2; keer++) {
            mvc.perform(post("/api/v1/berichten").header("X-API-Key", sleutel).contentType(MediaType.APPLICATION_XML)
                            .content(Gedeeld.bericht("JW315.xml")))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.status").value(422))
                    .andExpect(jsonPath("$.detail", containsString("onmogelijke datum 2027-06-31")));
        }
    }

    /** Twenty systems post 24 MB at once: each gets a clear answer (never a 500), within the bytes posts may hold at once. */
    @Test
    void twentyConcurrentPostsOf24MegabytesEachGetAClearAnswer() throws Exception {
        byte[] groot = ("<Bericht><Tekst>" + "a".repeat(24 * 1024 * 1024 - 40) + "</Tekst></Bericht>").getBytes(StandardCharsets.US_ASCII);
        java.util.concurrent.ConcurrentLinkedQueue<Integer> statussen = new java.util.concurrent.ConcurrentLinkedQueue<>();
        java.util.concurrent.ConcurrentLinkedQueue<Throwable> fouten = new java.util.concurrent.ConcurrentLinkedQueue<>();
        java.util.List<Thread> zenders = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            zenders.add(Thread.ofPlatform().start(() -> {
                try {
                    statussen.add(mvc.perform(post("/api/v1/berichten").header("X-API-Key", sleutel)
                            .contentType(MediaType.APPLICATION_XML).content(groot)).andReturn().getResponse().getStatus());
                } catch (Throwable t) {
                    fouten.add(t);
                }
            }));
        }
        for (Thread t : zenders) {
            t.join();
        }
        org.assertj.core.api.Assertions.assertThat(fouten).isEmpty();
        org.assertj.core.api.Assertions.assertThat(statussen).hasSize(20).allMatch(s -> s == 422 || s == 503);
    }

    @Test
    void withoutAValidKeyNothingIsDelivered() throws Exception {
        mvc.perform(post("/api/v1/berichten").contentType(MediaType.APPLICATION_XML).content(Gedeeld.bericht("JW305.xml")))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/berichten").header("X-API-Key", sleutel + "x").contentType(MediaType.APPLICATION_XML)
                        .content(Gedeeld.bericht("JW305.xml")))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/berichten").with(analist()).contentType(MediaType.APPLICATION_XML)
                        .content(Gedeeld.bericht("JW305.xml")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aKeyOnlyDeliversItsOwnOrganisationsMessages() throws Exception {
        byte[] vanAnder = Gedeeld.bericht("JW301.xml");
        mvc.perform(post("/api/v1/berichten").header("X-API-Key", sleutel).contentType(MediaType.APPLICATION_XML).content(vanAnder))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("niet de organisatie van de API-sleutel")));
    }

    @Test
    void anUnknownStatusIsABadRequestProblem() throws Exception {
        mvc.perform(get("/api/v1/berichten").param("status", "zoek").with(analist()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void theMessagesPageListsRejectedMessagesWithTheirReason() throws Exception {
        mvc.perform(post("/api/v1/berichten").header("X-API-Key", sleutel).contentType(MediaType.APPLICATION_XML)
                .content("<kapot".getBytes(StandardCharsets.UTF_8)));
        mvc.perform(get("/berichten").param("status", "afgewezen").with(analist()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("niet well-formed XML")));
        mvc.perform(get("/berichten").with(analist()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("niet well-formed XML")));
    }
}
