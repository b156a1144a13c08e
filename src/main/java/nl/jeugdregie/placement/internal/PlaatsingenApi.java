package nl.jeugdregie.placement.internal;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.jeugdregie.access.Organisatie;
import nl.jeugdregie.access.Toegang;
import nl.jeugdregie.placement.Plaatsingen;
import nl.jeugdregie.region.RegioCatalogus;
import nl.jeugdregie.region.Voorziening;
import nl.jeugdregie.reporting.Paginering;
import nl.jeugdregie.reporting.Probleem;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/plaatsingsverzoeken} and {@code /api/v1/reserveringen}: the coordination workflow
 * for other systems, under the same scope and logging as the pages.
 */
@RestController
class PlaatsingenApi {

    /** A provider's answer: {@code accepteren}, or {@code afwijzen} with a coded reason. */
    record Antwoord(String besluit, String reden, String toelichting) {
    }

    record NieuweReservering(Long verzoek, String locatie) {
    }

    private final PlaatsingService plaatsingen;
    private final PlaatsingRechten rechten;
    private final Kandidaten kandidaten;
    private final RegioCatalogus regio;
    private final MessageSource teksten;

    PlaatsingenApi(PlaatsingService plaatsingen, PlaatsingRechten rechten, Kandidaten kandidaten, RegioCatalogus regio,
                   MessageSource teksten) {
        this.plaatsingen = plaatsingen;
        this.rechten = rechten;
        this.kandidaten = kandidaten;
        this.regio = regio;
        this.teksten = teksten;
    }

    @GetMapping("/api/v1/plaatsingsverzoeken")
    ResponseEntity<?> verzoeken(@RequestParam(required = false) String status, @RequestParam(defaultValue = "1") int pagina,
                                @RequestParam(defaultValue = "100") int paginaGrootte) {
        Paginering paginering = new Paginering(pagina, paginaGrootte);
        if (paginering.fout().isPresent()) {
            return Probleem.van(HttpStatus.BAD_REQUEST, "Ongeldige paginering", paginering.fout().get());
        }
        List<Verzoek> alle = plaatsingen.verzoeken().stream()
                .filter(v -> status == null || v.status().name().equalsIgnoreCase(status)).toList();
        List<Verzoek> zichtbaar = rechten.zichtbaar(paginering.van(alle.stream().filter(v -> rechten.doel(v).isPresent()).toList()));
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("status", status);
        long totaal = alle.stream().filter(v -> rechten.doel(v).isPresent()).count();
        return ResponseEntity.ok().headers(paginering.headers("/api/v1/plaatsingsverzoeken", parameters, totaal))
                .body(Map.of("_embedded", Map.of("plaatsingsverzoeken", zichtbaar.stream().map(this::alsJson).toList())));
    }

    @PostMapping("/api/v1/plaatsingsverzoeken")
    ResponseEntity<?> dienIn(@RequestBody(required = false) Plaatsingen.NieuwVerzoek verzoek) {
        if (!rechten.magIndienen()) {
            return Probleem.van(HttpStatus.FORBIDDEN, "Geen toegang", "Alleen toegang van een gemeente, een GI of de regisseur");
        }
        if (verzoek == null) {
            return Probleem.van(HttpStatus.UNPROCESSABLE_CONTENT, "Verzoek geweigerd", "geen verzoek");
        }
        String eigen = rechten.gebruiker().flatMap(rechten::eigenGemeente).orElse(null);
        if (eigen != null && !eigen.equals(verzoek.gemeente())) {
            return ongeldig(Map.of("gemeente", "plaatsing.fout.eigenGemeente"));
        }
        try {
            String organisatie = rechten.gebruiker().map(g -> g.organisatie().code()).orElse(null);
            long id = plaatsingen.dienIn(verzoek, rechten.naam(), organisatie, LocalDateTime.now());
            Verzoek v = plaatsingen.verzoek(id).orElseThrow();
            rechten.legVast(Toegang.Actie.AANMAKEN, v, "plaatsingsverzoek");
            return ResponseEntity.created(URI.create("/api/v1/plaatsingsverzoeken/" + id)).body(alsJson(v));
        } catch (Plaatsingen.Ongeldig o) {
            return ongeldig(o.fouten());
        }
    }

