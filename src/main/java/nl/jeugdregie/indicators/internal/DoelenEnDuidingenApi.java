package nl.jeugdregie.indicators.internal;

import java.net.URI;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import nl.jeugdregie.access.Gebruiker;
import nl.jeugdregie.access.HuidigeGebruiker;
import nl.jeugdregie.indicators.Doorsnede;
import nl.jeugdregie.indicators.Duiding;
import nl.jeugdregie.indicators.Indicatoren;
import nl.jeugdregie.indicators.Streefwaarde;
import nl.jeugdregie.indicators.Waarde;
import nl.jeugdregie.region.RegioCatalogus;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Targets ({@code /api/v1/streefwaarden}) and interpretation notes ({@code /api/v1/duidingen}) for
 * analysts' own tools. Both are versioned: a change is a new version and nothing is deleted, so
 * the history of a target or a note can always be shown.
 */
@RestController
class DoelenEnDuidingenApi {

    private final Indicatoren indicatoren;
    private final RegioCatalogus regio;
    private final HuidigeGebruiker huidige;

    DoelenEnDuidingenApi(Indicatoren indicatoren, RegioCatalogus regio, HuidigeGebruiker huidige) {
        this.indicatoren = indicatoren;
        this.regio = regio;
        this.huidige = huidige;
    }

    record NieuweStreefwaarde(String indicator, String gemeente, String segment, Integer basisjaar,
                              Double veranderingPerJaar, String toelichting) {
    }

    record NieuweDuiding(String indicator, String gemeente, String segment, String maand, String tekst) {
    }

    record GewijzigdeDuiding(String tekst) {
    }

    @GetMapping("/api/v1/streefwaarden")
    Map<String, Object> streefwaarden(@RequestParam(required = false) String indicator) {
        List<Streefwaarde> geldend = indicatoren.streefwaarden().stream()
                .filter(s -> indicator == null || s.indicator().equals(indicator)).toList();
        return Map.of("_embedded", Map.of("streefwaarden", geldend));
    }

    @PostMapping("/api/v1/streefwaarden")
    ResponseEntity<?> stelVast(@RequestBody NieuweStreefwaarde n) {
        String fout = indicatorFout(n.indicator(), n.gemeente(), n.segment());
        if (fout == null && (n.basisjaar() == null || n.basisjaar() < 2015 || n.basisjaar() > 2100)) {
            fout = "basisjaar moet tussen 2015 en 2100 liggen";
        }
        if (fout == null && (n.veranderingPerJaar() == null || Math.abs(n.veranderingPerJaar()) > 100)) {
            fout = "veranderingPerJaar moet een percentage tussen -100 en 100 zijn";
        }
        if (fout == null && n.toelichting() != null && n.toelichting().length() > 1000) {
            fout = "toelichting is langer dan 1.000 tekens";
        }
        if (fout != null) {
            return IndicatorApi.probleem(HttpStatus.BAD_REQUEST, fout);
        }
        Streefwaarde s = indicatoren.stelVast(n.indicator(), gebied(n.gemeente()), segment(n.segment()), n.basisjaar(),
                n.veranderingPerJaar(), n.toelichting(), aangemeld().gebruikersnaam());
        return ResponseEntity.created(URI.create("/api/v1/streefwaarden?indicator=" + s.indicator())).body(s);
    }

    @GetMapping("/api/v1/duidingen")
    ResponseEntity<?> duidingen(@RequestParam String indicator, @RequestParam(required = false) String gemeente,
                                @RequestParam(required = false) String segment) {
        String fout = indicatorFout(indicator, gemeente, segment);
        if (fout != null) {
            return IndicatorApi.probleem(HttpStatus.BAD_REQUEST, fout);
        }
        List<Map<String, Object>> metVersies = indicatoren.duidingen(indicator, gebied(gemeente), segment(segment)).stream()
                .map(d -> Map.<String, Object>of("duiding", d, "eerdereVersies", indicatoren.eerdereVersies(d.id())))
                .toList();
        return ResponseEntity.ok(Map.of("_embedded", Map.of("duidingen", metVersies)));
    }

    @PostMapping("/api/v1/duidingen")
    ResponseEntity<?> schrijf(@RequestBody NieuweDuiding n) {
        String fout = indicatorFout(n.indicator(), n.gemeente(), n.segment());
        YearMonth maand = Invoer.maand(n.maand());
        if (fout == null && maand == null) {
            fout = "maand moet de vorm JJJJ-MM hebben";
        }
        if (fout == null && (n.tekst() == null || n.tekst().isBlank() || n.tekst().length() > 2000)) {
            fout = "tekst ontbreekt of is langer dan 2.000 tekens";
        }
        if (fout != null) {
            return IndicatorApi.probleem(HttpStatus.BAD_REQUEST, fout);
        }
        Duiding d = indicatoren.schrijfDuiding(n.indicator(), gebied(n.gemeente()), segment(n.segment()), maand,
                n.tekst().strip(), aangemeld());
        return ResponseEntity.created(URI.create("/api/v1/duidingen/" + d.id())).body(d);
    }

    @PutMapping("/api/v1/duidingen/{id}")
    ResponseEntity<?> wijzig(@PathVariable long id, @RequestBody GewijzigdeDuiding w) {
        if (w.tekst() == null || w.tekst().isBlank() || w.tekst().length() > 2000) {
            return IndicatorApi.probleem(HttpStatus.BAD_REQUEST, "tekst ontbreekt of is langer dan 2.000 tekens");
        }
        try {
            return ResponseEntity.ok(indicatoren.wijzigDuiding(id, w.tekst().strip(), aangemeld()));
        } catch (IllegalStateException e) {
            return IndicatorApi.probleem(HttpStatus.FORBIDDEN, e.getMessage());
        } catch (IllegalArgumentException e) {
            return IndicatorApi.probleem(HttpStatus.NOT_FOUND, "duiding " + id + " bestaat niet");
        }
    }

    private String indicatorFout(String indicator, String gemeente, String segment) {
        if (indicator == null || indicatoren.indicator(indicator).isEmpty()) {
            return "onbekende indicator: " + indicator;
        }
        if (gemeente != null && !gemeente.equals(Waarde.REGIO) && regio.regio().gemeente(gemeente).isEmpty()) {
            return "gemeente " + gemeente + " hoort niet bij de regio";
        }
        if (segment != null && !Doorsnede.geldigSegment(segment)) {
            return "onbekend segment of hulpvorm: " + segment;
        }
        return null;
    }

    private static String gebied(String gemeente) {
        return gemeente == null ? Waarde.REGIO : gemeente;
    }

    private static String segment(String segment) {
        return segment == null ? Waarde.ALLE : segment;
    }

    private Gebruiker aangemeld() {
        return huidige.huidige().orElseThrow(() -> new IllegalStateException("geen aangemelde gebruiker"));
    }
}
