package nl.jeugdregie.region;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Care form ("hulpvorm") as CBS defines it (Beleidsinformatie Jeugd §3.3), plus the two
 * youth-protection measures that CBS reports as separate record types.
 */
public enum Hulpvorm {
    WIJKTEAM("01", false),
    AMBULANT_OP_LOCATIE("02", false),
    DAGHULP("03", false),
    IN_NETWERK("04", false),
    PLEEGZORG("11", true),
    GEZINSGERICHT("12", true),
    GESLOTEN("13", true),
    RESIDENTIEEL_OVERIG("14", true),
    JEUGDBESCHERMING("JB", false),
    JEUGDRECLASSERING("JR", false);

    private final String code;
    private final boolean metVerblijf;

    Hulpvorm(String code, boolean metVerblijf) {
        this.code = code;
        this.metVerblijf = metVerblijf;
    }

    public String code() {
        return code;
    }

    /** Stay: CBS counts the start as the day after the first night. */
    public boolean metVerblijf() {
        return metVerblijf;
    }

    /** Youth care proper, as opposed to the youth-protection and probation measures. */
    public boolean jeugdhulp() {
        return this != JEUGDBESCHERMING && this != JEUGDRECLASSERING;
    }

    /** Youth care without stay: the ambulant forms. */
    public boolean zonderVerblijf() {
        return jeugdhulp() && !metVerblijf;
    }

    private static final Map<String, Hulpvorm> PER_CODE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(Hulpvorm::code, h -> h));

    public static Hulpvorm ofCode(String code) {
        Hulpvorm h = PER_CODE.get(code);
        if (h == null) {
            throw new IllegalArgumentException("onbekende hulpvorm: " + code);
        }
        return h;
    }

    /** Care form assumed for a product code missing from the region's list. */
    public static Hulpvorm forCategory(String categorie) {
        return switch (categorie) {
            case "43", "44", "46" -> RESIDENTIEEL_OVERIG;
            case "47" -> JEUGDRECLASSERING;
            case "48" -> JEUGDBESCHERMING;
            default -> AMBULANT_OP_LOCATIE;
        };
    }
}