    @GetMapping("/api/v1/plaatsingsverzoeken/{id}")
    ResponseEntity<?> verzoek(@PathVariable long id) {
        Optional<Verzoek> v = plaatsingen.verzoek(id);
        if (v.isEmpty()) {
            return Probleem.van(HttpStatus.NOT_FOUND, "Onbekend verzoek", "Plaatsingsverzoek " + id + " bestaat niet");
        }
        if (rechten.inzage(v.get()).isEmpty()) {
            return geenTaak();
        }
        Map<String, Object> uit = alsJson(v.get());
        uit.put("reserveringen", plaatsingen.reserveringenVan(id));
        kandidaten.traject(v.get()).ifPresent(t -> uit.put("traject", Map.of("aanbieder", t.aanbieder(), "hulpvorm", t.hulpvorm().code(),
                "begindatum", t.begindatum())));
        return ResponseEntity.ok(uit);
    }

    /** The ranked places with their reasons, or the nearest partial matches with what they miss. */
    @GetMapping("/api/v1/plaatsingsverzoeken/{id}/kandidaten")
    ResponseEntity<?> kandidaten(@PathVariable long id) {
        Optional<Verzoek> v = plaatsingen.verzoek(id);
        if (v.isEmpty()) {
            return Probleem.van(HttpStatus.NOT_FOUND, "Onbekend verzoek", "Plaatsingsverzoek " + id + " bestaat niet");
        }
        if (rechten.inzage(v.get()).isEmpty()) {
            return geenTaak();
        }
        if (!v.get().poorten().open()) {
            return ongeldig(Map.of("poorten", "plaatsing.fout.poorten"));
        }
        Matching.Uitkomst u = kandidaten.zoek(v.get());
        return ResponseEntity.ok(Map.of("passend", u.passend().stream().map(PlaatsingenApi::kandidaat).toList(),
                "gedeeltelijk", u.gedeeltelijk().stream().map(PlaatsingenApi::kandidaat).toList()));
    }

    @GetMapping("/api/v1/reserveringen")
    ResponseEntity<?> reserveringen(Authentication wie) {
        Optional<String> aanbieder = aanbieder(wie);
        if (!rechten.isRegisseur() && aanbieder.isEmpty()) {
            return Probleem.van(HttpStatus.FORBIDDEN, "Geen toegang", "Alleen de regisseur of de aanbieder van de locaties");
        }
        List<Reservering> lijst = plaatsingen.reserveringen().stream()
                .filter(r -> rechten.isRegisseur() || aanbieder.get().equals(aanbiederVan(r.locatie()))).toList();
        return ResponseEntity.ok(Map.of("_embedded", Map.of("reserveringen", lijst)));
    }

    @PostMapping("/api/v1/reserveringen")
    ResponseEntity<?> reserveer(@RequestBody(required = false) NieuweReservering invoer) {
        // The reservation policy of the request, as on the page; without a known request, the same policy's role test.
        Optional<Verzoek> verzoek = Optional.ofNullable(invoer).map(NieuweReservering::verzoek).flatMap(plaatsingen::verzoek);
        if (!verzoek.map(v -> rechten.mag(PlaatsingRechten.Handeling.RESERVEREN, v)).orElseGet(rechten::isRegisseur)) {
            return Probleem.van(HttpStatus.FORBIDDEN, "Geen toegang", "Alleen de regisseur reserveert");
        }
        if (invoer == null || invoer.verzoek() == null || invoer.locatie() == null) {
            return Probleem.van(HttpStatus.UNPROCESSABLE_CONTENT, "Reservering geweigerd", "verzoek en locatie zijn nodig");
        }
        try {
            long id = plaatsingen.reserveer(invoer.verzoek(), invoer.locatie(), rechten.naam(), LocalDateTime.now());
            plaatsingen.verzoek(invoer.verzoek()).ifPresent(v -> rechten.legVast(Toegang.Actie.WIJZIGEN, v, "reservering " + id));
            return ResponseEntity.created(URI.create("/api/v1/reserveringen/" + id)).body(plaatsingen.vindReservering(id).orElseThrow());
        } catch (Plaatsingen.Ongeldig o) {
            return "plaatsing.fout.nietBeschikbaar".equals(o.fouten().get("locatie"))
                    ? Probleem.van(HttpStatus.CONFLICT, "Niet meer beschikbaar", Probleem.tekst(teksten, "plaatsing.fout.nietBeschikbaar"))
                    : ongeldig(o.fouten());
        }
    }

