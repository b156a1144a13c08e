package nl.jeugdregie.care.internal;

import jakarta.servlet.http.HttpServletResponse;
import nl.jeugdregie.region.RegioCatalogus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** {@code /jeugdigen/{pseudoniem}}: one youth's trajectories, for those whose task needs them. */
@Controller
class JeugdigePagina {

    private final JeugdigeZorg zorg;
    private final RegioCatalogus regio;

    JeugdigePagina(JeugdigeZorg zorg, RegioCatalogus regio) {
        this.zorg = zorg;
        this.regio = regio;
    }

    @GetMapping("/jeugdigen/{pseudoniem}")
    String jeugdige(@PathVariable String pseudoniem, Model model, HttpServletResponse response) {
        JeugdigeZorg.Inzage inzage = zorg.bekijk(pseudoniem);
        if (!inzage.toegestaan()) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            model.addAttribute("status", HttpServletResponse.SC_FORBIDDEN);
            return "error";
        }
        model.addAttribute("pseudoniem", pseudoniem);
        model.addAttribute("doel", inzage.doel());
        model.addAttribute("trajecten", inzage.trajecten());
        model.addAttribute("regio", regio.regio());
        return "jeugdige";
    }
}
