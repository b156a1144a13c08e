package nl.jeugdregie.waiting.internal;

import nl.jeugdregie.waiting.Wacht;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.jeugdregie.access.Gebruiker;
import nl.jeugdregie.access.HuidigeGebruiker;
import nl.jeugdregie.access.Rol;
import nl.jeugdregie.region.Aanbieder;
import nl.jeugdregie.region.RegioCatalogus;
import nl.jeugdregie.region.Segment;
import nl.jeugdregie.reporting.Tabel;
import nl.jeugdregie.waiting.Wachtnorm;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;

/** {@code /wachttijden}: who is waiting, how long, against which norm; the definitions and norms; exports. */
@Controller
class WachttijdenPagina {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final WachtService wachten;
    private final WachtTabellen tabellen;
    private final VerwachtingOpslag verwachtingen;
    private final RegioCatalogus regio;
    private final HuidigeGebruiker huidige;

    WachttijdenPagina(WachtService wachten, WachtTabellen tabellen, VerwachtingOpslag verwachtingen, RegioCatalogus regio,
                      HuidigeGebruiker huidige) {
        this.wachten = wachten;
        this.tabellen = tabellen;
        this.verwachtingen = verwachtingen;
        this.regio = regio;
        this.huidige = huidige;
    }

    @GetMapping("/wachttijden")
    String wachttijden(@RequestParam(required = false) String gemeente, @RequestParam(required = false) String aanbieder,
                       @RequestParam(required = false) String segment, Model model) {
        return wachttijdenPagina(gemeente, aanbieder, segment, Map.of(), model);
    }

