package nl.jeugdregie.indicators.internal;

import java.util.Map;
import java.util.function.BiFunction;
import nl.jeugdregie.region.ProductIndeling;

/**
 * What an assigned volume is worth: the tariff the provider's invoices use most for the product
 * and unit, and where the product counts. Fixed for one computation, so a youth's contribution can
 * be taken out again exactly as it was put in.
 */
record Waardering(Map<String, Long> tarieven, BiFunction<String, String, ProductIndeling> indeling) {

    static final Waardering GEEN = new Waardering(Map.of(), (c, p) -> null);

    Long tarief(String aanbieder, String productcode, String eenheid) {
        return tarieven.get(aanbieder + "|" + productcode + "|" + eenheid);
    }
}
