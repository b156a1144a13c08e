package nl.jeugdregie.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every error of the API as {@code application/problem+json} in Dutch, with the right status
 * (NLGov API Design Rules): 400 for a parameter that is missing or invalid, 404 for an unknown
 * path, 405 for a method the path does not take, 415/406 for content types, 500 without details.
 * Pages are left to the error page ({@code error.html}): a browser never gets raw JSON.
 */
@RestControllerAdvice
class ApiFouten {

    private static final Logger LOG = LoggerFactory.getLogger(ApiFouten.class);

    /**
     * On a page the exception goes on (rethrown as it is, Spring's resolvers send its status to the
     * error page); in the API it becomes a problem with the status Spring gives it, 400 for a
     * parameter of the wrong type or an unreadable body, and otherwise 500 — logged with its cause,
     * nothing of it told to the caller.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> fout(Exception ex, WebRequest request) throws Exception {
        if (!isApi(request)) {
            throw ex;
        }
        HttpHeaders headers = new HttpHeaders();
        HttpStatusCode status;
        if (ex instanceof org.springframework.web.ErrorResponse e) {
            status = e.getStatusCode();
            headers.putAll(e.getHeaders());
        } else if (ex instanceof org.springframework.beans.TypeMismatchException
                || ex instanceof org.springframework.http.converter.HttpMessageNotReadableException) {
            status = HttpStatus.BAD_REQUEST;
        } else {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
            LOG.error("Onverwachte fout bij {}", beschrijving(request), ex);
        }
        ProblemDetail p = ProblemDetail.forStatus(status);
        p.setTitle(titel(status));
        p.setDetail(status.value() == 500 ? "Er ging iets mis aan onze kant; de fout is vastgelegd" : detail(ex));
        if (request instanceof ServletWebRequest s) {
            p.setInstance(URI.create(s.getRequest().getRequestURI()));
        }
        headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return ResponseEntity.status(status).headers(headers).body(p);
    }

    static String titel(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "Ongeldig verzoek";
            case 401 -> "Niet aangemeld";
            case 403 -> "Geen toegang";
            case 404 -> "Niet gevonden";
            case 405 -> "Methode niet toegestaan";
            case 406 -> "Antwoordformaat niet beschikbaar";
            case 413 -> "Verzoek te groot";
            case 414 -> "Adres te lang";
            case 415 -> "Inhoudstype niet ondersteund";
            case 422 -> "Niet te verwerken";
            case 500 -> "Interne fout";
            case 503 -> "Tijdelijk niet beschikbaar";
            default -> "Fout " + status.value();
        };
    }

    private static String detail(Exception ex) {
        return switch (ex) {
            case MissingServletRequestParameterException m -> "parameter '" + m.getParameterName() + "' ontbreekt";
            case MethodArgumentTypeMismatchException m -> "parameter '" + m.getName() + "' heeft een ongeldige waarde";
            case org.springframework.beans.TypeMismatchException m -> "parameter '" + m.getPropertyName() + "' heeft een ongeldige waarde";
            case HttpRequestMethodNotSupportedException m -> "methode " + m.getMethod() + " is hier niet toegestaan"
                    + (m.getSupportedHttpMethods() == null ? "" : "; wel: " + m.getSupportedHttpMethods());
            case NoResourceFoundException m -> "er is niets op " + "/" + m.getResourcePath();
            case HttpMediaTypeNotSupportedException m -> "inhoudstype " + m.getContentType() + " wordt niet ondersteund; wel: "
                    + m.getSupportedMediaTypes();
            case HttpMediaTypeNotAcceptableException m -> "geen antwoord in het gevraagde formaat; wel: " + m.getSupportedMediaTypes();
            case org.springframework.http.converter.HttpMessageNotReadableException m -> "de inhoud van het verzoek is niet te lezen";
            case org.springframework.web.server.ResponseStatusException r when r.getReason() != null -> r.getReason();
            case org.springframework.web.ErrorResponse e when e.getBody().getDetail() != null -> e.getBody().getDetail();
            default -> ex.getMessage();
        };
    }

    private static boolean isApi(WebRequest request) {
        return request instanceof ServletWebRequest s && isApi(s.getRequest());
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith("/api/");
    }

    private static String beschrijving(WebRequest request) {
        return request instanceof ServletWebRequest s ? s.getRequest().getMethod() + " " + s.getRequest().getRequestURI() : "?";
    }
}
