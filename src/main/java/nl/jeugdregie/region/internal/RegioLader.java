package nl.jeugdregie.region.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import nl.jeugdregie.region.Gemeente;
import nl.jeugdregie.region.Regio;
import nl.jeugdregie.region.RegioCatalogus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the region file: the built-in Twente file, or any region's own file given with
 * {@code --region FILE} (property {@code jeugdregie.regio}).
 */
@Configuration
class RegioLader {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    @Bean
    RegioCatalogus regioCatalogus(@Value("${jeugdregie.regio:}") String regioBestand) throws IOException {
        return new RegioCatalogus(laad(regioBestand));
    }

    static Regio laad(String regioBestand) throws IOException {
        try (InputStream in = regioBestand == null || regioBestand.isBlank()
                ? new ClassPathResource("region/twente.json").getInputStream()
                : Files.newInputStream(Path.of(regioBestand))) {
            return controleer(JSON.readValue(in, Regio.class));
        }
    }

    private static Regio controleer(Regio regio) {
        if (regio.gemeenten().isEmpty()) {
            throw new IllegalArgumentException("Regiobestand zonder gemeenten");
        }
        Set<String> codes = new HashSet<>();
        for (Gemeente g : regio.gemeenten()) {
            if (g.code() == null || !g.code().matches("GM\\d{4}")) {
                throw new IllegalArgumentException("Gemeentecode moet de vorm GM0000 hebben: " + g.code());
            }
            if (!codes.add(g.code())) {
                throw new IllegalArgumentException("Gemeente dubbel in regiobestand: " + g.code());
            }
        }
        return regio;
    }
}
