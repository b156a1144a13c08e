package nl.jeugdregie.region;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The steering segments of the region's steering plan, plus the two youth-protection measures.
 * Ambulant alternatives to an out-of-home placement (marked in the region's product list) are a
 * segment of their own: the plan steers ambulant spend down "excluding ambulant alternatives",
 * which it wants more of. "Ambulant" here is ambulant care without them; both together are the
 * plan's ambulant segment.
 */
public enum Segment {
    VERBLIJF("verblijf"),
    WONEN("wonen"),
    AMBULANT("ambulant"),
    AMBULANT_ALTERNATIEF("ambulant-alternatief"),
    CRISIS("crisis"),
    JEUGDBESCHERMING("jeugdbescherming"),
    JEUGDRECLASSERING("jeugdreclassering");

    private final String code;

    Segment(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Youth help (CBS jeugdhulp): every segment but the two measures, protection and probation. */
    public boolean jeugdhulp() {
        return this != JEUGDBESCHERMING && this != JEUGDRECLASSERING;
    }

    private static final Map<String, Segment> PER_CODE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(Segment::code, s -> s));

    public static Segment ofCode(String code) {
        Segment s = PER_CODE.get(code);
        if (s == null) {
            throw new IllegalArgumentException("onbekend segment: " + code);
        }
        return s;
    }

    /**
     * Fallback when a product code is not in the region's list: its JZ020 category decides
     * (43/44 stay, 45/54 ambulant, 46 crisis, 47 youth probation, 48 youth protection, else ambulant).
     */
    public static Segment forCategory(String categorie) {
        return switch (categorie) {
            case "43", "44" -> VERBLIJF;
            case "46" -> CRISIS;
            case "47" -> JEUGDRECLASSERING;
            case "48" -> JEUGDBESCHERMING;
            default -> AMBULANT;
        };
    }
}
