package nl.jeugdregie.reporting;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** The one way an API answers with an error: {@code application/problem+json}, with the reason per field when input was refused. */
public final class Probleem {

    private Probleem() {
    }

    public static ResponseEntity<ProblemDetail> van(HttpStatus status, String titel, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setTitle(titel);
        return ResponseEntity.status(status).body(p);
    }

    /**
     * Refused input: 422 with {@code fouten}, field → the reason in Dutch.
     *
     * @param sleutels field → message key, as the domain reports it
     */
    public static ResponseEntity<ProblemDetail> geweigerd(String titel, Map<String, String> sleutels, MessageSource teksten) {
        Map<String, String> fouten = new LinkedHashMap<>();
        sleutels.forEach((veld, sleutel) -> fouten.put(veld, tekst(teksten, sleutel)));
        ResponseEntity<ProblemDetail> antwoord = van(HttpStatus.UNPROCESSABLE_CONTENT, titel, String.join("; ", fouten.values()));
        antwoord.getBody().setProperty("fouten", fouten);
        return antwoord;
    }

    /** A message key in Dutch, the API's language; the key itself when there is no text for it. */
    public static String tekst(MessageSource teksten, String sleutel) {
        return teksten.getMessage(sleutel, null, sleutel, Locale.forLanguageTag("nl"));
    }
}
