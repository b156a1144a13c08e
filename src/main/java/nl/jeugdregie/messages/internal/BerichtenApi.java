package nl.jeugdregie.messages.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import nl.jeugdregie.reporting.Paginering;
import java.util.Map;
import java.util.Set;
import nl.jeugdregie.access.Gebruiker;
import nl.jeugdregie.access.HuidigeGebruiker;
import nl.jeugdregie.access.Organisatie;
import nl.jeugdregie.messages.BerichtBron;
import nl.jeugdregie.messages.BerichtBronnen;
import nl.jeugdregie.messages.BerichtenOverzicht;
import nl.jeugdregie.messages.BerichtenOverzicht.BerichtRegel;
import nl.jeugdregie.messages.Intake;
import nl.jeugdregie.messages.Uitkomst;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/berichten}: one iJw message per POST; the store's outcomes by status. */
@RestController
@RequestMapping("/api/v1/berichten")
class BerichtenApi {

    private static final Set<String> STATUSSEN = Set.of("geaccepteerd", "dubbel", "afgewezen");

    private final Intake intake;
    private final BerichtenOverzicht overzicht;
    private final HuidigeGebruiker huidige;

    BerichtenApi(Intake intake, BerichtenOverzicht overzicht, HuidigeGebruiker huidige) {
        this.intake = intake;
        this.overzicht = overzicht;
        this.huidige = huidige;
    }

    /** Only the organisation itself may send its messages: the key's organisation must be the sender. */
    @PostMapping(consumes = {"application/xml", "text/xml"})
    ResponseEntity<?> ontvang(HttpServletRequest request, Authentication wie) throws IOException {
        byte[] inhoud = BerichtBronnen.leesBegrensd(request.getInputStream(), request.getContentLengthLong());
        BerichtBron bron = inhoud == null
                ? BerichtBron.onleesbaar("api", "bestand groter dan 25 MB wordt geweigerd")
                : BerichtBron.van("api", inhoud);
        Organisatie organisatie = wie != null && wie.getPrincipal() instanceof Organisatie o ? o
                : huidige.huidige().map(Gebruiker::organisatie).orElse(null);
        if (organisatie != null && organisatie.code() != null) {
            bron = bron.geleverdDoor(organisatie.code().startsWith("GM") ? organisatie.code().substring(2) : organisatie.code());
        }
        Uitkomst uitkomst = intake.ontvangEen(bron);
        URI locatie = URI.create("/api/v1/berichten/" + uitkomst.berichtId());
        return switch (uitkomst.status()) {
            case GEACCEPTEERD -> ResponseEntity.created(locatie).body(antwoord(uitkomst));
            case DUBBEL -> ResponseEntity.ok().location(locatie).body(antwoord(uitkomst));
            case AFGEWEZEN -> {
                ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, uitkomst.reden());
                p.setTitle("Bericht afgewezen");
                p.setProperty("berichtId", uitkomst.berichtId());
                p.setProperty("status", "afgewezen");
                yield ResponseEntity.unprocessableContent().location(locatie).body(p);
            }
        };
    }

    @GetMapping
    ResponseEntity<?> lijst(@RequestParam(required = false) String status,
                            @RequestParam(defaultValue = "1") int pagina,
                            @RequestParam(defaultValue = "50") int paginaGrootte) {
        if (status != null && !STATUSSEN.contains(status)) {
            return ResponseEntity.badRequest().body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    "status moet geaccepteerd, dubbel of afgewezen zijn"));
        }
        Paginering paginering = new Paginering(pagina, paginaGrootte);
        Optional<String> fout = paginering.fout();
        if (fout.isPresent()) {
            return ResponseEntity.badRequest().body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, fout.get()));
        }
        long totaal = overzicht.aantal(status);
        List<BerichtRegel> regels = overzicht.lijst(status, paginering.offset(), paginaGrootte);
        Map<String, String> parameters = new HashMap<>();
        parameters.put("status", status);
        return ResponseEntity.ok().headers(paginering.headers("/api/v1/berichten", parameters, totaal))
                .body(Map.of("_embedded", Map.of("berichten", regels), "totaal", totaal, "pagina", pagina,
                        "paginaGrootte", paginaGrootte));
    }

    @GetMapping("/{id}")
    ResponseEntity<?> een(@PathVariable long id) {
        return overzicht.een(id)
                .<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "Bericht " + id + " bestaat niet")));
    }

    private static Map<String, Object> antwoord(Uitkomst u) {
        return u.reden() == null
                ? Map.of("berichtId", u.berichtId(), "status", u.status().code())
                : Map.of("berichtId", u.berichtId(), "status", u.status().code(), "reden", u.reden());
    }
}
