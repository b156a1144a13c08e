package nl.jeugdregie.care;

import java.time.LocalDate;

/** Invoiced euro cents (credit lines subtracted) for one municipality, provider, product and invoice period start. */
public record Uitgave(String gemeente, String aanbieder, String productcategorie, String productcode, LocalDate periodeBegin,
                      long centen) {
}
