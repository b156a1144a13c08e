package nl.jeugdregie.indicators.internal;

import java.util.List;
import java.util.Map;
import nl.jeugdregie.access.Gebruiker;
import nl.jeugdregie.access.HuidigeGebruiker;
import nl.jeugdregie.access.Organisatie;
import nl.jeugdregie.indicators.Indicatoren;
import nl.jeugdregie.indicators.Signaal;
import nl.jeugdregie.indicators.Waarde;
import nl.jeugdregie.region.Gemeente;
import nl.jeugdregie.region.RegioCatalogus;
import nl.jeugdregie.reporting.Paginering;
import nl.jeugdregie.waiting.Wachttijden;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /signalen}: deviations of the last twelve months for an area — a municipality's own by
 * default for its users, the region for everyone else — and the same as JSON for tools.
 */
@Controller
class SignalenPagina {

    private final Indicatoren indicatoren;
    private final RegioCatalogus regio;
    private final HuidigeGebruiker huidige;
    private final Aanleveringen aanleveringen;
    private final Wachttijden wachttijden;

    SignalenPagina(Indicatoren indicatoren, RegioCatalogus regio, HuidigeGebruiker huidige, Aanleveringen aanleveringen,
                   Wachttijden wachttijden) {
        this.indicatoren = indicatoren;
        this.regio = regio;
        this.huidige = huidige;
        this.aanleveringen = aanleveringen;
        this.wachttijden = wachttijden;
    }

    @GetMapping("/signalen")
    String signalen(@RequestParam(required = false) String gemeente, Model model) {
        String scope = scope(gemeente);
        model.addAttribute("signalen", indicatoren.signalen(scope));
        model.addAttribute("regio", regio.regio());
        model.addAttribute("aanleveringen", aanleveringen.voor(regio.regio()));
        model.addAttribute("wachtsignalen", wachttijden.signalen(scope.equals(Waarde.REGIO) ? null : scope).orElse(null));
        model.addAttribute("scope", scope);
        IndicatorPagina.namenEnEenheden(model, indicatoren.catalogus());
        model.addAttribute("scopeNaam", scope.equals(Waarde.REGIO) ? regio.regio().naam()
                : regio.regio().gemeente(scope).map(Gemeente::naam).orElse(scope));
        return "signalen";
    }

    @GetMapping("/api/v1/signalen")
    ResponseEntity<?> api(@RequestParam(required = false) String gemeente, @RequestParam(defaultValue = "1") int pagina,
                          @RequestParam(defaultValue = "100") int paginaGrootte) {
        Paginering paginering = new Paginering(pagina, paginaGrootte);
        if (paginering.fout().isPresent()) {
            return IndicatorApi.probleem(HttpStatus.BAD_REQUEST, paginering.fout().get());
        }
        String scope = scope(gemeente);
        List<Signaal> signalen = indicatoren.signalen(scope);
        return ResponseEntity.ok().headers(paginering.headers("/api/v1/signalen", Map.of("gemeente", scope), signalen.size()))
                .body(Map.of("gemeente", scope, "_embedded", Map.of("signalen", paginering.van(signalen)),
                        "wachttijden", wachttijden.signalen(scope.equals(Waarde.REGIO) ? null : scope)
                                .<Object>map(w -> w).orElse(Map.of())));
    }

    private String scope(String gemeente) {
        if (gemeente != null && regio.regio().gemeente(gemeente).isPresent()) {
            return gemeente;
        }
        if (gemeente == null) {
            return huidige.huidige().map(Gebruiker::organisatie)
                    .filter(o -> o.soort() == Organisatie.Soort.GEMEENTE && regio.regio().gemeente(o.code()).isPresent())
                    .map(Organisatie::code).orElse(Waarde.REGIO);
        }
        return Waarde.REGIO;
    }
}
