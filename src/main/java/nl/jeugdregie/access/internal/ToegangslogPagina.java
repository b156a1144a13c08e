package nl.jeugdregie.access.internal;

import nl.jeugdregie.reporting.Csv;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.jeugdregie.access.Toegang;
import nl.jeugdregie.access.Toegangslog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The privacy officer's view of the access log: search by youth pseudonym, user, organisation and
 * period — "who has seen this youth's data?" on one screen — and the same as CSV. Reading the log
 * is itself logged.
 */
@Controller
class ToegangslogPagina {

    private static final int MAXIMUM = 1000;

    private final ToegangslogOpslag opslag;
    private final Toegangslog log;

    ToegangslogPagina(ToegangslogOpslag opslag, Toegangslog log) {
        this.opslag = opslag;
        this.log = log;
    }

    @GetMapping("/toegangslog")
    String zoek(ToegangslogOpslag.Zoekvraag vraag, Model model) {
        List<ToegangslogOpslag.Regel> regels = opslag.zoek(vraag, MAXIMUM);
        log.leg(new Toegang(Toegang.Actie.LEZEN, true, "privacytoezicht", jeugdigeLijst(vraag.jeugdige()), "toegangslog", null));
        model.addAttribute("vraag", vraag);
        model.addAttribute("regels", regels);
        model.addAttribute("maximum", MAXIMUM);
        return "toegangslog";
    }

    @GetMapping("/toegangslog.csv")
    void csv(ToegangslogOpslag.Zoekvraag vraag, HttpServletResponse response) throws IOException {
        List<ToegangslogOpslag.Regel> regels = opslag.zoek(vraag, Integer.MAX_VALUE);
        log.leg(new Toegang(Toegang.Actie.EXPORTEREN, true, "privacytoezicht", jeugdigeLijst(vraag.jeugdige()),
                "toegangslog", null));
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"toegangslog.csv\"");
        PrintWriter uit = new PrintWriter(new java.io.OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        uit.print('\uFEFF');
        uit.println("id;tijdstip;actie;uitkomst;gebruiker;naam;rollen;organisatie;doel;jeugdigen;objecttype;object;bron;ip");
        for (ToegangslogOpslag.Regel r : regels) {
            uit.println(String.join(";", String.valueOf(r.id()), r.tijdstip().toString(), r.actie(), r.uitkomst(),
                    Csv.cel(r.gebruiker()), Csv.cel(r.gebruikerNaam()), Csv.cel(r.rollen()), Csv.cel(r.organisatie()),
                    Csv.cel(r.doel()), Csv.cel(r.jeugdigen()), Csv.cel(r.objectType()), Csv.cel(r.objectId()),
                    Csv.cel(r.bron()), Csv.cel(r.clientIp())));
        }
        uit.flush();
    }

    private static List<String> jeugdigeLijst(String jeugdige) {
        return jeugdige == null || jeugdige.isBlank() ? List.of() : List.of(jeugdige.strip());
    }

}
