package nl.jeugdregie.region;

import java.util.List;
import java.util.Optional;

/** The region's reference data: municipalities, providers, product codes and facilities. */
public record Regio(String code, String naam, String bron, List<Gemeente> gemeenten, List<Aanbieder> aanbieders,
                    List<Product> producten, List<Voorziening> voorzieningen) {

    public Regio {
        gemeenten = List.copyOf(gemeenten);
        aanbieders = aanbieders == null ? List.of() : List.copyOf(aanbieders);
        producten = producten == null ? List.of() : List.copyOf(producten);
        voorzieningen = voorzieningen == null ? List.of() : List.copyOf(voorzieningen);
    }

    /** Looks a municipality up by the four-digit code iJw messages carry. */
    public Optional<Gemeente> gemeenteVoorIjwCode(String ijwCode) {
        return gemeenten.stream().filter(g -> g.ijwCode().equals(ijwCode)).findFirst();
    }

    public Optional<Gemeente> gemeente(String cbsCode) {
        return gemeenten.stream().filter(g -> g.code().equals(cbsCode)).findFirst();
    }

    public Optional<Aanbieder> aanbieder(String agb) {
        return aanbieders.stream().filter(a -> a.agb().equals(agb)).findFirst();
    }

    public int jeugdigen() {
        return gemeenten.stream().mapToInt(Gemeente::jeugdigen).sum();
    }
}
