package nl.jeugdregie.indicators.internal;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import nl.jeugdregie.indicators.Indicatoren;
import nl.jeugdregie.indicators.Waarde;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/indicatoren}: the catalogue and monthly values, for analysts' own tools. */
@RestController
class IndicatorApi {

    private final Indicatoren indicatoren;

    IndicatorApi(Indicatoren indicatoren) {
        this.indicatoren = indicatoren;
    }

    @GetMapping("/api/v1/indicatoren")
    Map<String, Object> catalogus() {
        return Map.of("_embedded", Map.of("indicatoren", indicatoren.catalogus()));
    }

    @GetMapping("/api/v1/indicatoren/{code}/waarden")
    ResponseEntity<?> waarden(@PathVariable String code, @RequestParam(defaultValue = Waarde.REGIO) String gemeente,
                              @RequestParam(defaultValue = Waarde.ALLE) String segment,
                              @RequestParam(required = false) String van, @RequestParam(required = false) String tot) {
        if (indicatoren.indicator(code).isEmpty()) {
            return probleem(HttpStatus.NOT_FOUND, "Onbekende indicator: " + code);
        }
        YearMonth vanaf;
        YearMonth totEnMet;
        try {
            vanaf = van == null ? YearMonth.of(2000, 1) : YearMonth.parse(van);
            totEnMet = tot == null ? YearMonth.of(2999, 12) : YearMonth.parse(tot);
        } catch (DateTimeParseException e) {
            return probleem(HttpStatus.BAD_REQUEST, "van en tot zijn maanden in de vorm JJJJ-MM");
        }
        List<Waarde> reeks = indicatoren.reeks(code, gemeente, segment, vanaf, totEnMet);
        return ResponseEntity.ok(Map.of("indicator", code, "gemeente", gemeente, "segment", segment,
                "_embedded", Map.of("waarden", reeks)));
    }

    private static ResponseEntity<ProblemDetail> probleem(HttpStatus status, String detail) {
        return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
    }
}
