package nl.jeugdregie.indicators.internal;

import nl.jeugdregie.reporting.Csv;
import nl.jeugdregie.reporting.Xlsx;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.jeugdregie.access.Gebruiker;
import nl.jeugdregie.access.HuidigeGebruiker;
import nl.jeugdregie.access.Rol;
import nl.jeugdregie.indicators.Duiding;
import nl.jeugdregie.indicators.Indicator;
import nl.jeugdregie.indicators.Koers;
import nl.jeugdregie.indicators.Signaal;
import nl.jeugdregie.indicators.Indicatoren;
import nl.jeugdregie.indicators.Waarde;
import nl.jeugdregie.region.Gemeente;
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

/** The steering monitor's pages: a dashboard per scope, a page per indicator, CSV of every view. */
@Controller
class IndicatorPagina {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Indicatoren indicatoren;
    private final RegioCatalogus regio;
    private final HuidigeGebruiker huidige;
    private final MessageSource teksten;

    IndicatorPagina(Indicatoren indicatoren, RegioCatalogus regio, HuidigeGebruiker huidige, MessageSource teksten) {
        this.indicatoren = indicatoren;
        this.regio = regio;
        this.huidige = huidige;
        this.teksten = teksten;
    }

    /** One dashboard row: the latest full month and the same month a year earlier. */
    record Regel(Indicator indicator, String segment, Double waarde, Double jaarEerder, Double verandering, long signalen) {
    }

    @GetMapping("/indicatoren")
    String dashboard(@RequestParam(required = false) String gemeente, Model model) {
        String scope = scope(gemeente);
        Optional<Indicatoren.Stand> stand = indicatoren.stand();
        List<Regel> regels = new ArrayList<>();
        List<Signaal> signalen = indicatoren.signalen(scope);
        stand.ifPresent(s -> {
            for (Indicator i : indicatoren.catalogus()) {
                String segment = standaardSegment(i);
                List<Waarde> reeks = indicatoren.reeks(i.code(), scope, segment, s.laatsteMaand().minusMonths(12), s.laatsteMaand());
                Double nu = waardeIn(reeks, s.laatsteMaand());
                Double toen = waardeIn(reeks, s.laatsteMaand().minusMonths(12));
                Double verandering = nu == null || toen == null || toen == 0 ? null : Math.round((nu - toen) * 1000.0 / toen) / 10.0;
                regels.add(new Regel(i, segment, nu, toen, verandering,
                        signalen.stream().filter(sg -> sg.indicator().equals(i.code())).count()));
            }
        });
        model.addAttribute("regels", regels);
        model.addAttribute("stand", stand.orElse(null));
        model.addAttribute("koersen", indicatoren.streefwaarden().stream()
                .filter(sw -> sw.gemeente().equals(Waarde.REGIO) || sw.gemeente().equals(scope))
                .map(sw -> indicatoren.koers(sw.indicator(), scope, sw.segment()))
                .flatMap(Optional::stream)
                .toList());
        algemeen(model, scope);
        return "indicatoren";
    }

    @GetMapping("/indicatoren/{code}")
    String indicator(@PathVariable String code, @RequestParam(required = false) String gemeente,
                     @RequestParam(required = false) String segment, Model model) {
        return indicatorPagina(code, gemeente, segment, Map.of(), model);
    }

