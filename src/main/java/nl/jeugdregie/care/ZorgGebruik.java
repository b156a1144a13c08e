package nl.jeugdregie.care;

import java.util.List;

/** Read side of the care facts, for pages, exports and the command line. */
public interface ZorgGebruik {

    long aantalTrajecten();

    /** Years in which any trajectory runs, ascending. */
    List<Integer> jaren();

    /** Per year, municipality and segment; youths in care in two segments count in both. */
    List<JeugdigenInZorg> jeugdigenInZorg();

    /** Distinct youths per year and segment for the whole region (gemeente null) or one municipality. */
    List<JeugdigenInZorg> jeugdigenPerSegment(String gemeente);

    /** Distinct youths per year for the whole region or one municipality (null: region), all segments together. */
    List<JeugdigenInZorg> jeugdigenTotaal(String gemeente);

    /** Distinct youths in care in a year per municipality, all segments together. */
    java.util.Map<String, Long> jeugdigenTotaalPerGemeente(int jaar);
}
