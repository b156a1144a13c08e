package nl.jeugdregie.region;

/**
 * A municipality of the region. {@code code} is the CBS code (GM0141); iJw messages carry the
 * four digits without the prefix.
 *
 * @param jeugdigen youth population 0–17; {@code jeugdigenGeschat} marks an estimate
 */
public record Gemeente(String code, String naam, int inwoners, int jeugdigen, boolean jeugdigenGeschat, String postcode) {

    public String ijwCode() {
        return code.substring(2);
    }
}
