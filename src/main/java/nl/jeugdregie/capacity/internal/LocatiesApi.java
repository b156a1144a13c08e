package nl.jeugdregie.capacity.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.jeugdregie.access.Gebruiker;
import nl.jeugdregie.access.HuidigeGebruiker;
import nl.jeugdregie.access.Organisatie;
import nl.jeugdregie.access.Rol;
import nl.jeugdregie.capacity.Beschikbaarheid;
import nl.jeugdregie.capacity.Melding;
import nl.jeugdregie.capacity.Plaatsen;
import nl.jeugdregie.reporting.Paginering;
import nl.jeugdregie.reporting.Probleem;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/locaties}: the locations with their places now, their history, and
 * {@code PUT …/plaatsen} for a provider's own planning system (API key) or planner.
 */
@RestController
class LocatiesApi {

    /** What a provider's system sends: the figures of now; sending them unchanged confirms them. */
    record PlaatsenInvoer(Integer bezet, Integer geblokkeerd, String blokkadeReden, List<Melding.Uitstroom> uitstroom) {
    }

    private final PlaatsenService plaatsen;
    private final HuidigeGebruiker huidige;
    private final MessageSource teksten;

    LocatiesApi(PlaatsenService plaatsen, HuidigeGebruiker huidige, MessageSource teksten) {
        this.plaatsen = plaatsen;
        this.huidige = huidige;
        this.teksten = teksten;
    }

    @GetMapping("/api/v1/locaties")
    ResponseEntity<?> locaties(@RequestParam(required = false) String zorgvorm, @RequestParam(required = false) String doelgroep,
                               @RequestParam(required = false) Integer leeftijd,
                               @RequestParam(defaultValue = "1") int pagina, @RequestParam(defaultValue = "100") int paginaGrootte) {
        Paginering paginering = new Paginering(pagina, paginaGrootte);
        Optional<String> fout = paginering.fout();
        if (fout.isPresent()) {
            return Probleem.van(HttpStatus.BAD_REQUEST, "Ongeldige paginering", fout.get());
        }
        List<Beschikbaarheid> alle = new RegioBeeld(plaatsen.alle(), doelgroep, leeftijd, LocalDate.now()).locaties().stream()
                .filter(b -> zorgvorm == null || zorgvorm.equals(b.locatie().zorgvorm())).toList();
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("zorgvorm", zorgvorm);
        parameters.put("doelgroep", doelgroep);
        parameters.put("leeftijd", leeftijd == null ? null : leeftijd.toString());
        return ResponseEntity.ok().headers(paginering.headers("/api/v1/locaties", parameters, alle.size()))
                .body(Map.of("_embedded", Map.of("locaties", paginering.van(alle).stream().map(LocatiesApi::alsJson).toList())));
    }

    @GetMapping("/api/v1/locaties/{id}")
    ResponseEntity<?> locatie(@PathVariable String id) {
        return plaatsen.van(id).<ResponseEntity<?>>map(b -> ResponseEntity.ok(alsJson(b)))
                .orElseGet(() -> Probleem.van(HttpStatus.NOT_FOUND, "Onbekende locatie", "Locatie " + id + " bestaat niet in deze regio"));
    }

    /** The location's reports and changes, newest first. */
    @GetMapping("/api/v1/locaties/{id}/plaatsen")
    ResponseEntity<?> geschiedenis(@PathVariable String id, @RequestParam(defaultValue = "100") int max) {
        if (plaatsen.van(id).isEmpty()) {
            return Probleem.van(HttpStatus.NOT_FOUND, "Onbekende locatie", "Locatie " + id + " bestaat niet in deze regio");
        }
        return ResponseEntity.ok(Map.of("_embedded", Map.of("standen", plaatsen.geschiedenis(id, Math.max(1, Math.min(max, 1000))))));
    }

    @PutMapping("/api/v1/locaties/{id}/plaatsen")
    ResponseEntity<?> meld(@PathVariable String id, @RequestBody(required = false) PlaatsenInvoer invoer, Authentication wie) {
        Optional<Beschikbaarheid> b = plaatsen.van(id);
        if (b.isEmpty()) {
            return Probleem.van(HttpStatus.NOT_FOUND, "Onbekende locatie", "Locatie " + id + " bestaat niet in deze regio");
        }
        Organisatie organisatie = wie != null && wie.getPrincipal() instanceof Organisatie o ? o
                : huidige.huidige().map(Gebruiker::organisatie).orElse(null);
        boolean beheerder = huidige.huidige().map(g -> g.heeft(Rol.BEHEERDER)).orElse(false);
        if (!beheerder && (organisatie == null || !b.get().locatie().aanbieder().equals(organisatie.code()))) {
            return Probleem.van(HttpStatus.FORBIDDEN, "Geen toegang", "Alleen de aanbieder van deze locatie meldt haar plaatsen");
        }
        if (invoer == null || invoer.bezet() == null) {
            return Probleem.geweigerd("Melding geweigerd", Map.of("bezet", "plaatsen.fout.getal"), teksten);
        }
        String door = huidige.huidige().map(Gebruiker::gebruikersnaam)
                .orElse(organisatie == null ? "onbekend" : "api:" + organisatie.code());
        try {
            Beschikbaarheid nu = plaatsen.meld(id, new Melding(invoer.bezet(), invoer.geblokkeerd() == null ? 0 : invoer.geblokkeerd(),
                    invoer.blokkadeReden(), invoer.uitstroom()), door, LocalDateTime.now());
            return ResponseEntity.ok(alsJson(nu));
        } catch (Plaatsen.Geweigerd g) {
            return Probleem.geweigerd("Melding geweigerd", g.fouten(), teksten);
        }
    }

    static Map<String, Object> alsJson(Beschikbaarheid b) {
        LocalDate vandaag = LocalDate.now();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", b.locatie().id());
        m.put("naam", b.locatie().naam());
        m.put("aanbieder", b.locatie().aanbieder());
        m.put("gemeente", b.locatie().gemeente());
        m.put("postcode", b.locatie().postcode());
        m.put("adres", b.locatie().adres());
        m.put("lat", b.locatie().lat());
        m.put("lon", b.locatie().lon());
        m.put("zorgvorm", b.locatie().zorgvorm());
        m.put("doelgroepen", b.locatie().doelgroepen());
        m.put("leeftijdVan", b.locatie().leeftijdVan());
        m.put("leeftijdTot", b.locatie().leeftijdTot());
        m.put("geslacht", b.locatie().geslacht());
        m.put("school", b.locatie().school());
        m.put("capaciteit", b.capaciteit());
        m.put("bezet", b.bezet());
        m.put("geblokkeerd", b.geblokkeerd());
        m.put("blokkadeReden", b.blokkadeReden());
        m.put("gereserveerd", b.gereserveerd());
        m.put("vrij", b.vrij());
        for (int w : RegioBeeld.WEKEN) {
            m.put("vrijOver" + w + "Weken", b.vrijOp(vandaag.plusWeeks(w)));
        }
        m.put("uitstroom", b.uitstroom());
        m.put("bezetting", b.bezetting());
        m.put("bevestigdDoor", b.bevestigdDoor());
        m.put("bevestigdOp", b.bevestigdOp());
        m.put("verouderd", b.verouderd());
        return m;
    }
}
