package nl.jeugdregie.access.internal;

import nl.jeugdregie.access.Gebruiker;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** A user signed in through the region's identity provider. */
class OidcAangemeld extends DefaultOidcUser implements MetGebruiker {

    private final Gebruiker gebruiker;

    OidcAangemeld(OidcUser oidc, Gebruiker gebruiker) {
        super(OidcKoppeling.rechten(gebruiker).stream().filter(r -> r.getAuthority().startsWith("ROLE_")).toList(),
                oidc.getIdToken(), oidc.getUserInfo());
        this.gebruiker = gebruiker;
    }

    @Override
    public Gebruiker gebruiker() {
        return gebruiker;
    }
}
