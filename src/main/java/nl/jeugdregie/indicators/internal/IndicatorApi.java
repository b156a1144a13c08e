package nl.jeugdregie.indicators.internal;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.jeugdregie.access.HuidigeGebruiker;
import nl.jeugdregie.indicators.Doorsnede;
import nl.jeugdregie.indicators.Indicatoren;
import nl.jeugdregie.indicators.Periode;
import nl.jeugdregie.indicators.Waarde;
import nl.jeugdregie.region.RegioCatalogus;
import nl.jeugdregie.reporting.Paginering;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/indicatoren}: the catalogue and the values of any slice and period, for analysts' own tools. */
@RestController
class IndicatorApi {

    private final Indicatoren indicatoren;
    private final RegioCatalogus regio;
    private final HuidigeGebruiker huidige;

    IndicatorApi(Indicatoren indicatoren, RegioCatalogus regio, HuidigeGebruiker huidige) {
        this.indicatoren = indicatoren;
        this.regio = regio;
        this.huidige = huidige;
    }

    @GetMapping("/api/v1/indicatoren")
    Map<String, Object> catalogus() {
        return Map.of("_embedded", Map.of("indicatoren", indicatoren.catalogus()));
    }

    @GetMapping("/api/v1/indicatoren/{code}/waarden")
    ResponseEntity<?> waarden(@PathVariable String code, @RequestParam(defaultValue = Waarde.REGIO) String gemeente,
                              @RequestParam(defaultValue = Waarde.ALLE) String aanbieder,
                              @RequestParam(defaultValue = Waarde.ALLE) String segment,
                              @RequestParam(defaultValue = "maand") String periode,
                              @RequestParam(required = false) String van, @RequestParam(required = false) String tot,
                              @RequestParam(defaultValue = "1") int pagina,
                              @RequestParam(defaultValue = "100") int paginaGrootte) {
        if (indicatoren.indicator(code).isEmpty()) {
            return probleem(HttpStatus.NOT_FOUND, "Onbekende indicator: " + code);
        }
        Optional<Periode> soort = Periode.vanCode(periode);
        if (soort.isEmpty()) {
            return probleem(HttpStatus.BAD_REQUEST, "periode moet maand, kwartaal, halfjaar of jaar zijn");
        }
        if (!gemeente.equals(Waarde.REGIO) && regio.regio().gemeente(gemeente).isEmpty()) {
            return probleem(HttpStatus.BAD_REQUEST, "gemeente " + gemeente + " hoort niet bij de regio");
        }
        if (!aanbieder.equals(Waarde.ALLE) && !gemeente.equals(Waarde.REGIO)) {
            return probleem(HttpStatus.BAD_REQUEST, "een aanbieder heeft alleen cijfers voor de hele regio: laat gemeente weg");
        }
        if (!aanbieder.equals(Waarde.ALLE) && !Zicht.van(huidige.huidige(), regio.regio()).magAanbieder(aanbieder)) {
            return probleem(HttpStatus.FORBIDDEN, "de cijfers van een andere aanbieder zijn niet voor uw organisatie");
        }
        if (!Doorsnede.geldigSegment(segment)) {
            return probleem(HttpStatus.BAD_REQUEST, "onbekend segment of hulpvorm: " + segment);
        }
        YearMonth vanaf = van == null ? YearMonth.of(2000, 1) : Invoer.maand(van);
        YearMonth totEnMet = tot == null ? YearMonth.of(2100, 12) : Invoer.maand(tot);
        if (vanaf == null || totEnMet == null) {
            return probleem(HttpStatus.BAD_REQUEST, "van en tot zijn maanden in de vorm JJJJ-MM");
        }
        Paginering paginering = new Paginering(pagina, paginaGrootte);
        Optional<String> fout = paginering.fout();
        if (fout.isPresent()) {
            return probleem(HttpStatus.BAD_REQUEST, fout.get());
        }
        List<Waarde> reeks = indicatoren.reeks(code, new Doorsnede(gemeente, aanbieder, segment), soort.get(), vanaf, totEnMet);
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("gemeente", gemeente);
        parameters.put("aanbieder", aanbieder);
        parameters.put("segment", segment);
        parameters.put("periode", periode);
        parameters.put("van", van);
        parameters.put("tot", tot);
        return ResponseEntity.ok().headers(paginering.headers("/api/v1/indicatoren/" + code + "/waarden", parameters,
                        reeks.size()))
                .body(Map.of("indicator", code, "gemeente", gemeente, "aanbieder", aanbieder, "segment", segment,
                        "periode", periode, "_embedded", Map.of("waarden", paginering.van(reeks))));
    }

    static ResponseEntity<ProblemDetail> probleem(HttpStatus status, String detail) {
        return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
    }
}
