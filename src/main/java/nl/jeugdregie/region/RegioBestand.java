package nl.jeugdregie.region;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Reads a region file (JSON): the built-in Twente file, or any region's own. */
public final class RegioBestand {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private RegioBestand() {
    }

    public static Regio twente() {
        try (InputStream in = RegioBestand.class.getResourceAsStream("/region/twente.json")) {
            return controleer(JSON.readValue(in, Regio.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Regio lees(Path bestand) {
        try (InputStream in = Files.newInputStream(bestand)) {
            return controleer(JSON.readValue(in, Regio.class));
        } catch (IOException e) {
            throw new UncheckedIOException("Regiobestand " + bestand + " kan niet worden gelezen", e);
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
