package nl.jeugdregie.messages.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns a BSN into the region's pseudonym: HMAC-SHA256 under the regional key. The same BSN
 * always gives the same pseudonym within a region; without the key it cannot be reversed or
 * recomputed from a list of BSNs.
 */
final class Pseudonimiseerder {

    private final ThreadLocal<Mac> mac;

    Pseudonimiseerder(byte[] sleutel) {
        if (sleutel.length < 32) {
            throw new IllegalArgumentException("de pseudoniemsleutel moet minstens 32 bytes zijn");
        }
        SecretKeySpec spec = new SecretKeySpec(sleutel.clone(), "HmacSHA256");
        this.mac = ThreadLocal.withInitial(() -> {
            try {
                Mac m = Mac.getInstance("HmacSHA256");
                m.init(spec);
                return m;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 is niet beschikbaar", e);
            }
        });
    }

    String pseudoniem(String bsn) {
        return HexFormat.of().formatHex(mac.get().doFinal(bsn.getBytes(StandardCharsets.US_ASCII)));
    }

    static boolean isPseudoniem(String waarde) {
        return waarde.length() == 64 && waarde.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
    }

    /** The BSN check ("elfproef"): weights 9..2 and −1, sum divisible by 11, not all zeros. */
    static boolean isGeldigBsn(String bsn) {
        if (bsn.length() != 9 || !bsn.chars().allMatch(Character::isDigit) || bsn.equals("000000000")) {
            return false;
        }
        int som = 0;
        for (int i = 0; i < 8; i++) {
            som += (9 - i) * (bsn.charAt(i) - '0');
        }
        som -= bsn.charAt(8) - '0';
        return som % 11 == 0;
    }
}
