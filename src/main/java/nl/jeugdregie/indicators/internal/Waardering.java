package nl.jeugdregie.indicators.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import nl.jeugdregie.care.Uitgave;
import nl.jeugdregie.region.ProductIndeling;
import nl.jeugdregie.waiting.Wachtnorm;

/**
 * What an assigned volume is worth — the tariff the provider's invoices use most for the product
 * and unit —, where a product counts, and the waiting norms a wait is judged by. Fixed for one
 * computation, so a youth's contribution can be taken out again exactly as it was put in.
 */
record Waardering(Map<String, Long> tarieven, BiFunction<String, String, ProductIndeling> indeling,
                  Map<String, Wachtnorm> wachtnormen) {

    static final Waardering GEEN = new Waardering(Map.of(), (c, p) -> null, Map.of());

    /** The tariff most invoice lines use, per provider, product and unit. */
    static Waardering uit(List<Uitgave> uitgaven, BiFunction<String, String, ProductIndeling> indeling,
                          Map<String, Wachtnorm> wachtnormen) {
        Map<String, Map<Long, Long>> regelsPerTarief = new HashMap<>();
        for (Uitgave u : uitgaven) {
            regelsPerTarief.computeIfAbsent(u.aanbieder() + "|" + u.productcode() + "|" + u.eenheid(), k -> new HashMap<>())
                    .merge(u.tariefCent(), u.regels(), Long::sum);
        }
        Map<String, Long> tarieven = new HashMap<>();
        regelsPerTarief.forEach((k, perTarief) -> tarieven.put(k, perTarief.entrySet().stream()
                .max(Map.Entry.<Long, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .orElseThrow().getKey()));
        return new Waardering(tarieven, indeling, wachtnormen);
    }

    Long tarief(String aanbieder, String productcode, String eenheid) {
        return tarieven.get(aanbieder + "|" + productcode + "|" + eenheid);
    }
}
