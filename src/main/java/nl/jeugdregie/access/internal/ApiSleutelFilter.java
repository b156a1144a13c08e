package nl.jeugdregie.access.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import nl.jeugdregie.access.Organisatie;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code X-API-Key}: a provider's or municipality's own system signs in as its organisation and
 * may deliver messages. A wrong or revoked key ends the request with 401 at once.
 */
class ApiSleutelFilter extends OncePerRequestFilter {

    static final String KOP = "X-API-Key";
    static final String BERICHTEN_AANLEVEREN = "BERICHTEN_AANLEVEREN";
    /** A provider's system reports the places of its own locations. */
    static final String PLAATSEN_MELDEN = "PLAATSEN_MELDEN";

    private final ApiSleutels sleutels;
    private final Weigering weigering;

    ApiSleutelFilter(ApiSleutels sleutels, Weigering weigering) {
        this.sleutels = sleutels;
        this.weigering = weigering;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String sleutel = request.getHeader(KOP);
        if (sleutel != null) {
            Organisatie organisatie = sleutels.controleer(sleutel).orElse(null);
            if (organisatie == null) {
                weigering.probleem(request, response, HttpServletResponse.SC_UNAUTHORIZED, "Niet aangemeld",
                        "Ongeldige of ingetrokken API-sleutel");
                return;
            }
            List<SimpleGrantedAuthority> rechten = switch (organisatie.soort()) {
                case REGIO -> List.of();
                case GEMEENTE -> List.of(new SimpleGrantedAuthority(BERICHTEN_AANLEVEREN));
                case AANBIEDER -> List.of(new SimpleGrantedAuthority(BERICHTEN_AANLEVEREN), new SimpleGrantedAuthority(PLAATSEN_MELDEN));
            };
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(organisatie, null, rechten));
        }
        chain.doFilter(request, response);
    }
}
