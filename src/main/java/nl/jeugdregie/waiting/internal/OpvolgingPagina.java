package nl.jeugdregie.waiting.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import nl.jeugdregie.region.RegioCatalogus;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** {@code /wachtenden}: the follow-up list of individual waiting youths, and the same for the caller's own system. */
@Controller
class OpvolgingPagina {

    private final Opvolging opvolging;
    private final WachtService wachttijden;
    private final RegioCatalogus regio;

    OpvolgingPagina(Opvolging opvolging, WachtService wachttijden, RegioCatalogus regio) {
        this.opvolging = opvolging;
        this.wachttijden = wachttijden;
        this.regio = regio;
    }

    @GetMapping("/wachtenden")
    String wachtenden(Model model, HttpServletResponse response) {
        Opvolging.Inzage inzage = opvolging.bekijk();
        if (!inzage.toegestaan()) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            model.addAttribute("status", HttpServletResponse.SC_FORBIDDEN);
            return "error";
        }
        model.addAttribute("regels", inzage.regels());
        model.addAttribute("verweesd", inzage.verweesd());
        model.addAttribute("verweesdNaDagen", nl.jeugdregie.waiting.Wacht.VERWEESD_NA_DAGEN);
        model.addAttribute("zonderStartDagen", wachttijden.zonderStartDagen());
        model.addAttribute("peildatum", wachttijden.peildatum().orElse(null));
        model.addAttribute("gemeenteNamen", regio.regio().gemeenten().stream()
                .collect(java.util.stream.Collectors.toMap(g -> g.code(), g -> g.naam())));
        return "wachtenden";
    }

    @GetMapping("/api/v1/wachtenden")
    @ResponseBody
    ResponseEntity<?> api() {
        Opvolging.Inzage inzage = opvolging.bekijk();
        if (!inzage.toegestaan()) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                    "De opvolglijst is er voor gemeenten (eigen inwoners), aanbieders (eigen lijst), de regisseurs en het RET"));
        }
        return ResponseEntity.ok(Map.of("peildatum", String.valueOf(wachttijden.peildatum().orElse(null)),
                "_embedded", Map.of("wachtenden", inzage.regels(), "verweesd", inzage.verweesd())));
    }
}
