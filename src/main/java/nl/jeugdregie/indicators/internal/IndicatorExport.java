package nl.jeugdregie.indicators.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.jeugdregie.access.HuidigeGebruiker;
import nl.jeugdregie.indicators.Indicator;
import nl.jeugdregie.indicators.Indicatoren;
import nl.jeugdregie.indicators.Waarde;
import nl.jeugdregie.region.RegioCatalogus;
import nl.jeugdregie.reporting.Csv;
import nl.jeugdregie.reporting.Tabel;
import nl.jeugdregie.reporting.Xlsx;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Every view of an indicator as CSV and Excel: the same series, periods and notes as the page. */
@Controller
class IndicatorExport {

    private final Indicatoren indicatoren;
    private final RegioCatalogus regio;
    private final HuidigeGebruiker huidige;
    private final Overzichten overzichten;

    IndicatorExport(Indicatoren indicatoren, RegioCatalogus regio, HuidigeGebruiker huidige, Overzichten overzichten) {
        this.indicatoren = indicatoren;
        this.regio = regio;
        this.huidige = huidige;
        this.overzichten = overzichten;
    }

    @GetMapping({"/indicatoren.csv", "/indicatoren.xlsx"})
    void dashboard(@RequestParam(required = false) String gemeente, @RequestParam(required = false) String aanbieder,
                   HttpServletRequest verzoek, HttpServletResponse response) throws IOException {
        Keuze k = Keuze.lees(regio.regio(), zicht(), gemeente, aanbieder, null, null, null);
        List<List<Object>> rijen = new ArrayList<>();
        overzichten.dashboard(k).forEach((thema, regels) -> regels.forEach(r -> rijen.add(java.util.Arrays.asList(thema,
                r.indicator().code(), r.indicator().naam(), r.segment(), r.maand().toString(), r.waarde(), r.jaarEerder(), r.verandering(),
                r.indicator().eenheid(), r.signalen()))));
        new Tabel("Indicatoren", List.of("thema", "indicator", "naam", "segment", "maand", "waarde", "jaar eerder",
                "verandering %", "eenheid", "signalen"), rijen)
                .stuur(verzoek, response, "indicatoren-" + (k.perAanbieder() ? k.aanbieder() : k.gemeente()));
    }

    /** The municipalities and providers side by side in the latest period, as on the indicator page. */
    @GetMapping({"/indicatoren/{code}/vergelijking.csv", "/indicatoren/{code}/vergelijking.xlsx"})
    void vergelijking(@PathVariable String code, @RequestParam(required = false) String segment,
                      @RequestParam(required = false) String periode, HttpServletRequest verzoek,
                      HttpServletResponse response) throws IOException {
        Indicator indicator = indicatoren.indicator(code)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "onbekende indicator"));
        Keuze k = Keuze.lees(regio.regio(), zicht(), Waarde.REGIO, null, segment, periode, indicator);
        List<List<Object>> rijen = new ArrayList<>();
        indicatoren.stand().map(s -> k.periode().begin(s.laatsteMaand())).ifPresent(p -> {
            String label = k.periode().label(p);
            overzichten.perGemeente(code, k, p).forEach(g -> rijen.add(java.util.Arrays.asList("gemeente", g.code(), g.naam(),
                    label, g.waarde(), g.jeugdigen(), g.per1000(), null, null)));
            overzichten.perAanbieder(code, k, p, zicht()).forEach(a -> rijen.add(java.util.Arrays.asList("aanbieder", a.agb(),
                    a.naam(), label, a.waarde(), null, null, a.teller(), a.noemer())));
        });
        new Tabel(indicator.naam(), List.of("soort", "code", "naam", "periode", indicator.naam() + " ("
                + indicator.eenheid() + ")", "jeugdigen 0-17", "per 1.000 jeugdigen", "teller", "noemer"), rijen)
                .stuur(verzoek, response, code + "-vergelijking-" + k.segment() + "-" + k.periode().code());
    }

    private Zicht zicht() {
        return Zicht.van(huidige.huidige(), regio.regio());
    }

    @GetMapping("/indicatoren/{code}.csv")
    void csv(@PathVariable String code, @RequestParam(required = false) String gemeente,
             @RequestParam(required = false) String aanbieder, @RequestParam(required = false) String segment,
             @RequestParam(required = false) String periode, HttpServletResponse response) throws IOException {
        Export e = export(code, gemeente, aanbieder, segment, periode);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + e.bestandsnaam() + ".csv\"");
        PrintWriter uit = new PrintWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        uit.print('\uFEFF');
        uit.println("indicator;gebied;aanbieder;segment;periode;waarde;teller;noemer;eenheid;duiding;voorlopig");
        Keuze k = e.keuze();
        for (Waarde w : e.reeks()) {
            uit.println(String.join(";", code, k.gemeente(), k.aanbieder(), k.segment(), w.periodeLabel(),
                    w.waarde() == null ? "" : nl.jeugdregie.reporting.Tabel.getal(w.waarde()), String.valueOf(w.teller()),
                    w.noemer() == null ? "" : String.valueOf(w.noemer()), e.indicator().eenheid(),
                    Csv.cel(e.notities().get(w.periodeLabel())), w.voorlopig() ? "ja" : "nee"));
        }
        uit.flush();
    }

    @GetMapping("/indicatoren/{code}.xlsx")
    void xlsx(@PathVariable String code, @RequestParam(required = false) String gemeente,
              @RequestParam(required = false) String aanbieder, @RequestParam(required = false) String segment,
              @RequestParam(required = false) String periode, HttpServletResponse response) throws IOException {
        Export e = export(code, gemeente, aanbieder, segment, periode);
        List<List<Object>> rijen = new ArrayList<>();
        for (Waarde w : e.reeks()) {
            List<Object> rij = new ArrayList<>(List.of(w.periodeLabel()));
            rij.add(w.waarde());
            rij.add(w.teller());
            rij.add(w.noemer());
            rij.add(e.notities().get(w.periodeLabel()));
            rij.add(w.voorlopig() ? "voorlopig" : "");
            rijen.add(rij);
        }
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + e.bestandsnaam() + ".xlsx\"");
        Xlsx.schrijf(response.getOutputStream(), e.indicator().naam(), List.of(e.keuze().periode().code(),
                e.indicator().naam() + " (" + e.indicator().eenheid() + ")", "teller", "noemer", "duiding", "voorlopig"), rijen);
    }

    /** What both exports of a series hold: its periods and the notes per period. */
    private record Export(Indicator indicator, Keuze keuze, List<Waarde> reeks, Map<String, String> notities) {

        String bestandsnaam() {
            return keuze.bestandsnaam(indicator.code());
        }
    }

    private Export export(String code, String gemeente, String aanbieder, String segment, String periode) {
        Indicator indicator = indicatoren.indicator(code)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "onbekende indicator"));
        Keuze k = Keuze.lees(regio.regio(), zicht(), gemeente, aanbieder, segment, periode, indicator);
        List<Waarde> reeks = indicatoren.stand()
                .map(s -> indicatoren.reeks(code, k.doorsnede(), k.periode(), YearMonth.of(2000, 1), s.laatsteMaand()))
                .orElse(List.of());
        Map<String, String> notities = k.metDoelenEnDuidingen()
                ? IndicatorPagina.perPeriode(indicatoren.duidingen(code, k.gemeente(), k.segment()), k.periode()) : Map.of();
        return new Export(indicator, k, reeks, notities);
    }
}
