package nl.jeugdregie.web.internal;

import java.io.IOException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.StreamUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The API's OpenAPI 3 description, written by hand next to the endpoints it describes. */
@RestController
class OpenApiController {

    private final byte[] document;

    OpenApiController() throws IOException {
        this.document = StreamUtils.copyToByteArray(new ClassPathResource("openapi/openapi.json").getInputStream());
    }

    @GetMapping(value = "/api/v1/openapi.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> openapi() {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(document);
    }
}
