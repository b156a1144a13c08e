package nl.jeugdregie.placement.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.jeugdregie.access.Toegang;
import nl.jeugdregie.placement.Plaatsingen;
import nl.jeugdregie.region.Aanbieder;
import nl.jeugdregie.region.Gemeente;
import nl.jeugdregie.region.RegioCatalogus;
import nl.jeugdregie.region.Voorziening;
import org.springframework.beans.factory.annotation.Value;
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
 * {@code /plaatsingen}: the coordination point's requests — the list, a new request with its
 * gates, one request with its ranked candidates, reservations and outcome.
 */
@Controller
class PlaatsingenPagina {

    private final PlaatsingService plaatsingen;
    private final PlaatsingRechten rechten;
    private final Kandidaten kandidaten;
    private final RegioCatalogus regio;
    private final int escalerenNaDagen;

    PlaatsingenPagina(PlaatsingService plaatsingen, PlaatsingRechten rechten, Kandidaten kandidaten, RegioCatalogus regio, @Value("${jeugdregie.plaatsing.escaleren-na-dagen:5}") int escalerenNaDagen) {
        this.plaatsingen = plaatsingen;
        this.rechten = rechten;
        this.kandidaten = kandidaten;
        this.regio = regio;
        this.escalerenNaDagen = escalerenNaDagen;
    }

    @GetMapping("/plaatsingen")
    String lijst(Model model) {
        List<Verzoek> verzoeken = rechten.zichtbaar(plaatsingen.verzoeken());
        model.addAttribute("verzoeken", verzoeken);
        model.addAttribute("magIndienen", rechten.magIndienen());
        model.addAttribute("vandaag", LocalDate.now());
        model.addAttribute("escalerenNa", escalerenNaDagen);
        model.addAttribute("teBeantwoorden", rechten.eigenAanbieder().map(this::teBeantwoorden).orElse(List.of()));
        model.addAttribute("redenen", Reservering.REDENEN);
        namen(model);
        return "plaatsingen";
    }

    /** One reservation a provider's planner is asked to answer, with the request it holds places for. */
    record Vraag(Reservering reservering, Verzoek verzoek, Voorziening locatie) {
    }

    private List<Vraag> teBeantwoorden(String aanbieder) {
        Map<String, Voorziening> locaties = regio.regio().voorzieningen().stream().filter(v -> v.aanbieder().equals(aanbieder))
                .collect(Collectors.toMap(Voorziening::id, v -> v));
        List<Vraag> uit = new ArrayList<>();
        for (Reservering r : plaatsingen.reserveringen()) {
            if (r.status() == Reservering.Status.ACTIEF && locaties.containsKey(r.locatie())) {
                plaatsingen.verzoek(r.verzoek()).ifPresent(v -> uit.add(new Vraag(r, rechten.bekijk(v), locaties.get(r.locatie()))));
            }
        }
        return uit;
    }

