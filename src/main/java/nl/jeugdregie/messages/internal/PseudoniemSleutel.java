package nl.jeugdregie.messages.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The regional pseudonym key lives outside the database: the environment variable
 * {@code JEUGDREGIE_PSEUDONIEM_SLEUTEL} (base64), or the file {@code pseudoniem.sleutel} in the data
 * directory, made with fresh random bytes on first run.
 */
@Configuration
class PseudoniemSleutel {

    private static final Logger LOG = LoggerFactory.getLogger(PseudoniemSleutel.class);
    static final String BESTAND = "pseudoniem.sleutel";

    @Bean
    Pseudonimiseerder pseudonimiseerder(@Value("${JEUGDREGIE_PSEUDONIEM_SLEUTEL:}") String uitOmgeving,
                                        @Value("${jeugdregie.data-dir:data}") String dataDir) throws IOException {
        if (!uitOmgeving.isBlank()) {
            return new Pseudonimiseerder(Base64.getDecoder().decode(uitOmgeving.strip()));
        }
        return new Pseudonimiseerder(uitBestand(Path.of(dataDir).resolve(BESTAND)));
    }

    private static byte[] uitBestand(Path bestand) throws IOException {
        if (Files.exists(bestand)) {
            return Base64.getDecoder().decode(Files.readString(bestand, StandardCharsets.US_ASCII).strip());
        }
        Files.createDirectories(bestand.toAbsolutePath().getParent());
        byte[] sleutel = new byte[32];
        new SecureRandom().nextBytes(sleutel);
        Files.writeString(bestand, Base64.getEncoder().encodeToString(sleutel) + "\n", StandardCharsets.US_ASCII);
        try {
            Files.setPosixFilePermissions(bestand, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            LOG.warn("Kan de rechten van {} niet beperken op dit bestandssysteem", bestand);
        }
        LOG.info("Nieuwe pseudoniemsleutel gemaakt in {}", bestand.toAbsolutePath());
        return sleutel;
    }
}