    @PostMapping("/api/v1/reserveringen/{id}/antwoord")
    ResponseEntity<?> antwoord(@PathVariable long id, @RequestBody(required = false) Antwoord antwoord, Authentication wie) {
        Optional<Reservering> r = plaatsingen.vindReservering(id);
        if (r.isEmpty()) {
            return Probleem.van(HttpStatus.NOT_FOUND, "Onbekende reservering", "Reservering " + id + " bestaat niet");
        }
        if (!aanbieder(wie).map(a -> a.equals(aanbiederVan(r.get().locatie()))).orElse(false)) {
            return Probleem.van(HttpStatus.FORBIDDEN, "Geen toegang", "Alleen de aanbieder van de locatie antwoordt");
        }
        String door = rechten.gebruiker().isPresent() ? rechten.naam() : "api:" + aanbieder(wie).orElse("");
        try {
            if (antwoord != null && "accepteren".equals(antwoord.besluit())) {
                plaatsingen.accepteer(id, door, LocalDateTime.now());
            } else if (antwoord != null && "afwijzen".equals(antwoord.besluit())) {
                plaatsingen.wijsAf(id, antwoord.reden(), antwoord.toelichting(), door, LocalDateTime.now());
            } else {
                return ongeldig(Map.of("besluit", "plaatsing.fout.besluit"));
            }
        } catch (Plaatsingen.Ongeldig o) {
            return ongeldig(o.fouten());
        }
        return ResponseEntity.ok(plaatsingen.vindReservering(id).orElseThrow());
    }

    private Optional<String> aanbieder(Authentication wie) {
        if (wie != null && wie.getPrincipal() instanceof Organisatie o && o.soort() == Organisatie.Soort.AANBIEDER) {
            return Optional.of(o.code());
        }
        return rechten.eigenAanbieder();
    }

    private String aanbiederVan(String locatie) {
        return regio.regio().voorzieningen().stream().filter(v -> v.id().equals(locatie)).map(Voorziening::aanbieder)
                .findFirst().orElse("");
    }

    private Map<String, Object> alsJson(Verzoek v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", v.id());
        m.put("initialen", v.initialen());
        m.put("geboortedatum", v.geboortedatum());
        m.put("geslacht", v.geslacht());
        m.put("gemeente", v.gemeente());
        m.put("zorgvormen", v.zorgvormen());
        m.put("doelgroep", v.doelgroep());
        m.put("urgentie", v.urgentie());
        m.put("nodigPer", v.gewenstPer());
        m.put("broersZussen", v.broersZussen());
        m.put("poortenBeantwoord", v.poorten().beantwoord());
        m.put("poortenOverschreven", v.poorten().overschreven());
        m.put("status", v.status().name().toLowerCase(Locale.ROOT));
        m.put("aangevraagdOp", v.aangevraagdOp());
        m.put("dagenOpen", v.dagenOpen(LocalDate.now()));
        m.put("geplaatstLocatie", v.geplaatstLocatie());
        m.put("geplaatstPer", v.geplaatstPer());
        m.put("geescaleerdOp", v.geescaleerdOp());
        return m;
    }

    private static Map<String, Object> kandidaat(Matching.Kandidaat k) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("locatie", k.plek().locatie().id());
        m.put("naam", k.plek().locatie().naam());
        m.put("zorgvorm", k.plek().locatie().zorgvorm());
        m.put("vrij", k.plek().vrij());
        m.put("verouderd", k.plek().verouderd());
        m.put("punten", k.punten());
        m.put("kmThuis", k.kmThuis());
        m.put("kmSchool", k.kmSchool());
        m.put("redenen", k.redenen());
        m.put("ontbreekt", k.ontbreekt());
        return m;
    }

    private static ResponseEntity<ProblemDetail> geenTaak() {
        return Probleem.van(HttpStatus.FORBIDDEN, "Geen toegang", "Geen taak voor dit plaatsingsverzoek");
    }

    private ResponseEntity<ProblemDetail> ongeldig(Map<String, String> fouten) {
        return Probleem.geweigerd("Geweigerd", fouten, teksten);
    }
}
