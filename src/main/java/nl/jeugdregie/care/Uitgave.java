package nl.jeugdregie.care;

import java.time.LocalDate;

/**
 * Invoice lines (JW323) taken together: those of one municipality, provider, product, period and
 * unit at one tariff, submitted on one date. Spend, late invoices and the tariffs an assigned
 * volume is valued at all follow from these.
 *
 * @param gemeld     the invoice's message date
 * @param tariefCent the product tariff in cents per unit
 * @param regels     how many lines
 * @param centen     their amounts summed, credit lines subtracted
 */
public record Uitgave(String gemeente, String aanbieder, String productcategorie, String productcode, LocalDate periodeBegin,
                      LocalDate periodeEinde, LocalDate gemeld, String eenheid, long tariefCent, long regels, long centen) {

    /** Lines that belong in the same group. */
    public record Groep(String gemeente, String aanbieder, String productcategorie, String productcode, LocalDate periodeBegin,
                        LocalDate periodeEinde, LocalDate gemeld, String eenheid, long tariefCent) {
    }

    public Groep groep() {
        return new Groep(gemeente, aanbieder, productcategorie, productcode, periodeBegin, periodeEinde, gemeld, eenheid,
                tariefCent);
    }

    public Uitgave plus(Uitgave andere) {
        return new Uitgave(gemeente, aanbieder, productcategorie, productcode, periodeBegin, periodeEinde, gemeld, eenheid,
                tariefCent, regels + andere.regels, centen + andere.centen);
    }
}
