package nl.jeugdregie.access.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security handles the POST. */
@Controller
class InlogPagina {

    private final ObjectProvider<ClientRegistrationRepository> oidc;

    InlogPagina(ObjectProvider<ClientRegistrationRepository> oidc) {
        this.oidc = oidc;
    }

    /** The local form, and a link per configured identity provider. */
    @GetMapping("/inloggen")
    String inloggen(Model model) {
        List<ClientRegistration> registraties = new ArrayList<>();
        if (oidc.getIfAvailable() instanceof Iterable<?> alle) {
            alle.forEach(r -> registraties.add((ClientRegistration) r));
        }
        model.addAttribute("oidc", registraties);
        return "inloggen";
    }
}
