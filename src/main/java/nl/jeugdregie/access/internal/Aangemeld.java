package nl.jeugdregie.access.internal;

import java.util.Collection;
import java.util.List;
import nl.jeugdregie.access.Gebruiker;
import nl.jeugdregie.access.Rol;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** Spring Security's view of a signed-in user, carrying the user as the modules know them. */
class Aangemeld extends User implements MetGebruiker {

    private final Gebruiker gebruiker;

    Aangemeld(Gebruiker gebruiker, String wachtwoordHash, boolean actief, boolean nietGeblokkeerd) {
        super(gebruiker.gebruikersnaam(), wachtwoordHash == null ? "" : wachtwoordHash, actief, true, true,
                nietGeblokkeerd, autoriteiten(gebruiker));
        this.gebruiker = gebruiker;
    }

    @Override
    public Gebruiker gebruiker() {
        return gebruiker;
    }

    static Collection<GrantedAuthority> autoriteiten(Gebruiker gebruiker) {
        List<GrantedAuthority> lijst = new java.util.ArrayList<>();
        for (Rol rol : gebruiker.rollen()) {
            lijst.add(new SimpleGrantedAuthority(rol.autoriteit()));
        }
        return lijst;
    }
}
