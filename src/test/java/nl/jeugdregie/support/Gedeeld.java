package nl.jeugdregie.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The shared reference material beside the repository ({@code ../shared}). */
public final class Gedeeld {

    public static final String TESTREGIO = "jeugdregie.regio=src/test/resources/region/test-regio.json";

    private Gedeeld() {
    }

    public static Path pad(String relatief) {
        Path basis = Path.of(System.getProperty("jeugdregie.shared", "../shared"));
        Path pad = basis.resolve(relatief);
        if (!Files.exists(pad)) {
            throw new IllegalStateException("Gedeeld referentiemateriaal ontbreekt: " + pad.toAbsolutePath());
        }
        return pad;
    }

    public static byte[] bericht(String naam) {
        try {
            return Files.readAllBytes(pad("ijw/berichten/" + naam));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
