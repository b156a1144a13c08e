package nl.jeugdregie.access.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import nl.jeugdregie.access.ApiSleutelBeheer;
import nl.jeugdregie.access.Organisatie;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API keys of organisations for their own systems: {@code jr_<prefix>_<secret>}. Shown once; only
 * a SHA-256 of the whole key is kept, found by its prefix and compared in constant time.
 */
@Service
class ApiSleutels implements ApiSleutelBeheer {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final GebruikersOpslag opslag;

    ApiSleutels(GebruikersOpslag opslag) {
        this.opslag = opslag;
    }

    /** A new key for an organisation; the returned text is the only time it is seen. */
    @Override
    @Transactional
    public String maak(String organisatieId, String omschrijving) {
        byte[] voorvoegsel = new byte[6];
        byte[] geheim = new byte[24];
        RANDOM.nextBytes(voorvoegsel);
        RANDOM.nextBytes(geheim);
        String vv = HexFormat.of().formatHex(voorvoegsel);
        String sleutel = "jr_" + vv + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(geheim);
        opslag.bewaarSleutel(organisatieId, omschrijving, vv, hash(sleutel));
        return sleutel;
    }

    @Override
    @Transactional
    public void trekIn(long id) {
        opslag.trekSleutelIn(id);
    }

    /** The organisation of a valid, not revoked key; records when it was last used. */
    @Transactional
    Optional<Organisatie> controleer(String sleutel) {
        String[] delen = sleutel == null ? new String[0] : sleutel.strip().split("_", 3);
        if (delen.length != 3 || !delen[0].equals("jr")) {
            return Optional.empty();
        }
        return opslag.sleutel(delen[1])
                .filter(s -> s.ingetrokken() == null)
                .filter(s -> MessageDigest.isEqual(s.hash().getBytes(StandardCharsets.US_ASCII),
                        hash(sleutel.strip()).getBytes(StandardCharsets.US_ASCII)))
                .map(s -> {
                    opslag.sleutelGebruikt(s.id());
                    return s.organisatie();
                });
    }

    private static String hash(String sleutel) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(sleutel.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