    /**
     * A provider's planner confirms the expected waiting time of each of its products in one go:
     * unchanged values are confirmed as they stand.
     */
    @PostMapping("/wachttijden/verwachting")
    String bevestigVerwachting(@RequestParam Map<String, String> velden, Model model) {
        Aanbieder eigen = eigenAanbieder().flatMap(regio.regio()::aanbieder)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN, "alleen voor een aanbieder"));
        Map<String, Integer> dagen = new LinkedHashMap<>();
        Map<String, String> fouten = new LinkedHashMap<>();
        for (String product : eigen.producten()) {
            Integer d = geheel(velden.get("dagen-" + product));
            if (d == null || d < 0 || d > 730) {
                fouten.put("dagen-" + product, "verwachting.fout.dagen");
            } else {
                dagen.put(product, d);
            }
        }
        if (!fouten.isEmpty()) {
            return wachttijdenPagina(null, null, null, fouten, model);
        }
        String door = huidige.huidige().map(Gebruiker::gebruikersnaam).orElse("onbekend");
        dagen.forEach((product, d) -> verwachtingen.bevestig(eigen.agb(), product, d, door));
        return "redirect:/wachttijden#verwachtingen";
    }

    private String wachttijdenPagina(String gemeente, String aanbieder, String segment, Map<String, String> fouten,
                                     Model model) {
        WachtKeuze keuze = WachtKeuze.lees(regio.regio(), huidige.huidige(), gemeente, aanbieder, segment);
        Optional<WachtTabellen.Huidig> overzicht = tabellen.huidig(keuze);
        overzicht.ifPresent(o -> {
            model.addAttribute("totaal", o.totaal());
            model.addAttribute("signalen", o.signalen());
            model.addAttribute("lijsten", o.lijsten());
            model.addAttribute("overlap", o.overlap());
            List<WachtOverzicht.Maand> maanden = tabellen.gerealiseerd(keuze);
            model.addAttribute("maanden", maanden);
            model.addAttribute("grafiek", grafiek(maanden));
        });
        model.addAttribute("overzicht", overzicht.isPresent());
        model.addAttribute("peildatum", wachten.peildatum().orElse(null));
        model.addAttribute("berekendOp", wachten.berekendOp().orElse(null));
        model.addAttribute("keuze", keuze);
        model.addAttribute("regio", regio.regio());
        model.addAttribute("segmenten", Segment.values());
        model.addAttribute("aanbieders", regio.regio().aanbieders().stream()
                .filter(a -> eigenAanbieder().map(a.agb()::equals).orElse(true)).toList());
        model.addAttribute("scopeNaam", naam(keuze));
        model.addAttribute("normen", wachten.normenPerSegment());
        model.addAttribute("zonderStartDagen", wachten.zonderStartDagen());
        model.addAttribute("verweesdNaDagen", Wacht.VERWEESD_NA_DAGEN);
        model.addAttribute("aanbiederNamen", regio.regio().aanbieders().stream()
                .collect(java.util.stream.Collectors.toMap(Aanbieder::agb, Aanbieder::naam)));
        List<WachtTabellen.Vergelijking> vergelijking = tabellen.vergelijking();
        model.addAttribute("vergelijking", vergelijking);
        model.addAttribute("fouten", fouten);
        model.addAttribute("eigenProducten", eigenAanbieder().flatMap(regio.regio()::aanbieder).map(a -> a.producten().stream()
                .map(p -> new EigenProduct(p, vergelijking.stream().filter(v -> v.aanbieder().equals(a.agb())
                        && v.productcode().equals(p)).findFirst().orElse(null))).toList()).orElse(List.of()));
        return "wachttijden";
    }

    @GetMapping({"/wachttijden/{tabel}.csv", "/wachttijden/{tabel}.xlsx"})
    void export(@PathVariable String tabel, @RequestParam(required = false) String gemeente,
                @RequestParam(required = false) String aanbieder, @RequestParam(required = false) String segment,
                HttpServletRequest verzoek, HttpServletResponse response) throws IOException {
        WachtKeuze keuze = WachtKeuze.lees(regio.regio(), huidige.huidige(), gemeente, aanbieder, segment);
        WachtTabellen.Huidig o = tabellen.huidig(keuze)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "nog geen gegevens"));
        Tabel t;
        if (tabel.equals("gerealiseerd")) {
            List<List<Object>> rijen = new ArrayList<>();
            tabellen.gerealiseerd(keuze).forEach(m -> rijen.add(Arrays.asList(m.maand().toString(), m.gestart(), m.mediaan(), m.p80(),
                    m.p95(), m.binnenNorm())));
            t = new Tabel("Gerealiseerde wachttijd", List.of("maand van start", "gestart", "mediaan dagen", "p80 dagen",
                    "p95 dagen", "binnen norm %"), rijen);
        } else if (List.of("segment", "aanbieder", "product", "gemeente").contains(tabel)) {
            List<List<Object>> rijen = new ArrayList<>();
            o.lijst(tabel).rijen().forEach(r -> rijen.add(Arrays.asList(r.sleutel(), r.naam(), r.groep().wachtend(),
                    r.groep().jeugdigen(), r.groep().mediaanDagen(), r.groep().p80Dagen(), r.groep().maxDagen(),
                    r.groep().aandeelBovenNorm())));
            t = new Tabel("Wachtenden per " + tabel, List.of(tabel, "naam", "wachtend", "jeugdigen", "mediaan dagen",
                    "p80 dagen", "langst dagen", "boven norm %"), rijen);
        } else {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "onbekende tabel " + tabel);
        }
        t.stuur(verzoek, response, "wachttijden-" + tabel + "-" + keuze.bestandsnaam());
    }

    @GetMapping("/wachttijden/definities")
    String definities(Model model) {
        return definitiesPagina(Map.of(), model);
    }

    /** A new version of a segment's norm, with its source; invalid input returns the page with the fields marked. */
    @PostMapping("/wachttijden/normen")
    String stelNormVast(@RequestParam(required = false) String segment, @RequestParam(required = false) String beslis,
                        @RequestParam(required = false) String start, @RequestParam(required = false) String bron,
                        Model model) {
        Map<String, String> fouten = new LinkedHashMap<>();
        if (segment == null || Arrays.stream(Segment.values()).noneMatch(s -> s.code().equals(segment))) {
            fouten.put("norm-segment", "norm.fout.segment");
        }
        Integer b = geheel(beslis);
        if (b == null || b < 0 || b > 60) {
            fouten.put("norm-beslis", "norm.fout.beslis");
        }
        Integer s = geheel(start);
        if (s == null || s < 0 || s > 730) {
            fouten.put("norm-start", "norm.fout.start");
        }
        if (bron == null || bron.isBlank() || bron.length() > 500) {
            fouten.put("norm-bron", "norm.fout.bron");
        }
        if (!fouten.isEmpty()) {
            return definitiesPagina(fouten, model);
        }
        wachten.stelVast(segment, b, s, bron.strip(), huidige.huidige().map(Gebruiker::gebruikersnaam).orElse("onbekend"));
        return "redirect:/wachttijden/definities";
    }

    private String definitiesPagina(Map<String, String> fouten, Model model) {
        List<Wachtnorm> normen = wachten.normen();
        model.addAttribute("normen", normen);
        Map<String, List<Wachtnorm>> geschiedenis = new LinkedHashMap<>();
        normen.forEach(n -> geschiedenis.put(n.segment(), wachten.geschiedenis(n.segment())));
        model.addAttribute("geschiedenis", geschiedenis);
        model.addAttribute("segmenten", Segment.values());
        model.addAttribute("fouten", fouten);
        model.addAttribute("magNorm", huidige.huidige().map(g -> g.heeft(Rol.ANALIST) || g.heeft(Rol.BEHEERDER)).orElse(false));
        return "wachttijden-definities";
    }

    private String naam(WachtKeuze keuze) {
        if (keuze.aanbieder() != null) {
            return tabellen.naam("aanbieder", keuze.aanbieder());
        }
        return keuze.gemeente() == null ? regio.regio().naam() : tabellen.naam("gemeente", keuze.gemeente());
    }

    private static String grafiek(List<WachtOverzicht.Maand> maanden) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("labels", maanden.stream().map(m -> m.maand().toString()).toList());
        data.put("reeksen", List.of(
                Map.of("naam", "mediaan (dagen)", "waarden", maanden.stream().map(WachtOverzicht.Maand::mediaan).toList()),
                Map.of("naam", "p80 (dagen)", "waarden", maanden.stream().map(WachtOverzicht.Maand::p80).toList()),
                Map.of("naam", "p95 (dagen)", "waarden", maanden.stream().map(WachtOverzicht.Maand::p95).toList())));
        return JSON.writeValueAsString(data).replace("</", "<\\/");
    }

    /** One of the signed-in provider's products with its current expectation, if any. */
    record EigenProduct(String productcode, WachtTabellen.Vergelijking verwachting) {
    }

    private Optional<String> eigenAanbieder() {
        return huidige.huidige().map(Gebruiker::organisatie)
                .filter(o -> o.soort() == nl.jeugdregie.access.Organisatie.Soort.AANBIEDER).map(o -> o.code());
    }

    private static Integer geheel(String tekst) {
        try {
            return tekst == null ? null : Integer.valueOf(tekst.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