    /** A new version of a target; invalid input returns the page with the fields marked. */
    @PostMapping("/indicatoren/{code}/streefwaarde")
    String streefwaarde(@PathVariable String code, @RequestParam(required = false) String gemeente,
                        @RequestParam(required = false) String segment, @RequestParam(required = false) String basisjaar,
                        @RequestParam(required = false) String verandering, @RequestParam(required = false) String toelichting,
                        Model model) {
        Map<String, String> fouten = new LinkedHashMap<>();
        Integer jaar = geheel(basisjaar);
        if (jaar == null || jaar < 2015 || jaar > 2100) {
            fouten.put("basisjaar", "streef.fout.basisjaar");
        }
        Double procent = getal(verandering);
        if (procent == null || procent < -100 || procent > 100) {
            fouten.put("verandering", "streef.fout.verandering");
        }
        if (toelichting != null && toelichting.length() > 1000) {
            fouten.put("toelichting", "streef.fout.toelichting");
        }
        if (!fouten.isEmpty()) {
            return indicatorPagina(code, gemeente, segment, fouten, model);
        }
        Indicator indicator = indicatoren.indicator(code)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "onbekende indicator"));
        String auteur = huidige.huidige().map(Gebruiker::gebruikersnaam).orElse("onbekend");
        String seg = segment(segment, indicator);
        indicatoren.stelVast(code, scope(gemeente), seg, jaar, procent, toelichting, auteur);
        return "redirect:/indicatoren/" + code + "?segment=" + seg
                + (scope(gemeente).equals(Waarde.REGIO) ? "" : "&gemeente=" + scope(gemeente));
    }

    private String indicatorPagina(String code, String gemeente, String segment, Map<String, String> fouten, Model model) {
        Indicator indicator = indicatoren.indicator(code)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "onbekende indicator"));
        String scope = scope(gemeente);
        String seg = segment(segment, indicator);
        Optional<Koers> koers = indicatoren.koers(code, scope, seg);
        model.addAttribute("koers", koers.orElse(null));
        model.addAttribute("geschiedenis", koers.map(k -> indicatoren.geschiedenis(code, k.streefwaarde().gemeente(), seg))
                .orElse(List.of()));
        List<Duiding> duidingen = indicatoren.duidingen(code, scope, seg);
        model.addAttribute("duidingen", duidingen.stream()
                .map(d -> new MetVersies(d, indicatoren.eerdereVersies(d.id()),
                        huidige.huidige().map(g -> g.gebruikersnaam().equals(d.auteur())).orElse(false)))
                .toList());
        model.addAttribute("duidingPerMaand", duidingen.stream().collect(java.util.stream.Collectors.groupingBy(
                d -> d.maand().toString(), java.util.stream.Collectors.mapping(d -> d.tekst() + " (" + d.auteurNaam() + ")",
                        java.util.stream.Collectors.joining("; ")))));
        model.addAttribute("fouten", fouten);
        model.addAttribute("magStreefwaarde", huidige.huidige()
                .map(g -> g.heeft(Rol.ANALIST) || g.heeft(Rol.BEHEERDER)).orElse(false));
        Optional<Indicatoren.Stand> stand = indicatoren.stand();
        List<Waarde> reeks = stand.map(s -> indicatoren.reeks(code, scope, seg, YearMonth.of(2000, 1), s.laatsteMaand()))
                .orElse(List.of());
        model.addAttribute("indicator", indicator);
        model.addAttribute("segment", seg);
        model.addAttribute("reeks", reeks);
        model.addAttribute("stand", stand.orElse(null));
        model.addAttribute("perGemeente", stand.map(s -> perGemeente(code, seg, s.laatsteMaand())).orElse(List.of()));
        model.addAttribute("grafiek", grafiek(indicator, reeks, koers.orElse(null), teksten.getMessage("streef.pad", null,
                LocaleContextHolder.getLocale()), duidingen));
        algemeen(model, scope);
        return "indicator";
    }

    @GetMapping("/indicatoren/{code}.csv")
    void csv(@PathVariable String code, @RequestParam(required = false) String gemeente,
             @RequestParam(required = false) String segment, HttpServletResponse response) throws IOException {
        Export e = export(code, gemeente, segment);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + e.bestandsnaam() + ".csv\"");
        PrintWriter uit = new PrintWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        uit.print('\uFEFF');
        uit.println("indicator;gebied;segment;maand;waarde;teller;noemer;eenheid;duiding");
        for (Waarde w : e.reeks()) {
            uit.println(String.join(";", code, e.scope(), e.segment(), w.maand().toString(),
                    w.waarde() == null ? "" : String.valueOf(w.waarde()).replace('.', ','), String.valueOf(w.teller()),
                    w.noemer() == null ? "" : String.valueOf(w.noemer()), e.indicator().eenheid(),
                    Csv.cel(e.notities().get(w.maand()))));
        }
        uit.flush();
    }

    @GetMapping("/indicatoren/{code}.xlsx")
    void xlsx(@PathVariable String code, @RequestParam(required = false) String gemeente,
              @RequestParam(required = false) String segment, HttpServletResponse response) throws IOException {
        Export e = export(code, gemeente, segment);
        List<List<Object>> rijen = new ArrayList<>();
        for (Waarde w : e.reeks()) {
            List<Object> rij = new ArrayList<>(List.of(w.maand().toString()));
            rij.add(w.waarde());
            rij.add(w.teller());
            rij.add(w.noemer());
            rij.add(e.notities().get(w.maand()));
            rijen.add(rij);
        }
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + e.bestandsnaam() + ".xlsx\"");
        Xlsx.schrijf(response.getOutputStream(), e.indicator().naam(), List.of("maand",
                e.indicator().naam() + " (" + e.indicator().eenheid() + ")", "teller", "noemer", "duiding"), rijen);
    }

    /** What both exports of a series hold: its months and the notes per month. */
    private record Export(Indicator indicator, String scope, String segment, List<Waarde> reeks,
                          Map<YearMonth, String> notities) {

        String bestandsnaam() {
            return indicator.code() + "-" + scope + "-" + segment;
        }
    }

    private Export export(String code, String gemeente, String segment) {
        Indicator indicator = indicatoren.indicator(code)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "onbekende indicator"));
        String scope = scope(gemeente);
        String seg = segment(segment, indicator);
        List<Waarde> reeks = indicatoren.stand()
                .map(s -> indicatoren.reeks(code, scope, seg, YearMonth.of(2000, 1), s.laatsteMaand())).orElse(List.of());
        Map<YearMonth, String> notities = new LinkedHashMap<>();
        indicatoren.duidingen(code, scope, seg).forEach(d -> notities.merge(d.maand(),
                d.tekst() + " (" + d.auteurNaam() + ")", (a, b) -> a + "; " + b));
        return new Export(indicator, scope, seg, reeks, notities);
    }

    private List<Map<String, Object>> perGemeente(String code, String segment, YearMonth maand) {
        Map<String, Waarde> waarden = new LinkedHashMap<>();
        indicatoren.perGemeente(code, segment, maand).forEach(w -> waarden.put(w.gemeente(), w));
        List<Map<String, Object>> rijen = new ArrayList<>();
        for (Gemeente g : regio.regio().gemeenten()) {
            Waarde w = waarden.get(g.code());
            Map<String, Object> rij = new LinkedHashMap<>();
            rij.put("code", g.code());
            rij.put("naam", g.naam());
            rij.put("waarde", w == null ? null : w.waarde());
            rijen.add(rij);
        }
        return rijen;
    }

    /** The series, and from the base year on the target path beside it. */
    private static String grafiek(Indicator indicator, List<Waarde> reeks, Koers koers, String padNaam,
                                  List<Duiding> duidingen) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("labels", reeks.stream().map(w -> w.maand().toString()).toList());
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
        data.put("notities", duidingen.stream().map(d -> Map.of("maand", d.maand().toString(), "tekst", d.tekst())).toList());
        return JSON.writeValueAsString(data).replace("</", "<\\/");
    }

    /** A note with the versions it replaced, and whether the signed-in user may edit it. */
    record MetVersies(Duiding duiding, List<Duiding> eerder, boolean eigen) {
    }

    @PostMapping("/indicatoren/{code}/duidingen")
    String nieuweDuiding(@PathVariable String code, @RequestParam(required = false) String gemeente,
                         @RequestParam(required = false) String segment, @RequestParam(required = false) String maand,
                         @RequestParam(required = false) String tekst, Model model) {
        Map<String, String> fouten = new LinkedHashMap<>();
        YearMonth m = maand(maand);
        if (m == null) {
            fouten.put("duiding-maand", "duiding.fout.maand");
        }
        if (tekst == null || tekst.isBlank() || tekst.length() > 2000) {
            fouten.put("duiding-tekst", "duiding.fout.tekst");
        }
        if (!fouten.isEmpty()) {
            return indicatorPagina(code, gemeente, segment, fouten, model);
        }
        Indicator indicator = indicatoren.indicator(code)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "onbekende indicator"));
        String seg = segment(segment, indicator);
        indicatoren.schrijfDuiding(code, scope(gemeente), seg, m, tekst.strip(), aangemeld());
        return terug(code, gemeente, seg);
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
        return terug(nieuw.indicator(), nieuw.gemeente(), nieuw.segment());
    }

    private Gebruiker aangemeld() {
        return huidige.huidige().orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN, "niet aangemeld"));
    }

    private String terug(String code, String gemeente, String segment) {
        String scope = scope(gemeente);
        return "redirect:/indicatoren/" + code + "?segment=" + segment + (scope.equals(Waarde.REGIO) ? "" : "&gemeente=" + scope);
    }

    private static YearMonth maand(String tekst) {
        try {
            YearMonth m = tekst == null ? null : YearMonth.parse(tekst.strip());
            return m != null && m.getYear() >= 2000 && m.getYear() <= 2100 ? m : null;
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static Integer geheel(String tekst) {
        try {
            return tekst == null ? null : Integer.valueOf(tekst.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Double getal(String tekst) {
        try {
            return tekst == null ? null : Double.valueOf(tekst.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void algemeen(Model model, String scope) {
        model.addAttribute("regio", regio.regio());
        model.addAttribute("scope", scope);
        model.addAttribute("scopeNaam", scope.equals(Waarde.REGIO) ? regio.regio().naam()
                : regio.regio().gemeente(scope).map(Gemeente::naam).orElse(scope));
        model.addAttribute("segmenten", Segment.values());
        model.addAttribute("marge", (int) Koers.MARGE_PROCENT);
    }

    private String scope(String gemeente) {
        return gemeente != null && regio.regio().gemeente(gemeente).isPresent() ? gemeente : Waarde.REGIO;
    }

    static String standaardSegment(Indicator i) {
        return i.code().equals("gezinsgericht") ? Segment.VERBLIJF.code() : Waarde.ALLE;
    }

    private static String segment(String segment, Indicator i) {
        if (i.code().equals("gezinsgericht")) {
            return Segment.VERBLIJF.code();
        }
        for (Segment s : Segment.values()) {
            if (s.code().equals(segment)) {
                return segment;
            }
        }
        return Waarde.ALLE;
    }

    private static Double waardeIn(List<Waarde> reeks, YearMonth maand) {
        return reeks.stream().filter(w -> w.maand().equals(maand)).findFirst().map(Waarde::waarde).orElse(null);
    }
}
