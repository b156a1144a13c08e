package nl.jeugdregie.care;

import java.time.LocalDate;

/**
 * A product as it is assigned now: the latest version of an assignment (by assignment date and
 * time), unless that version removed it.
 *
 * @param einde      null while open-ended
 * @param volume     null for an assignment without a size
 * @param frequentie WMO757: 1 per day, 2 per week, 4 per month, 6 in total over the assignment
 */
public record Toegewezen(String jeugdige, String gemeente, String aanbieder, String productcategorie, String productcode,
                         LocalDate ingang, LocalDate einde, Long volume, String eenheid, String frequentie) {
}
