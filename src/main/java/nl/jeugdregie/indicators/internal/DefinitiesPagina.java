package nl.jeugdregie.indicators.internal;

import nl.jeugdregie.indicators.Indicatoren;
import nl.jeugdregie.waiting.Wacht;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /definities}: every rule behind the published figures on one page — trajectories, youth
 * help and measures, age bands, complete and provisional months, signals, how care ended — with
 * every deliberate deviation from CBS named, and each indicator's definition, formula and caveat
 * (each figure's page links here).
 */
@Controller
class DefinitiesPagina {

    private final Indicatoren indicatoren;

    DefinitiesPagina(Indicatoren indicatoren) {
        this.indicatoren = indicatoren;
    }

    @GetMapping("/definities")
    String definities(Model model) {
        model.addAttribute("catalogus", indicatoren.catalogus());
        model.addAttribute("volledigNaDagen", Volledigheid.VOLLEDIG_NA_DAGEN);
        model.addAttribute("verweesdNaDagen", Wacht.VERWEESD_NA_DAGEN);
        return "definities";
    }
}
