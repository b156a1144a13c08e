package nl.jeugdregie.care.internal;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/jeugdigen/{pseudoniem}/trajecten}: person-level, scoped and logged. */
@RestController
class JeugdigeApi {

    private final JeugdigeZorg zorg;

    JeugdigeApi(JeugdigeZorg zorg) {
        this.zorg = zorg;
    }

    @GetMapping("/api/v1/jeugdigen/{pseudoniem}/trajecten")
    ResponseEntity<?> trajecten(@PathVariable String pseudoniem) {
        JeugdigeZorg.Inzage inzage = zorg.bekijk(pseudoniem);
        if (!inzage.toegestaan()) {
            ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                    "Deze jeugdige valt niet binnen uw taak of organisatie, of is onbekend");
            p.setTitle("Geen toegang");
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(p);
        }
        return ResponseEntity.ok(Map.of("jeugdige", pseudoniem, "doel", inzage.doel(), "trajecten", inzage.trajecten()));
    }
}
