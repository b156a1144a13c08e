package nl.jeugdregie.indicators.internal;

/**
 * How youth help ended, in the CBS categories of "reden beëindiging jeugdhulp" (Beleidsinformatie
 * Jeugd 3.7), from the iJw reason on the stop message (JZ588). The mapping is this region's reading,
 * named where iJw has more than CBS:
 * <ul>
 * <li>31 according to plan, and 39 (on to another domain: Wmo, Wlz, Zvw) — CBS counts care continued
 *     under another law at 18 as according to plan;</li>
 * <li>34 early, in agreement, and 38 (a move to another provider): the care here ended by agreement;</li>
 * <li>32 early, by the client (youth or parents); 33 early, by the provider;</li>
 * <li>35 early, for outside reasons, and 02 (death), which CBS names among the outside reasons.</li>
 * </ul>
 * 20 (stopped for a while), 36 (ended by the municipality), 37 (after a change request) and a missing
 * reason have no CBS category: they count in the denominator and in none of the five shares, so the
 * shares add up to less than 100 % by exactly those.
 */
enum Uitkomst {
    VOLGENS_PLAN, IN_OVERLEG, DOOR_CLIENT, DOOR_AANBIEDER, EXTERN;

    /** The CBS category of an iJw reason of ending, or null when it has none. */
    static Uitkomst van(String redenBeeindiging) {
        if (redenBeeindiging == null) {
            return null;
        }
        return switch (redenBeeindiging) {
            case "31", "39" -> VOLGENS_PLAN;
            case "34", "38" -> IN_OVERLEG;
            case "32" -> DOOR_CLIENT;
            case "33" -> DOOR_AANBIEDER;
            case "35", "02" -> EXTERN;
            default -> null;
        };
    }
}
