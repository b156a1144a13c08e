package nl.jeugdregie.region;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The loaded region with fast look-ups for the intake's hot path. */
public final class RegioCatalogus {

    private final Regio regio;
    private final Map<String, Product> productenPerCode;
    private final Map<String, Gemeente> gemeentenPerIjwCode;
    private final Map<String, Aanbieder> aanbiedersPerAgb;

    public RegioCatalogus(Regio regio) {
        this.regio = regio;
        this.productenPerCode = regio.producten().stream()
                .collect(Collectors.toUnmodifiableMap(Product::code, Function.identity(), (a, b) -> a));
        this.gemeentenPerIjwCode = regio.gemeenten().stream()
                .collect(Collectors.toUnmodifiableMap(Gemeente::ijwCode, Function.identity()));
        this.aanbiedersPerAgb = regio.aanbieders().stream()
                .collect(Collectors.toUnmodifiableMap(Aanbieder::agb, Function.identity(), (a, b) -> a));
    }

    public Regio regio() {
        return regio;
    }

    public Optional<Gemeente> gemeenteVoorIjwCode(String ijwCode) {
        return Optional.ofNullable(gemeentenPerIjwCode.get(ijwCode));
    }

    public boolean kentAanbieder(String agb) {
        return aanbiedersPerAgb.containsKey(agb);
    }

    /** Care form and segment of a product; codes outside the region's list fall back on their JZ020 category. */
    public ProductIndeling deel(String categorie, String code) {
        Product product = code == null ? null : productenPerCode.get(code);
        if (product != null) {
            return new ProductIndeling(product.categorie(), code, Hulpvorm.ofCode(product.hulpvorm()),
                    Segment.ofCode(product.segment()), true);
        }
        String cat = categorie == null ? "" : categorie;
        return new ProductIndeling(cat, code, Hulpvorm.forCategory(cat), Segment.forCategory(cat), false);
    }
}
