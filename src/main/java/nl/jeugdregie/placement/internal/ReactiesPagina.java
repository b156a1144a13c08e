package nl.jeugdregie.placement.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.jeugdregie.access.Toegang;
import nl.jeugdregie.placement.Plaatsingen;
import nl.jeugdregie.region.Aanbieder;
import nl.jeugdregie.region.RegioCatalogus;
import nl.jeugdregie.region.Voorziening;
import nl.jeugdregie.reporting.Tabel;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A provider's answer to a reservation at one of its locations; {@code /plaatsingen/reacties}, the
 * provider-response monitor with the route-map gates and the time to placement; the requests as a
 * spreadsheet.
 */
@Controller
class ReactiesPagina {

    private final PlaatsingService plaatsingen;
    private final PlaatsingRechten rechten;
    private final RegioCatalogus regio;

    ReactiesPagina(PlaatsingService plaatsingen, PlaatsingRechten rechten, RegioCatalogus regio) {
        this.plaatsingen = plaatsingen;
        this.rechten = rechten;
        this.regio = regio;
    }

    @PostMapping("/plaatsingen/reserveringen/{id}/acceptatie")
    String accepteer(@PathVariable long id, RedirectAttributes terug) {
        Reservering r = eigen(id);
        try {
            plaatsingen.accepteer(r.id(), rechten.naam(), LocalDateTime.now());
            terug.addFlashAttribute("gedaan", "geaccepteerd");
        } catch (Plaatsingen.Ongeldig o) {
            terug.addFlashAttribute("fouten", o.fouten());
        }
        return "redirect:/plaatsingen";
    }

    @PostMapping("/plaatsingen/reserveringen/{id}/afwijzing")
    String wijsAf(@PathVariable long id, @RequestParam(required = false) String reden,
                  @RequestParam(required = false) String toelichting, RedirectAttributes terug) {
        Reservering r = eigen(id);
        try {
            plaatsingen.wijsAf(r.id(), reden, toelichting, rechten.naam(), LocalDateTime.now());
            terug.addFlashAttribute("gedaan", "afgewezen");
        } catch (Plaatsingen.Ongeldig o) {
            terug.addFlashAttribute("fouten", o.fouten());
            terug.addFlashAttribute("foutReservering", id);
        }
        return "redirect:/plaatsingen";
    }

    /** Only the provider of the reserved location answers; the look at the request is logged. */
    private Reservering eigen(long id) {
        Reservering r = plaatsingen.vindReservering(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String aanbieder = aanbiederVan(r.locatie());
        if (!rechten.eigenAanbieder().map(aanbieder::equals).orElse(false)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "alleen de aanbieder van de locatie");
        }
        plaatsingen.verzoek(r.verzoek()).ifPresent(v -> rechten.legVast(Toegang.Actie.WIJZIGEN, v, "reservering " + r.id()));
        return r;
    }

    @GetMapping("/plaatsingen/reacties")
    String reacties(Model model) {
        List<Verzoek> verzoeken = plaatsingen.verzoeken();
        model.addAttribute("perAanbieder", ReactieMonitor.perAanbieder(plaatsingen.reserveringen(), this::aanbiederVan));
        model.addAttribute("redenen", Reservering.REDENEN);
        model.addAttribute("poorten", ReactieMonitor.poorten(verzoeken));
        model.addAttribute("doorlooptijd", ReactieMonitor.doorlooptijd(verzoeken));
        model.addAttribute("aanbiederNamen", regio.regio().aanbieders().stream().collect(Collectors.toMap(Aanbieder::agb, Aanbieder::naam)));
        return "plaatsing-reacties";
    }

    @GetMapping({"/plaatsingen/reacties.csv", "/plaatsingen/reacties.xlsx"})
    void export(HttpServletRequest verzoek, HttpServletResponse antwoord) throws IOException {
        Map<String, String> namen = regio.regio().aanbieders().stream().collect(Collectors.toMap(Aanbieder::agb, Aanbieder::naam));
        List<String> koppen = new ArrayList<>(List.of("aanbieder", "naam", "reserveringen", "geaccepteerd", "afgewezen", "verlopen",
                "open", "afgewezen %"));
        Reservering.REDENEN.forEach(r -> koppen.add("afgewezen: " + r));
        List<List<Object>> rijen = new ArrayList<>();
        for (ReactieMonitor.PerAanbieder p : ReactieMonitor.perAanbieder(plaatsingen.reserveringen(), this::aanbiederVan)) {
            List<Object> rij = new ArrayList<>(Arrays.asList(p.aanbieder(), namen.getOrDefault(p.aanbieder(), ""), p.reserveringen(),
                    p.geaccepteerd(), p.afgewezen(), p.verlopen(), p.open(), p.aandeelAfgewezen()));
            Reservering.REDENEN.forEach(r -> rij.add(p.afwijzingPerReden().getOrDefault(r, 0)));
            rijen.add(rij);
        }
        new Tabel("Reacties van aanbieders", koppen, rijen).stuur(verzoek, antwoord, "plaatsing-reacties");
    }

    /** The requests the user may see, as a spreadsheet; the export is in the access log with every youth in it. */
    @GetMapping({"/plaatsingen.csv", "/plaatsingen.xlsx"})
    void verzoeken(HttpServletRequest verzoek, HttpServletResponse antwoord) throws IOException {
        Map<String, String> locaties = regio.regio().voorzieningen().stream().collect(Collectors.toMap(Voorziening::id, Voorziening::naam));
        java.time.LocalDate vandaag = java.time.LocalDate.now();
        List<List<Object>> rijen = new ArrayList<>();
        for (Verzoek v : rechten.zichtbaar(plaatsingen.verzoeken(), Toegang.Actie.EXPORTEREN)) {
            rijen.add(Arrays.asList(v.id(), v.initialen(), v.geboortedatum().toString(), v.gemeente(), String.join(" > ", v.zorgvormen()),
                    v.doelgroep(), v.urgentie(), v.gewenstPer().toString(), v.broersZussen(), v.poorten().beantwoord() ? "ja" : "nee",
                    v.poorten().overschreven() ? "ja" : "nee", v.status().name().toLowerCase(java.util.Locale.ROOT),
                    v.dagenOpen(vandaag), v.geplaatstLocatie() == null ? null : locaties.getOrDefault(v.geplaatstLocatie(), v.geplaatstLocatie()),
                    v.geplaatstPer() == null ? null : v.geplaatstPer().toString(), v.geescaleerdOp() == null ? "nee" : "ja"));
        }
        new Tabel("Plaatsingsverzoeken", List.of("nummer", "initialen", "geboortedatum", "gemeente", "zorgvormen (voorkeur)",
                "doelgroep", "urgentie", "nodig per", "kinderen samen", "routekaart beantwoord", "routekaart overschreven", "status",
                "dagen open", "geplaatst bij", "geplaatst per", "naar RET"), rijen)
                .stuur(verzoek, antwoord, "plaatsingsverzoeken-" + vandaag);
    }

    private String aanbiederVan(String locatie) {
        return regio.regio().voorzieningen().stream().filter(v -> v.id().equals(locatie)).map(Voorziening::aanbieder)
                .findFirst().orElse("onbekend");
    }
}
