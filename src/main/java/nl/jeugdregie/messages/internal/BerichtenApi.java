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
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
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

    /**
     * Bytes of message bodies that posts may hold at once, in MiB: twenty senders posting 24 MB at
     * the same time would otherwise hold half a gigabyte before the first was written. A post that
     * finds no room within {@link #WACHT_OP_RUIMTE_S} seconds is asked to come back (503, Retry-After).
     */
    static final int IN_HAND_MIB = 128;
    static final int WACHT_OP_RUIMTE_S = 30;
    private static final int MAX_MIB = BerichtBronnen.MAX_BYTES / (1024 * 1024);
    private final Semaphore inHand = new Semaphore(IN_HAND_MIB, true);

    /** Only the organisation itself may send its messages: the key's organisation must be the sender. */
    @PostMapping(consumes = {"application/xml", "text/xml"})
    ResponseEntity<?> ontvang(HttpServletRequest request, Authentication wie) throws IOException, InterruptedException {
        long lengte = request.getContentLengthLong();
        boolean teGroot = lengte > BerichtBronnen.MAX_BYTES;
        int mib = teGroot ? 0 : lengte < 0 ? MAX_MIB : (int) Math.max(1, (lengte + (1 << 20) - 1) >> 20);
        if (!inHand.tryAcquire(mib, WACHT_OP_RUIMTE_S, TimeUnit.SECONDS)) {
            ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                    "Er worden nu te veel berichten tegelijk aangeleverd; probeer het over een minuut opnieuw");
            p.setTitle("Even geen ruimte");
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "60").body(p);
        }
        try {
            byte[] inhoud = teGroot ? null : BerichtBronnen.leesBegrensd(request.getInputStream(), lengte);
            BerichtBron bron = inhoud == null
                    ? BerichtBron.onleesbaar("api", BerichtBronnen.TE_GROOT)
                    : BerichtBron.van("api", inhoud);
            Organisatie organisatie = wie != null && wie.getPrincipal() instanceof Organisatie o ? o
                    : huidige.huidige().map(Gebruiker::organisatie).orElse(null);
            if (organisatie != null && organisatie.code() != null) {
                bron = bron.geleverdDoor(organisatie.code().startsWith("GM") ? organisatie.code().substring(2) : organisatie.code());
            }
            return antwoord(intake.ontvangEen(bron), inhoud == null);
        } finally {
            inHand.release(mib);
        }
    }

    private static ResponseEntity<?> antwoord(Uitkomst uitkomst, boolean teGroot) {
        URI locatie = URI.create("/api/v1/berichten/" + uitkomst.berichtId());
        return switch (uitkomst.status()) {
            case GEACCEPTEERD -> ResponseEntity.created(locatie).body(antwoord(uitkomst));
            case DUBBEL -> ResponseEntity.ok().location(locatie).body(antwoord(uitkomst));
            case AFGEWEZEN -> {
                HttpStatus status = teGroot ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.UNPROCESSABLE_CONTENT;
                ProblemDetail p = ProblemDetail.forStatusAndDetail(status, uitkomst.reden());
                p.setTitle(teGroot ? "Bericht te groot" : "Bericht afgewezen");
                p.setProperty("berichtId", uitkomst.berichtId());
                // Not "status": that member is the HTTP status of a problem (RFC 9457).
                p.setProperty("uitkomst", "afgewezen");
                yield ResponseEntity.status(status).location(locatie).body(p);
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
