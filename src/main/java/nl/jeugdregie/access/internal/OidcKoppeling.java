package nl.jeugdregie.access.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.jeugdregie.access.Gebruiker;
import nl.jeugdregie.access.Organisatie;
import nl.jeugdregie.access.Rol;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Maps the claims of the region's own identity provider (Keycloak, Entra ID, …) to a user: the
 * organisation claim must name a known organisation, the roles claim lists Jeugdregie roles.
 * Claim names are configurable: {@code jeugdregie.oidc.claim-organisatie} and
 * {@code jeugdregie.oidc.claim-rollen}.
 */
@Component
class OidcKoppeling {

    private final GebruikersOpslag opslag;
    private final String claimOrganisatie;
    private final String claimRollen;

    OidcKoppeling(GebruikersOpslag opslag,
                  @Value("${jeugdregie.oidc.claim-organisatie:organisatie}") String claimOrganisatie,
                  @Value("${jeugdregie.oidc.claim-rollen:rollen}") String claimRollen) {
        this.opslag = opslag;
        this.claimOrganisatie = claimOrganisatie;
        this.claimRollen = claimRollen;
    }

    /** @throws IllegalArgumentException when the organisation is unknown or no known role is given */
    Gebruiker gebruiker(Map<String, Object> claims) {
        Object organisatieClaim = claims.get(claimOrganisatie);
        Organisatie organisatie = organisatieClaim == null ? null : opslag.organisatie(organisatieClaim.toString()).orElse(null);
        if (organisatie == null) {
            throw new IllegalArgumentException("onbekende organisatie in claim '" + claimOrganisatie + "'");
        }
        Set<Rol> rollen = EnumSet.noneOf(Rol.class);
        for (String r : lijst(claims.get(claimRollen))) {
            for (Rol rol : Rol.values()) {
                if (rol.name().equalsIgnoreCase(r.strip())) {
                    rollen.add(rol);
                }
            }
        }
        if (rollen.isEmpty()) {
            throw new IllegalArgumentException("geen Jeugdregie-rol in claim '" + claimRollen + "'");
        }
        String gebruikersnaam = String.valueOf(claims.getOrDefault("preferred_username", claims.get("sub")));
        String naam = String.valueOf(claims.getOrDefault("name", gebruikersnaam));
        return new Gebruiker(0, gebruikersnaam, naam, organisatie, rollen);
    }

    /** Roles, and for a municipality's or provider's system the right to deliver messages. */
    static Collection<GrantedAuthority> rechten(Gebruiker g) {
        List<GrantedAuthority> rechten = new ArrayList<>(Aangemeld.autoriteiten(g));
        if (g.organisatie().soort() != Organisatie.Soort.REGIO) {
            rechten.add(new SimpleGrantedAuthority(ApiSleutelFilter.BERICHTEN_AANLEVEREN));
        }
        return rechten;
    }

    private static List<String> lijst(Object claim) {
        if (claim instanceof Collection<?> c) {
            return c.stream().map(String::valueOf).toList();
        }
        return claim == null ? List.of() : List.of(claim.toString().split("[,\\s]+"));
    }
}
