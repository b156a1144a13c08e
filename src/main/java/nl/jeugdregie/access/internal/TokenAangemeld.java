package nl.jeugdregie.access.internal;

import nl.jeugdregie.access.Gebruiker;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** An API call with a bearer token of the region's identity provider. */
class TokenAangemeld extends JwtAuthenticationToken implements MetGebruiker {

    private final Gebruiker gebruiker;

    TokenAangemeld(Jwt jwt, Gebruiker gebruiker) {
        super(jwt, OidcKoppeling.rechten(gebruiker), gebruiker.gebruikersnaam());
        this.gebruiker = gebruiker;
    }

    @Override
    public Gebruiker gebruiker() {
        return gebruiker;
    }
}
