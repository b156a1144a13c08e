package nl.jeugdregie.waiting.internal;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.jeugdregie.region.Aanbieder;
import nl.jeugdregie.region.Gemeente;
import nl.jeugdregie.region.RegioCatalogus;
import nl.jeugdregie.waiting.Wacht;
import org.springframework.stereotype.Component;

/** The waiting tables as pages, exports and the API show them, with readable names. */
@Component
class WachtTabellen {

    static final int MAANDEN = 24;

    /** Months of starts a provider's expectation is compared with. */
    static final int VERGELIJK_MAANDEN = 3;

    private final WachtService wachten;
    private final RegioCatalogus regio;
    private final VerwachtingOpslag verwachtingen;

    WachtTabellen(WachtService wachten, RegioCatalogus regio, VerwachtingOpslag verwachtingen) {
        this.wachten = wachten;
        this.regio = regio;
        this.verwachtingen = verwachtingen;
    }

    /** A provider's expected wait for a product beside the median wait of its care started in the last three months. */
    record Vergelijking(String aanbieder, String naam, String productcode, int verwachtDagen, String bevestigdDoor,
                        java.time.LocalDateTime bevestigdOp, Long gerealiseerdMediaan) {
    }

    /** Every provider's current expectations; the realised median is null before any care started. */
    List<Vergelijking> vergelijking() {
        Map<String, Long> medianen = wachten.peildatum()
                .map(p -> wachten.gerealiseerdeMedianen(p.minusMonths(VERGELIJK_MAANDEN))).orElse(Map.of());
        return verwachtingen.geldend().stream()
                .map(v -> new Vergelijking(v.aanbieder(), naam("aanbieder", v.aanbieder()), v.productcode(), v.dagen(),
                        v.bevestigdDoor(), v.bevestigdOp(), medianen.get(v.aanbieder() + "|" + v.productcode())))
                .toList();
    }

    /** Everything the pages show of the current lists within a choice. */
    record Huidig(WachtOverzicht.Groep totaal, WachtOverzicht.Signalen signalen, List<Lijst> lijsten, WachtOverzicht.Overlap overlap) {

        Lijst lijst(String dimensie) {
            return lijsten.stream().filter(l -> l.dimensie().equals(dimensie)).findFirst().orElseThrow();
        }
    }

    static final List<String> DIMENSIES = List.of("segment", "aanbieder", "product", "gemeente");

    /** The current lists of a choice; empty before any care fact arrived. */
    java.util.Optional<Huidig> huidig(WachtKeuze keuze) {
        return wachten.huidig(keuze, o -> new Huidig(o.totaal(), o.signalen(), DIMENSIES.stream().map(d -> lijst(o, d)).toList(),
                o.overlap(10)));
    }

    /** A table of the current list by one dimension, with readable names. */
    record Lijst(String dimensie, List<Rij> rijen) {
    }

    record Rij(String sleutel, String naam, WachtOverzicht.Groep groep) {
    }

    Lijst lijst(WachtOverzicht o, String dimensie) {
        Function<Wacht, String> sleutel = switch (dimensie) {
            case "segment" -> w -> w.segment().code();
            case "aanbieder" -> Wacht::aanbieder;
            case "product" -> Wacht::productcode;
            default -> Wacht::gemeente;
        };
        List<Rij> rijen = o.groepen(sleutel).stream().sorted(WachtOverzicht.grootsteEerst())
                .map(g -> new Rij(g.sleutel(), naam(dimensie, g.sleutel()), g)).toList();
        return new Lijst(dimensie, rijen);
    }

    String naam(String dimensie, String sleutel) {
        return switch (dimensie) {
            case "aanbieder" -> regio.regio().aanbieder(sleutel).map(Aanbieder::naam).orElse(sleutel);
            case "gemeente" -> regio.regio().gemeente(sleutel).map(Gemeente::naam).orElse(sleutel);
            case "product" -> regio.regio().producten().stream().filter(p -> p.code().equals(sleutel)).findFirst()
                    .map(p -> p.omschrijving()).orElse(sleutel);
            default -> sleutel;
        };
    }

    List<WachtOverzicht.Maand> gerealiseerd(WachtKeuze keuze) {
        YearMonth tot = wachten.peildatum().map(YearMonth::from).orElse(YearMonth.now());
        return wachten.gerealiseerd(keuze, tot.minusMonths(MAANDEN - 1), tot);
    }

}
