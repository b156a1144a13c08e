package nl.jeugdregie.capacity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.jeugdregie.access.Gebruiker;
import nl.jeugdregie.access.HuidigeGebruiker;
import nl.jeugdregie.access.Organisatie;
import nl.jeugdregie.access.Rol;
import nl.jeugdregie.capacity.Beschikbaarheid;
import nl.jeugdregie.capacity.Melding;
import nl.jeugdregie.capacity.Plaatsen;
import nl.jeugdregie.region.Aanbieder;
import nl.jeugdregie.region.Gemeente;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /plaatsen}: the availability guide — free places per care form and municipality, now and
 * in 2, 4 and 8 weeks, on a map and in tables; {@code /plaatsen/locaties/{id}}: one location's
 * places, its history and, for its provider's planner, the one-screen update.
 */
@Controller
class PlaatsenPagina {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Planned discharges a planner can enter at once on the update screen. */
    static final int UITSTROOM_REGELS = 3;

    private final PlaatsenService plaatsen;
    private final RegioCatalogus regio;
    private final HuidigeGebruiker huidige;

    PlaatsenPagina(PlaatsenService plaatsen, RegioCatalogus regio, HuidigeGebruiker huidige) {
        this.plaatsen = plaatsen;
        this.regio = regio;
        this.huidige = huidige;
    }

    @GetMapping("/plaatsen")
    String overzicht(@RequestParam(required = false) String doelgroep, @RequestParam(required = false) String leeftijd,
                     Model model) {
        Integer jaar = geheel(leeftijd);
        String groep = doelgroep == null || doelgroep.isBlank() ? null : doelgroep;
        RegioBeeld beeld = new RegioBeeld(plaatsen.alle(), groep, jaar, LocalDate.now());
        List<RegioBeeld.Regel> perGemeente = beeld.perGemeente();
        model.addAttribute("totaal", beeld.totaal());
        model.addAttribute("perZorgvorm", beeld.perZorgvorm());
        model.addAttribute("perZorgvormEnGemeente", beeld.perZorgvormEnGemeente());
        model.addAttribute("perGemeente", perGemeente);
        model.addAttribute("locaties", beeld.locaties());
        model.addAttribute("kaart", JSON.writeValueAsString(RegioBeeld.kaart(perGemeente, posities(), gemeenteNamen()))
                .replace("</", "<\\/"));
        model.addAttribute("doelgroep", groep);
        model.addAttribute("leeftijd", jaar);
        model.addAttribute("doelgroepen", Voorziening.DOELGROEPEN);
        model.addAttribute("weken", RegioBeeld.WEKEN);
        model.addAttribute("verouderdNa", Plaatsen.VEROUDERD_NA_DAGEN);
        namen(model);
        return "plaatsen";
    }

    @GetMapping({"/plaatsen.csv", "/plaatsen.xlsx"})
    void export(@RequestParam(required = false) String doelgroep, @RequestParam(required = false) String leeftijd,
                HttpServletRequest verzoek, HttpServletResponse antwoord) throws IOException {
        String groep = doelgroep == null || doelgroep.isBlank() ? null : doelgroep;
        RegioBeeld beeld = new RegioBeeld(plaatsen.alle(), groep, geheel(leeftijd), LocalDate.now());
        Map<String, String> aanbieders = aanbiederNamen();
        Map<String, String> gemeenten = gemeenteNamen();
        LocalDate vandaag = LocalDate.now();
        List<List<Object>> rijen = new ArrayList<>();
        for (Beschikbaarheid b : beeld.locaties()) {
            rijen.add(Arrays.asList(b.locatie().id(), b.locatie().naam(), aanbieders.getOrDefault(b.locatie().aanbieder(), ""),
                    gemeenten.getOrDefault(b.locatie().gemeente(), b.locatie().gemeente()), b.locatie().zorgvorm(),
                    String.join(", ", b.locatie().doelgroepen()), b.capaciteit(), b.bezet(), b.geblokkeerd(), b.gereserveerd(),
                    b.vrij(), b.vrijOp(vandaag.plusWeeks(2)), b.vrijOp(vandaag.plusWeeks(4)), b.vrijOp(vandaag.plusWeeks(8)),
                    b.bezetting(), b.bevestigdOp() == null ? null : b.bevestigdOp().toString(), b.verouderd() ? "ja" : "nee"));
        }
        new Tabel("Plaatsen", List.of("locatie", "naam", "aanbieder", "gemeente", "zorgvorm", "doelgroepen", "capaciteit",
                "bezet", "geblokkeerd", "gereserveerd", "vrij", "vrij over 2 weken", "vrij over 4 weken", "vrij over 8 weken",
                "bezetting %", "laatst bevestigd", "verouderd"), rijen)
                .stuur(verzoek, antwoord, "plaatsen-" + vandaag);
    }

    @GetMapping("/plaatsen/locaties/{id}")
    String locatie(@PathVariable String id, Model model) {
        return locatiePagina(id, null, Map.of(), model);
    }

