package nl.jeugdregie.messages.internal;

import java.util.List;
import nl.jeugdregie.messages.BerichtenOverzicht;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /berichten}: every message with its outcome, rejected ones with their reason. */
@Controller
class BerichtenPagina {

    private static final int PER_PAGINA = 50;
    private static final List<String> STATUSSEN = List.of("geaccepteerd", "dubbel", "afgewezen");

    private final BerichtenOverzicht overzicht;

    BerichtenPagina(BerichtenOverzicht overzicht) {
        this.overzicht = overzicht;
    }

    @GetMapping("/berichten")
    String berichten(@RequestParam(required = false) String status, @RequestParam(defaultValue = "1") int pagina,
                     Model model) {
        String filter = status != null && STATUSSEN.contains(status) ? status : null;
        long paginas = Math.max(1, (overzicht.aantal(filter) + PER_PAGINA - 1) / PER_PAGINA);
        int huidig = (int) Math.min(Math.max(1, pagina), paginas);
        model.addAttribute("status", filter);
        model.addAttribute("statussen", STATUSSEN);
        model.addAttribute("telling", overzicht.telling());
        model.addAttribute("regels", overzicht.lijst(filter, (huidig - 1) * PER_PAGINA, PER_PAGINA));
        model.addAttribute("pagina", huidig);
        model.addAttribute("paginas", paginas);
        model.addAttribute("onbekendeAanbieders", overzicht.onbekendeAanbieders());
        return "berichten";
    }
}
