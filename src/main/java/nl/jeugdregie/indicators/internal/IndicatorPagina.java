package nl.jeugdregie.indicators.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.jeugdregie.access.Gebruiker;
import nl.jeugdregie.access.HuidigeGebruiker;
import nl.jeugdregie.access.Rol;
import nl.jeugdregie.indicators.Doorsnede;
import nl.jeugdregie.indicators.Duiding;
import nl.jeugdregie.indicators.Indicator;
import nl.jeugdregie.indicators.Indicatoren;
import nl.jeugdregie.indicators.Koers;
import nl.jeugdregie.indicators.Periode;
import nl.jeugdregie.indicators.Waarde;
import nl.jeugdregie.region.Aanbieder;
import nl.jeugdregie.region.Gemeente;
import nl.jeugdregie.region.Hulpvorm;
import nl.jeugdregie.region.RegioCatalogus;
import nl.jeugdregie.region.Segment;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;

/** The steering monitor's pages: a dashboard per area or provider, a page per indicator with its targets and notes. */
@Controller
class IndicatorPagina {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Indicatoren indicatoren;
    private final RegioCatalogus regio;
    private final HuidigeGebruiker huidige;
    private final MessageSource teksten;
    private final Aanleveringen aanleveringen;
    private final Overzichten overzichten;
    private final nl.jeugdregie.care.ZorgGebruik zorg;

    IndicatorPagina(Indicatoren indicatoren, RegioCatalogus regio, HuidigeGebruiker huidige, MessageSource teksten,
                    Aanleveringen aanleveringen, Overzichten overzichten, nl.jeugdregie.care.ZorgGebruik zorg) {
        this.zorg = zorg;
        this.indicatoren = indicatoren;
        this.regio = regio;
        this.huidige = huidige;
        this.teksten = teksten;
        this.aanleveringen = aanleveringen;
        this.overzichten = overzichten;
    }

    @GetMapping("/indicatoren")
    String dashboard(@RequestParam(required = false) String gemeente, @RequestParam(required = false) String aanbieder,
                     Model model) {
        Keuze keuze = Keuze.lees(regio.regio(), zicht(), gemeente, aanbieder, null, null, null);
        Optional<Indicatoren.Stand> stand = indicatoren.stand();
        Map<String, List<Overzichten.Regel>> perThema = overzichten.dashboard(keuze);
        model.addAttribute("perThema", perThema);
        model.addAttribute("stand", stand.orElse(null));
        // Data quality: youths for whom a derivation failed are left out of that step's figures. The
        // count is for everyone who reads the figures; the pseudonyms only for whoever can act on them.
        model.addAttribute("aantalMislukt", zorg.aantalMislukteAfleidingen());
        boolean mag = huidige.huidige().map(g -> g.heeft(Rol.ANALIST) || g.heeft(Rol.BEHEERDER)).orElse(false);
        model.addAttribute("mislukt", mag ? zorg.mislukteAfleidingen(20) : List.of());
        model.addAttribute("koersen", keuze.perAanbieder() ? List.of() : indicatoren.streefwaarden().stream()
                .filter(sw -> sw.gemeente().equals(Waarde.REGIO) || sw.gemeente().equals(keuze.gemeente()))
                .map(sw -> indicatoren.koers(sw.indicator(), keuze.gemeente(), sw.segment()))
                .flatMap(Optional::stream)
                .toList());
        algemeen(model, keuze);
        return "indicatoren";
    }

    @GetMapping("/indicatoren/{code}")
    String indicator(@PathVariable String code, @RequestParam(required = false) String gemeente,
                     @RequestParam(required = false) String aanbieder, @RequestParam(required = false) String segment,
                     @RequestParam(required = false) String periode, Model model) {
        Indicator indicator = bestaand(code);
        return indicatorPagina(indicator, Keuze.lees(regio.regio(), zicht(), gemeente, aanbieder, segment, periode, indicator),
                Map.of(), model);
    }

    /** A new version of a target; invalid input returns the page with the fields marked. */
    @PostMapping("/indicatoren/{code}/streefwaarde")
    String streefwaarde(@PathVariable String code, @RequestParam(required = false) String gemeente,
                        @RequestParam(required = false) String segment, @RequestParam(required = false) String basisjaar,
                        @RequestParam(required = false) String verandering, @RequestParam(required = false) String toelichting,
                        Model model) {
        Indicator indicator = bestaand(code);
        Keuze keuze = Keuze.lees(regio.regio(), zicht(), gemeente, null, segment, null, indicator);
        Map<String, String> fouten = new LinkedHashMap<>();
        Integer jaar = Invoer.geheel(basisjaar);
        if (jaar == null || jaar < 2015 || jaar > 2100) {
            fouten.put("basisjaar", "streef.fout.basisjaar");
        }
        Double procent = Invoer.getal(verandering);
        if (procent == null || procent < -100 || procent > 100) {
            fouten.put("verandering", "streef.fout.verandering");
        }
        if (toelichting != null && toelichting.length() > 1000) {
            fouten.put("toelichting", "streef.fout.toelichting");
        }
        if (!fouten.isEmpty()) {
            return indicatorPagina(indicator, keuze, fouten, model);
        }
        String auteur = huidige.huidige().map(Gebruiker::gebruikersnaam).orElse("onbekend");
        indicatoren.stelVast(code, keuze.gemeente(), keuze.segment(), jaar, procent, toelichting, auteur);
        return "redirect:/indicatoren/" + code + keuze.query();
    }

