package nl.jeugdregie.indicators.internal;

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
import nl.jeugdregie.indicators.Indicator;
import nl.jeugdregie.indicators.Indicatoren;
import nl.jeugdregie.indicators.Waarde;
import nl.jeugdregie.region.Gemeente;
import nl.jeugdregie.region.RegioCatalogus;
import nl.jeugdregie.region.Segment;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;

/** The steering monitor's pages: a dashboard per scope, a page per indicator, CSV of every view. */
@Controller
class IndicatorPagina {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Indicatoren indicatoren;
    private final RegioCatalogus regio;

    IndicatorPagina(Indicatoren indicatoren, RegioCatalogus regio) {
        this.indicatoren = indicatoren;
        this.regio = regio;
    }

    /** One dashboard row: the latest full month and the same month a year earlier. */
    record Regel(Indicator indicator, String segment, Double waarde, Double jaarEerder, Double verandering) {
    }

    @GetMapping("/indicatoren")
    String dashboard(@RequestParam(required = false) String gemeente, Model model) {
        String scope = scope(gemeente);
        Optional<Indicatoren.Stand> stand = indicatoren.stand();
        List<Regel> regels = new ArrayList<>();
        stand.ifPresent(s -> {
            for (Indicator i : indicatoren.catalogus()) {
                String segment = standaardSegment(i);
                List<Waarde> reeks = indicatoren.reeks(i.code(), scope, segment, s.laatsteMaand().minusMonths(12), s.laatsteMaand());
                Double nu = waardeIn(reeks, s.laatsteMaand());
                Double toen = waardeIn(reeks, s.laatsteMaand().minusMonths(12));
                Double verandering = nu == null || toen == null || toen == 0 ? null : Math.round((nu - toen) * 1000.0 / toen) / 10.0;
                regels.add(new Regel(i, segment, nu, toen, verandering));
            }
        });
        model.addAttribute("regels", regels);
        model.addAttribute("stand", stand.orElse(null));
        algemeen(model, scope);
        return "indicatoren";
    }

    @GetMapping("/indicatoren/{code}")
    String indicator(@PathVariable String code, @RequestParam(required = false) String gemeente,
                     @RequestParam(required = false) String segment, Model model) {
        Indicator indicator = indicatoren.indicator(code)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "onbekende indicator"));
        String scope = scope(gemeente);
        String seg = segment(segment, indicator);
        Optional<Indicatoren.Stand> stand = indicatoren.stand();
        List<Waarde> reeks = stand.map(s -> indicatoren.reeks(code, scope, seg, YearMonth.of(2000, 1), s.laatsteMaand()))
                .orElse(List.of());
        model.addAttribute("indicator", indicator);
        model.addAttribute("segment", seg);
        model.addAttribute("reeks", reeks);
        model.addAttribute("stand", stand.orElse(null));
        model.addAttribute("perGemeente", stand.map(s -> perGemeente(code, seg, s.laatsteMaand())).orElse(List.of()));
        model.addAttribute("grafiek", grafiek(indicator, reeks));
        algemeen(model, scope);
        return "indicator";
    }

    @GetMapping("/indicatoren/{code}.csv")
    void csv(@PathVariable String code, @RequestParam(required = false) String gemeente,
             @RequestParam(required = false) String segment, HttpServletResponse response) throws IOException {
        Indicator indicator = indicatoren.indicator(code)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "onbekende indicator"));
        String scope = scope(gemeente);
        String seg = segment(segment, indicator);
        List<Waarde> reeks = indicatoren.stand()
                .map(s -> indicatoren.reeks(code, scope, seg, YearMonth.of(2000, 1), s.laatsteMaand())).orElse(List.of());
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + code + "-" + scope + "-" + seg + ".csv\"");
        PrintWriter uit = new PrintWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        uit.print('\uFEFF');
        uit.println("indicator;gebied;segment;maand;waarde;teller;noemer;eenheid");
        for (Waarde w : reeks) {
            uit.println(String.join(";", code, scope, seg, w.maand().toString(),
                    w.waarde() == null ? "" : String.valueOf(w.waarde()).replace('.', ','), String.valueOf(w.teller()),
                    w.noemer() == null ? "" : String.valueOf(w.noemer()), indicator.eenheid()));
        }
        uit.flush();
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

    private static String grafiek(Indicator indicator, List<Waarde> reeks) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("labels", reeks.stream().map(w -> w.maand().toString()).toList());
        data.put("reeksen", List.of(Map.of("naam", indicator.naam(),
                "waarden", reeks.stream().map(Waarde::waarde).toList())));
        return JSON.writeValueAsString(data).replace("</", "<\\/");
    }

    private void algemeen(Model model, String scope) {
        model.addAttribute("regio", regio.regio());
        model.addAttribute("scope", scope);
        model.addAttribute("scopeNaam", scope.equals(Waarde.REGIO) ? regio.regio().naam()
                : regio.regio().gemeente(scope).map(Gemeente::naam).orElse(scope));
        model.addAttribute("segmenten", Segment.values());
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
