package nl.jeugdregie.messages;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import nl.jeugdregie.support.Gedeeld;
import nl.jeugdregie.support.JeugdregieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@JeugdregieTest(properties = {Gedeeld.TESTREGIO, "jeugdregie.test=api"})
@AutoConfigureMockMvc
class BerichtenApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void anAcceptedMessageIsCreatedAndAResendIsADuplicate() throws Exception {
        byte[] jw307 = Gedeeld.bericht("JW307.xml");
        mvc.perform(post("/api/v1/berichten").contentType(MediaType.APPLICATION_XML).content(jw307))
                .andExpect(status().isCreated())
                .andExpect(header().string("API-Version", "1.0.0"))
                .andExpect(header().string("Location", containsString("/api/v1/berichten/")))
                .andExpect(jsonPath("$.status").value("geaccepteerd"));
        mvc.perform(post("/api/v1/berichten").contentType(MediaType.APPLICATION_XML).content(jw307))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("dubbel"));
    }

    @Test
    void aRejectedMessageIsAProblemWithItsReasonAndIsListed() throws Exception {
        mvc.perform(post("/api/v1/berichten").contentType(MediaType.APPLICATION_XML).content(Gedeeld.bericht("JW315.xml")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("onmogelijke datum 2027-06-31")))
                .andExpect(jsonPath("$.berichtId").isNumber());
        mvc.perform(get("/api/v1/berichten").param("status", "afgewezen"))
                .andExpect(status().isOk())
                .andExpect(header().string("Link", containsString("rel=\"first\"")))
                .andExpect(jsonPath("$._embedded.berichten[0].status").value("afgewezen"))
                .andExpect(jsonPath("$._embedded.berichten[0].reden", containsString("2027-06-31")));
    }

    @Test
    void anUnknownStatusIsABadRequestProblem() throws Exception {
        mvc.perform(get("/api/v1/berichten").param("status", "zoek"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void theMessagesPageListsRejectedMessagesWithTheirReason() throws Exception {
        mvc.perform(post("/api/v1/berichten").contentType(MediaType.APPLICATION_XML)
                .content("<kapot".getBytes(StandardCharsets.UTF_8)));
        mvc.perform(get("/berichten").param("status", "afgewezen"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("niet well-formed XML")));
    }
}
