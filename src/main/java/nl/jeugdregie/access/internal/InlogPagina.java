package nl.jeugdregie.access.internal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security handles the POST. */
@Controller
class InlogPagina {

    @GetMapping("/inloggen")
    String inloggen() {
        return "inloggen";
    }
}