    @PostMapping("/indicatoren/{code}/duidingen")
    String nieuweDuiding(@PathVariable String code, @RequestParam(required = false) String gemeente,
                         @RequestParam(required = false) String segment, @RequestParam(required = false) String maand,
                         @RequestParam(required = false) String tekst, Model model) {
        Indicator indicator = bestaand(code);
        Keuze keuze = Keuze.lees(regio.regio(), zicht(), gemeente, null, segment, null, indicator);
        Map<String, String> fouten = new LinkedHashMap<>();
        YearMonth m = Invoer.maand(maand);
        if (m == null) {
            fouten.put("duiding-maand", "duiding.fout.maand");
        }
        if (tekst == null || tekst.isBlank() || tekst.length() > 2000) {
            fouten.put("duiding-tekst", "duiding.fout.tekst");
        }
        if (!fouten.isEmpty()) {
            return indicatorPagina(indicator, keuze, fouten, model);
        }
        indicatoren.schrijfDuiding(code, keuze.gemeente(), keuze.segment(), m, tekst.strip(), aangemeld());
        return "redirect:/indicatoren/" + code + keuze.query();
    }

    @PostMapping("/indicatoren/duidingen/{id}")
    String wijzigDuiding(@PathVariable long id, @RequestParam(required = false) String tekst) {
        if (tekst == null || tekst.isBlank() || tekst.length() > 2000) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "tekst ontbreekt of is te lang");
        }
        Duiding nieuw;
        try {
            nieuw = indicatoren.wijzigDuiding(id, tekst.strip(), aangemeld());
        } catch (IllegalStateException e) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        }
        Keuze keuze = Keuze.lees(regio.regio(), zicht(), nieuw.gemeente(), null, nieuw.segment(), null, bestaand(nieuw.indicator()));
        return "redirect:/indicatoren/" + nieuw.indicator() + keuze.query();
    }

    private String indicatorPagina(Indicator indicator, Keuze keuze, Map<String, String> fouten, Model model) {
        String code = indicator.code();
        Optional<Koers> koers = keuze.metDoelenEnDuidingen()
                ? indicatoren.koers(code, keuze.gemeente(), keuze.segment()) : Optional.empty();
        model.addAttribute("koers", koers.orElse(null));
        model.addAttribute("geschiedenis", koers.map(k -> indicatoren.geschiedenis(code, k.streefwaarde().gemeente(),
                keuze.segment())).orElse(List.of()));
        List<Duiding> duidingen = keuze.metDoelenEnDuidingen()
                ? indicatoren.duidingen(code, keuze.gemeente(), keuze.segment()) : List.of();
        model.addAttribute("duidingen", duidingen.stream()
                .map(d -> new MetVersies(d, indicatoren.eerdereVersies(d.id()),
                        huidige.huidige().map(g -> g.gebruikersnaam().equals(d.auteur())).orElse(false)))
                .toList());
        model.addAttribute("duidingPerPeriode", perPeriode(duidingen, keuze.periode()));
        model.addAttribute("fouten", fouten);
        model.addAttribute("magStreefwaarde", keuze.metDoelenEnDuidingen() && huidige.huidige()
                .map(g -> g.heeft(Rol.ANALIST) || g.heeft(Rol.BEHEERDER)).orElse(false));
        Optional<Indicatoren.Stand> stand = indicatoren.stand();
        List<Waarde> reeks = stand.map(s -> indicatoren.reeks(code, keuze.doorsnede(), keuze.periode(), YearMonth.of(2000, 1),
                s.laatsteMaand())).orElse(List.of());
        Optional<YearMonth> laatstePeriode = stand.map(s -> keuze.periode().begin(s.laatsteMaand()));
        model.addAttribute("indicator", indicator);
        model.addAttribute("reeks", reeks);
        model.addAttribute("stand", stand.orElse(null));
        model.addAttribute("laatstePeriode", laatstePeriode.map(p -> keuze.periode().label(p)).orElse(null));
        model.addAttribute("perGemeente", laatstePeriode.map(p -> overzichten.perGemeente(code, keuze, p)).orElse(List.of()));
        model.addAttribute("perAanbieder", laatstePeriode.filter(p -> keuze.gemeente().equals(Waarde.REGIO))
                .map(p -> overzichten.perAanbieder(code, keuze, p, zicht())).orElse(List.of()));
        model.addAttribute("telling", reeks.stream().allMatch(w -> w.noemer() == null));
        model.addAttribute("grafiek", grafiek(indicator, reeks, keuze.periode() == Periode.MAAND ? koers.orElse(null) : null,
                teksten.getMessage("streef.pad", null, LocaleContextHolder.getLocale()), duidingen, keuze.periode(),
                teksten.getMessage("indicatoren.voorlopig", null, LocaleContextHolder.getLocale())));
        model.addAttribute("volledigNaDagen", Volledigheid.VOLLEDIG_NA_DAGEN);
        algemeen(model, keuze);
        return "indicator";
    }

    /** Notes grouped under the label of the period their month falls in. */
    static Map<String, String> perPeriode(List<Duiding> duidingen, Periode periode) {
        return duidingen.stream().collect(Collectors.groupingBy(d -> periode.label(periode.begin(d.maand())),
                LinkedHashMap::new, Collectors.mapping(d -> d.tekst() + " (" + d.auteurNaam() + ")", Collectors.joining("; "))));
    }

    /** The series, and for months from the base year on the target path beside it. */
    private static String grafiek(Indicator indicator, List<Waarde> reeks, Koers koers, String padNaam,
                                  List<Duiding> duidingen, Periode periode, String voorlopig) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("eenheid", indicator.eenheid());
        data.put("labels", reeks.stream().map(Waarde::periodeLabel).toList());
        // The provisional periods as a shaded band: the table beside the chart says "voorlopig" per row.
        reeks.stream().filter(Waarde::voorlopig).findFirst().ifPresent(w -> data.put("voorlopig",
                Map.of("van", w.periodeLabel(), "tot", reeks.getLast().periodeLabel(), "naam", voorlopig)));
        List<Map<String, Object>> reeksen = new ArrayList<>();
        reeksen.add(Map.of("naam", indicator.naam(), "waarden", reeks.stream().map(Waarde::waarde).toList()));
        if (koers != null) {
            List<Double> pad = new ArrayList<>();
            for (Waarde w : reeks) {
                pad.add(w.maand().getYear() < koers.streefwaarde().basisjaar() ? null : Math.round(Koers.pad(koers.basis(),
                        koers.streefwaarde().veranderingPerJaar(), koers.streefwaarde().basisjaar(), w.maand()) * 10) / 10.0);
            }
            reeksen.add(Map.of("naam", padNaam, "waarden", pad));
        }
        data.put("reeksen", reeksen);
        data.put("notities", duidingen.stream()
                .map(d -> Map.of("maand", periode.label(periode.begin(d.maand())), "tekst", d.tekst())).toList());
        return JSON.writeValueAsString(data).replace("</", "<\\/");
    }

    /** A note with the versions it replaced, and whether the signed-in user may edit it. */
    record MetVersies(Duiding duiding, List<Duiding> eerder, boolean eigen) {
    }

    private Indicator bestaand(String code) {
        return indicatoren.indicator(code)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "onbekende indicator"));
    }

    private Zicht zicht() {
        return Zicht.van(huidige.huidige(), regio.regio());
    }

    private Gebruiker aangemeld() {
        return huidige.huidige().orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN, "niet aangemeld"));
    }

    /** Each indicator's name and unit by its code, for pages that list figures of several indicators. */
    static void namenEnEenheden(Model model, List<Indicator> catalogus) {
        model.addAttribute("indicatorNamen", catalogus.stream().collect(Collectors.toMap(Indicator::code, Indicator::naam)));
        model.addAttribute("indicatorEenheden", catalogus.stream().collect(Collectors.toMap(Indicator::code, Indicator::eenheid)));
    }

    private void algemeen(Model model, Keuze keuze) {
        model.addAttribute("regio", regio.regio());
        namenEnEenheden(model, indicatoren.catalogus());
        model.addAttribute("aanleveringen", aanleveringen.voor(regio.regio()));
        model.addAttribute("keuze", keuze);
        model.addAttribute("scope", keuze.gemeente());
        model.addAttribute("segment", keuze.segment());
        model.addAttribute("scopeNaam", keuze.perAanbieder()
                ? regio.regio().aanbieder(keuze.aanbieder()).map(Aanbieder::naam).orElse(keuze.aanbieder())
                : keuze.gemeente().equals(Waarde.REGIO) ? regio.regio().naam()
                : regio.regio().gemeente(keuze.gemeente()).map(Gemeente::naam).orElse(keuze.gemeente()));
        model.addAttribute("segmenten", Segment.values());
        model.addAttribute("hulpvormen", java.util.Arrays.stream(Hulpvorm.values()).filter(Hulpvorm::jeugdhulp)
                .map(Doorsnede::hulpvorm).toList());
        model.addAttribute("periodes", Periode.values());
        model.addAttribute("marge", (int) Koers.MARGE_PROCENT);
        Zicht zicht = zicht();
        model.addAttribute("aanbieders", regio.regio().aanbieders().stream().filter(a -> zicht.magAanbieder(a.agb())).toList());
    }
}