    @GetMapping("/plaatsingen/nieuw")
    String nieuw(Model model) {
        if (!rechten.magIndienen()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "alleen toegang, GI of regisseur");
        }
        Map<String, String> ingevuld = new LinkedHashMap<>();
        rechten.gebruiker().flatMap(rechten::eigenGemeente).ifPresent(g -> ingevuld.put("gemeente", g));
        ingevuld.put("broersZussen", "1");
        ingevuld.put("urgentie", "twee-weken");
        return formulier(ingevuld, Map.of(), model);
    }

    @PostMapping("/plaatsingen")
    String dienIn(@RequestParam Map<String, String> velden, Model model) {
        if (!rechten.magIndienen()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "alleen toegang, GI of regisseur");
        }
        Map<String, String> fouten = new LinkedHashMap<>();
        Plaatsingen.NieuwVerzoek verzoek = VerzoekFormulier.lees(velden, fouten);
        String eigen = rechten.gebruiker().flatMap(rechten::eigenGemeente).orElse(null);
        if (eigen != null && !eigen.equals(verzoek.gemeente())) {
            fouten.put("gemeente", "plaatsing.fout.eigenGemeente");
        }
        if (fouten.isEmpty()) {
            try {
                String organisatie = rechten.gebruiker().map(g -> g.organisatie().code()).orElse(null);
                long id = plaatsingen.dienIn(verzoek, rechten.naam(), organisatie, LocalDateTime.now());
                plaatsingen.verzoek(id).ifPresent(v -> rechten.legVast(Toegang.Actie.AANMAKEN, v, "plaatsingsverzoek"));
                return "redirect:/plaatsingen/" + id;
            } catch (Plaatsingen.Ongeldig o) {
                fouten.putAll(o.fouten());
            }
        }
        return formulier(velden, fouten, model);
    }

    private String formulier(Map<String, String> ingevuld, Map<String, String> fouten, Model model) {
        model.addAttribute("ingevuld", ingevuld);
        model.addAttribute("fouten", fouten);
        model.addAttribute("zorgvormen", Voorziening.ZORGVORMEN);
        model.addAttribute("doelgroepen", Voorziening.DOELGROEPEN);
        model.addAttribute("urgenties", PlaatsingService.URGENTIES);
        model.addAttribute("voorkeuren", List.of(0, 1, 2));
        namen(model);
        return "plaatsing-nieuw";
    }

    @GetMapping("/plaatsingen/{id}")
    String verzoek(@PathVariable long id, Model model) {
        Verzoek v = rechten.bekijk(plaatsingen.verzoek(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        LocalDate vandaag = LocalDate.now();
        model.addAttribute("v", v);
        model.addAttribute("leeftijd", Period.between(v.geboortedatum(), v.gewenstPer()).getYears());
        model.addAttribute("dagenOpen", v.dagenOpen(vandaag));
        model.addAttribute("escalerenNa", escalerenNaDagen);
        model.addAttribute("reserveringen", plaatsingen.reserveringenVan(v.id()));
        Map<String, Boolean> mag = new java.util.HashMap<>();
        for (PlaatsingRechten.Handeling h : PlaatsingRechten.Handeling.values()) {
            mag.put(h.name(), rechten.mag(h, v));
        }
        model.addAttribute("mag", mag);
        model.addAttribute("reserveringDagen", plaatsingen.reserveringDagen());
        // The candidates are there to reserve from: shown to whoever may reserve.
        if (v.lopend() && v.poorten().open() && v.status() == Verzoek.Status.OPEN
                && rechten.mag(PlaatsingRechten.Handeling.RESERVEREN, v)) {
            Matching.Uitkomst u = kandidaten.zoek(v);
            model.addAttribute("uitkomst", u);
        }
        if (v.status() == Verzoek.Status.GEPLAATST) {
            model.addAttribute("traject", kandidaten.traject(v).orElse(null));
            model.addAttribute("koppelDagen", Kandidaten.KOPPEL_DAGEN);
        }
        model.addAttribute("locatieNamen", regio.regio().voorzieningen().stream()
                .collect(Collectors.toMap(Voorziening::id, Voorziening::naam)));
        model.addAttribute("fouten", model.asMap().getOrDefault("fouten", Map.of()));
        namen(model);
        return "plaatsing";
    }

    @PostMapping("/plaatsingen/{id}/poorten")
    String poorten(@PathVariable long id, @RequestParam(required = false) String ambulant, @RequestParam(required = false) String analyse,
                   @RequestParam(required = false) String school, RedirectAttributes terug) {
        return handel(id, terug, PlaatsingRechten.Handeling.POORTEN, () -> {
            plaatsingen.beantwoordPoorten(id, ambulant, analyse, school, rechten.naam());
            return "poorten";
        });
    }

    @PostMapping("/plaatsingen/{id}/overschrijving")
    String overschrijf(@PathVariable long id, @RequestParam(required = false) String reden, RedirectAttributes terug) {
        return handel(id, terug, PlaatsingRechten.Handeling.OVERSCHRIJVEN, () -> {
            plaatsingen.overschrijfPoorten(id, reden, rechten.naam());
            return "overschreven";
        });
    }

    @PostMapping("/plaatsingen/{id}/reserveringen")
    String reserveer(@PathVariable long id, @RequestParam String locatie, RedirectAttributes terug) {
        return handel(id, terug, PlaatsingRechten.Handeling.RESERVEREN, () -> {
            plaatsingen.reserveer(id, locatie, rechten.naam(), LocalDateTime.now());
            return "gereserveerd";
        });
    }

    @PostMapping("/plaatsingen/{id}/plaatsing")
    String plaats(@PathVariable long id, @RequestParam(required = false) String per, RedirectAttributes terug) {
        return handel(id, terug, PlaatsingRechten.Handeling.PLAATSEN, () -> {
            plaatsingen.plaats(id, VerzoekFormulier.datum(per), rechten.naam(), LocalDateTime.now());
            return "geplaatst";
        });
    }

    @PostMapping("/plaatsingen/{id}/intrekking")
    String trekIn(@PathVariable long id, @RequestParam(required = false) String reden, RedirectAttributes terug) {
        return handel(id, terug, PlaatsingRechten.Handeling.INTREKKEN, () -> {
            plaatsingen.trekIn(id, reden, rechten.naam(), LocalDateTime.now());
            return "ingetrokken";
        });
    }

    @PostMapping("/plaatsingen/{id}/escalatie")
    String escaleer(@PathVariable long id, @RequestParam(required = false) String reden, RedirectAttributes terug) {
        return handel(id, terug, PlaatsingRechten.Handeling.ESCALEREN, () -> {
            plaatsingen.escaleer(id, reden, rechten.naam(), LocalDateTime.now());
            return "geescaleerd";
        });
    }

    /**
     * Runs one action on a request when the policy for that action allows it (seeing the request is
     * not enough); refused input comes back on the request's page with the reason at the field.
     */
    private String handel(long id, RedirectAttributes terug, PlaatsingRechten.Handeling handeling, Supplier<String> actie) {
        Verzoek v = plaatsingen.verzoek(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!rechten.mag(handeling, v)) {
            rechten.weiger(v, handeling);
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "geen taak voor deze handeling");
        }
        try {
            String gedaan = actie.get();
            rechten.legVast(Toegang.Actie.WIJZIGEN, v, "plaatsingsverzoek " + gedaan);
            terug.addFlashAttribute("gedaan", gedaan);
        } catch (Plaatsingen.Ongeldig o) {
            terug.addFlashAttribute("fouten", o.fouten());
        }
        return "redirect:/plaatsingen/" + id;
    }

    private void namen(Model model) {
        model.addAttribute("gemeenten", regio.regio().gemeenten());
        model.addAttribute("gemeenteNamen", regio.regio().gemeenten().stream().collect(Collectors.toMap(Gemeente::code, Gemeente::naam)));
        model.addAttribute("aanbiederNamen", regio.regio().aanbieders().stream().collect(Collectors.toMap(Aanbieder::agb, Aanbieder::naam)));
    }
}
