package nl.jeugdregie.access.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import nl.jeugdregie.access.Toegang;
import nl.jeugdregie.access.Toegangslog;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A refused request: 403 (or 401 for the API without credentials), as an error page or as
 * problem+json, and every refusal in the access log.
 */
@Component
class Weigering implements AccessDeniedHandler, AuthenticationEntryPoint {

    private final Toegangslog log;
    /** The application's own mapper, which writes a problem as RFC 9457 has it (no null members). */
    private final JsonMapper json;

    Weigering(Toegangslog log, JsonMapper json) {
        this.log = log;
        this.json = json;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) throws IOException {
        log.leg(new Toegang(Toegang.Actie.LEZEN, false, null, List.of(), isApi(request) ? "api" : "pagina",
                request.getRequestURI()));
        if (isApi(request)) {
            probleem(request, response, HttpServletResponse.SC_FORBIDDEN, "Geen toegang",
                    "Uw rol of organisatie geeft geen toegang tot " + request.getRequestURI());
        } else {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    /** Only the API gets here: the pages send an anonymous visitor to the sign-in page. */
    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        probleem(request, response, HttpServletResponse.SC_UNAUTHORIZED, "Niet aangemeld",
                "Meld u aan met een API-sleutel (X-API-Key) of een token");
    }

    void probleem(HttpServletRequest request, HttpServletResponse response, int status, String titel, String detail)
            throws IOException {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), detail);
        p.setTitle(titel);
        p.setInstance(java.net.URI.create(request.getRequestURI()));
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), p);
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith("/api/");
    }
}
