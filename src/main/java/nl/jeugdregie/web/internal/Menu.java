package nl.jeugdregie.web.internal;

import nl.jeugdregie.access.Gebruiker;
import nl.jeugdregie.access.HuidigeGebruiker;
import nl.jeugdregie.access.Rol;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page knows who is signed in, for the menu; what a role may open is decided on the server. */
@ControllerAdvice
class Menu {

    private final HuidigeGebruiker huidige;

    Menu(HuidigeGebruiker huidige) {
        this.huidige = huidige;
    }

    @ModelAttribute("aangemeld")
    Gebruiker aangemeld() {
        return huidige.huidige().orElse(null);
    }

    @ModelAttribute("menuBerichten")
    boolean menuBerichten() {
        return huidige.huidige().map(g -> g.heeft(Rol.ANALIST) || g.heeft(Rol.BEHEERDER)).orElse(false);
    }

    @ModelAttribute("menuWachtenden")
    boolean menuWachtenden() {
        return huidige.huidige().map(g -> g.heeft(Rol.GEMEENTE) || g.heeft(Rol.AANBIEDER) || g.heeft(Rol.REGISSEUR)
                || g.heeft(Rol.RET)).orElse(false);
    }

    @ModelAttribute("menuBeheer")
    boolean menuBeheer() {
        return huidige.huidige().map(g -> g.heeft(Rol.BEHEERDER)).orElse(false);
    }

    @ModelAttribute("menuToegangslog")
    boolean menuToegangslog() {
        return huidige.huidige().map(g -> g.heeft(Rol.PRIVACY)).orElse(false);
    }
}