    /** The planner's update: "opslaan" stores the figures entered, "ongewijzigd" confirms them as they stand. */
    @PostMapping("/plaatsen/locaties/{id}")
    String werkBij(@PathVariable String id, @RequestParam Map<String, String> velden, Model model) {
        Beschikbaarheid b = plaatsen.van(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!magBijwerken(b)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "alleen de planner van deze aanbieder");
        }
        String door = huidige.huidige().map(Gebruiker::gebruikersnaam).orElse("onbekend");
        if ("ongewijzigd".equals(velden.get("actie"))) {
            plaatsen.bevestig(id, door, LocalDateTime.now());
            return "redirect:/plaatsen/locaties/" + id + "?bevestigd";
        }
        Map<String, String> fouten = new LinkedHashMap<>();
        Melding melding = lees(velden, fouten);
        if (fouten.isEmpty()) {
            try {
                plaatsen.meld(id, melding, door, LocalDateTime.now());
                return "redirect:/plaatsen/locaties/" + id + "?opgeslagen";
            } catch (Plaatsen.Geweigerd g) {
                fouten.putAll(g.fouten());
            }
        }
        return locatiePagina(id, velden, fouten, model);
    }

    private String locatiePagina(String id, Map<String, String> ingevuld, Map<String, String> fouten, Model model) {
        Beschikbaarheid b = plaatsen.van(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("b", b);
        model.addAttribute("geschiedenis", plaatsen.geschiedenis(id, 52));
        model.addAttribute("magBijwerken", magBijwerken(b));
        model.addAttribute("fouten", fouten);
        model.addAttribute("ingevuld", ingevuld != null ? ingevuld : velden(b));
        model.addAttribute("uitstroomRegels", java.util.stream.IntStream.range(0, UITSTROOM_REGELS).boxed().toList());
        model.addAttribute("verouderdNa", Plaatsen.VEROUDERD_NA_DAGEN);
        if (!fouten.isEmpty()) {
            model.addAttribute("foutmelding", true);
        }
        namen(model);
        return "locatie";
    }

    /** A provider's planner updates its own locations; an administrator any. */
    private boolean magBijwerken(Beschikbaarheid b) {
        return huidige.huidige().map(g -> g.heeft(Rol.BEHEERDER) || (g.heeft(Rol.AANBIEDER)
                && g.organisatie().soort() == Organisatie.Soort.AANBIEDER
                && b.locatie().aanbieder().equals(g.organisatie().code()))).orElse(false);
    }

    private static Map<String, String> velden(Beschikbaarheid b) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("bezet", String.valueOf(b.bezet()));
        v.put("geblokkeerd", String.valueOf(b.geblokkeerd()));
        v.put("blokkadeReden", b.blokkadeReden() == null ? "" : b.blokkadeReden());
        for (int i = 0; i < b.uitstroom().size() && i < UITSTROOM_REGELS; i++) {
            v.put("uitstroomPer" + i, b.uitstroom().get(i).per().toString());
            v.put("uitstroomAantal" + i, String.valueOf(b.uitstroom().get(i).aantal()));
        }
        return v;
    }

    /** The report from the form; fields that are not numbers or dates are marked. */
    private static Melding lees(Map<String, String> velden, Map<String, String> fouten) {
        Integer bezet = geheel(velden.get("bezet"));
        if (bezet == null) {
            fouten.put("bezet", "plaatsen.fout.getal");
        }
        String blok = velden.getOrDefault("geblokkeerd", "");
        Integer geblokkeerd = blok.isBlank() ? Integer.valueOf(0) : geheel(blok);
        if (geblokkeerd == null) {
            fouten.put("geblokkeerd", "plaatsen.fout.getal");
        }
        List<Melding.Uitstroom> uitstroom = new ArrayList<>();
        for (int i = 0; i < UITSTROOM_REGELS; i++) {
            String per = velden.getOrDefault("uitstroomPer" + i, "").strip();
            String aantal = velden.getOrDefault("uitstroomAantal" + i, "").strip();
            if (per.isEmpty() && aantal.isEmpty()) {
                continue;
            }
            LocalDate dag = datum(per);
            Integer n = geheel(aantal.isEmpty() ? "1" : aantal);
            if (dag == null || n == null) {
                fouten.put("uitstroom", "plaatsen.fout.uitstroomVeld");
            } else {
                uitstroom.add(new Melding.Uitstroom(dag, n));
            }
        }
        return new Melding(bezet == null ? 0 : bezet, geblokkeerd == null ? 0 : geblokkeerd, velden.get("blokkadeReden"), uitstroom);
    }

    private void namen(Model model) {
        model.addAttribute("aanbiederNamen", aanbiederNamen());
        model.addAttribute("gemeenteNamen", gemeenteNamen());
    }

    private Map<String, String> aanbiederNamen() {
        return regio.regio().aanbieders().stream().collect(Collectors.toMap(Aanbieder::agb, Aanbieder::naam));
    }

    private Map<String, String> gemeenteNamen() {
        return regio.regio().gemeenten().stream().collect(Collectors.toMap(Gemeente::code, Gemeente::naam));
    }

    private Map<String, double[]> posities() {
        Map<String, double[]> uit = new LinkedHashMap<>();
        regio.regio().gemeenten().stream().filter(g -> g.lat() != null && g.lon() != null)
                .forEach(g -> uit.put(g.code(), new double[] {g.lat(), g.lon()}));
        return uit;
    }

    static Integer geheel(String tekst) {
        try {
            return tekst == null || tekst.isBlank() ? null : Integer.valueOf(tekst.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate datum(String tekst) {
        try {
            return LocalDate.parse(tekst);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
