package nl.jeugdregie.waiting.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.jeugdregie.access.HuidigeGebruiker;
import nl.jeugdregie.region.RegioCatalogus;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** {@code /api/v1/wachttijden}: the waiting figures of a municipality, provider or segment, and the norms. */
@RestController
class WachttijdenApi {

    private final WachtService wachten;
    private final WachtTabellen tabellen;
    private final RegioCatalogus regio;
    private final HuidigeGebruiker huidige;

    WachttijdenApi(WachtService wachten, WachtTabellen tabellen, RegioCatalogus regio, HuidigeGebruiker huidige) {
        this.wachten = wachten;
        this.tabellen = tabellen;
        this.regio = regio;
        this.huidige = huidige;
    }

    @GetMapping("/api/v1/wachttijden")
    ResponseEntity<?> wachttijden(@RequestParam(required = false) String gemeente, @RequestParam(required = false) String aanbieder,
                                  @RequestParam(required = false) String segment) {
        WachtKeuze keuze;
        try {
            keuze = WachtKeuze.lees(regio.regio(), huidige.huidige(), gemeente, aanbieder, segment);
        } catch (ResponseStatusException e) {
            return ResponseEntity.status(e.getStatusCode())
                    .body(ProblemDetail.forStatusAndDetail(e.getStatusCode(), e.getReason()));
        }
        return tabellen.huidig(keuze).<ResponseEntity<?>>map(o -> {
            Map<String, Object> uit = new LinkedHashMap<>();
            uit.put("peildatum", wachten.peildatum().orElse(null));
            uit.put("gemeente", keuze.gemeente());
            uit.put("aanbieder", keuze.aanbieder());
            uit.put("segment", keuze.segment());
            uit.put("totaal", o.totaal());
            uit.put("signalen", o.signalen());
            for (WachtTabellen.Lijst l : o.lijsten()) {
                uit.put("per" + Character.toUpperCase(l.dimensie().charAt(0)) + l.dimensie().substring(1), l.rijen());
            }
            uit.put("overlap", o.overlap());
            uit.put("gerealiseerd", tabellen.gerealiseerd(keuze));
            return ResponseEntity.ok(uit);
        }).orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "Nog geen zorgfeiten ingelezen")));
    }

    @GetMapping("/api/v1/wachttijden/normen")
    Map<String, Object> normen() {
        return Map.of("_embedded", Map.of("normen", wachten.normen()));
    }
}
