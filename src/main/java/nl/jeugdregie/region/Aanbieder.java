package nl.jeugdregie.region;

import java.util.List;

/** A care provider, identified by its AGB code, with the product codes it delivers in the region. */
public record Aanbieder(String agb, String naam, List<String> producten) {

    public Aanbieder {
        producten = producten == null ? List.of() : List.copyOf(producten);
    }
}
