package nl.jeugdregie.region;

import java.util.List;

/**
 * A municipality of the region. {@code code} is the CBS code (GM0141); iJw messages carry the
 * four digits without the prefix.
 *
 * @param jeugdigen        youth population 0–17; {@code jeugdigenGeschat} marks an estimate
 * @param lat              latitude of its centre (WGS84), null when the region file has none
 * @param postcodegebieden the four-digit postcodes of the municipality as ranges ("7600-7609") or
 *                         single codes, so a home postcode can be placed on the map
 */
public record Gemeente(String code, String naam, int inwoners, int jeugdigen, boolean jeugdigenGeschat, String postcode,
                       Double lat, Double lon, List<String> postcodegebieden) {

    public Gemeente {
        postcodegebieden = postcodegebieden == null ? List.of() : List.copyOf(postcodegebieden);
    }

    public String ijwCode() {
        return code.substring(2);
    }

    /** Whether a four-digit postcode lies in this municipality, as far as the region file says. */
    public boolean omvat(String pc4) {
        if (pc4 == null || !pc4.matches("\\d{4}")) {
            return false;
        }
        int pc = Integer.parseInt(pc4);
        for (String gebied : postcodegebieden) {
            String[] delen = gebied.strip().split("-");
            int van = Integer.parseInt(delen[0]);
            int tot = delen.length > 1 ? Integer.parseInt(delen[1]) : van;
            if (pc >= van && pc <= tot) {
                return true;
            }
        }
        return false;
    }
}
