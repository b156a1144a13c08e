package nl.jeugdregie.region;

import java.util.List;

/**
 * A provider location where youths stay (foster care, family home, residential group, …).
 *
 * @param zorgvorm    pleegzorg, gezinshuis, kleinschalig-wonen, begeleid-wonen, open-residentieel,
 *                    3-milieu, jeugdzorgplus or crisisplek
 * @param lat         latitude of the location, or of its four-digit postcode's centre (WGS84)
 * @param doelgroepen jeugd-opvoeding, lvb, ggz, verslaving
 * @param geslacht    alle, m or v
 * @param school      op-locatie, nabij or geen
 */
public record Voorziening(String id, String aanbieder, String naam, String gemeente, String postcode,
                          String zorgvorm, String productcode, int capaciteit, String adres, Double lat, Double lon,
                          List<String> doelgroepen, Integer leeftijdVan, Integer leeftijdTot, String geslacht,
                          String school) {

    /** The care forms of stay, from home-like to closed: the order every table lists them in. */
    public static final List<String> ZORGVORMEN = List.of("pleegzorg", "gezinshuis", "kleinschalig-wonen", "begeleid-wonen",
            "open-residentieel", "3-milieu", "jeugdzorgplus", "crisisplek");

    /** Foster care and family homes: the family-like forms placements prefer. */
    public static final List<String> GEZINSVORMEN = List.of("pleegzorg", "gezinshuis");

    public static final List<String> DOELGROEPEN = List.of("jeugd-opvoeding", "lvb", "ggz", "verslaving");

    public Voorziening {
        doelgroepen = doelgroepen == null ? List.of() : List.copyOf(doelgroepen);
        geslacht = geslacht == null ? "alle" : geslacht;
        school = school == null ? "nabij" : school;
    }
}
