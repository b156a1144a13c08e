package nl.jeugdregie.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import nl.jeugdregie.support.JeugdregieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The published OpenAPI document describes exactly the API's endpoints. */
@JeugdregieTest
@AutoConfigureMockMvc
class OpenApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyApiEndpointIsDocumentedAndNothingElse() throws Exception {
        String json = mvc.perform(get("/api/v1/openapi.json"))
                .andExpect(status().isOk())
                .andExpect(header().string("API-Version", "1.0.0"))
                .andReturn().getResponse().getContentAsString();
        JsonNode paden = JsonMapper.builder().build().readTree(json).get("paths");
        List<String> gedocumenteerd = new ArrayList<>();
        for (String pad : paden.propertyNames()) {
            for (String methode : paden.get(pad).propertyNames()) {
                gedocumenteerd.add(methode.toUpperCase() + " /api/v1" + pad);
            }
        }
        List<String> werkelijk = new ArrayList<>();
        for (var e : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = e.getKey();
            HandlerMethod h = e.getValue();
            for (String pad : info.getPatternValues()) {
                if (pad.startsWith("/api/v1/") && !pad.equals("/api/v1/openapi.json")) {
                    info.getMethodsCondition().getMethods().forEach(m -> werkelijk.add(m.name() + " " + pad));
                }
            }
        }
        assertThat(gedocumenteerd).containsExactlyInAnyOrderElementsOf(werkelijk);
    }
}
