package nl.jeugdregie.region;

import java.util.Arrays;

/** The steering segments of the region's steering plan, plus the two youth-protection measures. */
public enum Segment {
    VERBLIJF("verblijf"),
    WONEN("wonen"),
    AMBULANT("ambulant"),
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

    public static Segment ofCode(String code) {
        return Arrays.stream(values())
                .filter(s -> s.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("onbekend segment: " + code));
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
