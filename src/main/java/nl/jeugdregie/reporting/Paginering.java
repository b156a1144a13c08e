package nl.jeugdregie.reporting;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Paging of an API list the NLGov way: {@code pagina} and {@code paginaGrootte} in, a {@code Link}
 * header with first/prev/next/last and {@code X-Total-Count} out.
 */
public record Paginering(int pagina, int paginaGrootte) {

    public static final int MAXIMUM = 500;

    /** Why the paging parameters cannot be used, if they cannot. */
    public Optional<String> fout() {
        return pagina < 1 || paginaGrootte < 1 || paginaGrootte > MAXIMUM
                ? Optional.of("pagina moet ≥ 1 zijn en paginaGrootte tussen 1 en " + MAXIMUM)
                : Optional.empty();
    }

    public int offset() {
        return (pagina - 1) * paginaGrootte;
    }

    public <T> List<T> van(List<T> alles) {
        return alles.subList(Math.min(offset(), alles.size()), Math.min(offset() + paginaGrootte, alles.size()));
    }

    /** @param parameters the request's other query parameters, kept in every link */
    public HttpHeaders headers(String pad, Map<String, String> parameters, long totaal) {
        long paginas = Math.max(1, (totaal + paginaGrootte - 1) / paginaGrootte);
        StringBuilder links = new StringBuilder();
        link(links, pad, parameters, 1, "first");
        if (pagina > 1) {
            link(links, pad, parameters, pagina - 1, "prev");
        }
        if (pagina < paginas) {
            link(links, pad, parameters, pagina + 1, "next");
        }
        link(links, pad, parameters, paginas, "last");
        HttpHeaders headers = new HttpHeaders();
        headers.add(HttpHeaders.LINK, links.toString());
        headers.add("X-Total-Count", String.valueOf(totaal));
        return headers;
    }

    private void link(StringBuilder links, String pad, Map<String, String> parameters, long naar, String rel) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(pad);
        parameters.forEach((k, v) -> {
            if (v != null) {
                b.queryParam(k, v);
            }
        });
        b.queryParam("pagina", naar).queryParam("paginaGrootte", paginaGrootte);
        if (!links.isEmpty()) {
            links.append(", ");
        }
        links.append('<').append(b.encode().toUriString()).append(">; rel=\"").append(rel).append('"');
    }
}
