package nl.jeugdregie.demo.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import nl.jeugdregie.region.Aanbieder;
import nl.jeugdregie.region.Gemeente;
import nl.jeugdregie.region.Product;
import nl.jeugdregie.region.Regio;

/** The generated traffic with the faults real traffic has: a few broken messages and resent duplicates. */
public final class DemoVerkeer {

    /** One file of the demo traffic; {@link #inhoud()} makes its text. */
    public record Bestand(LocalDate dagtekening, String naam, Supplier<String> tekst) {

        public String inhoud() {
            return tekst.get();
        }
    }

    private DemoVerkeer() {
    }

    /** Six calendar years of traffic up to and including {@code einde}; the same seed and day give the same files. */
    public static List<Bestand> maak(Regio regio, long seed, double schaal, LocalDate einde) {
        List<Generator.DemoBericht> berichten = new Generator(regio, seed, schaal, einde).genereer();
        Kansen kans = new Kansen(seed + 1);
        List<Bestand> bestanden = new ArrayList<>(berichten.size() + 1000);
        for (Generator.DemoBericht b : berichten) {
            Supplier<String> xml = b.xml();
            if (kans.kans(0.0004)) {
                xml = () -> {
                    String heel = b.xml().get();
                    return heel.substring(0, heel.length() / 2);
                };
            } else if (kans.kans(0.0002)) {
                xml = () -> b.xml().get().replaceFirst("<ijw:Dagtekening>(\\d{4})-\\d{2}-\\d{2}<", "<ijw:Dagtekening>$1-02-30<");
            }
            bestanden.add(new Bestand(b.dagtekening(), b.naam(), xml));
            if (kans.kans(0.003)) {
                LocalDate opnieuw = b.dagtekening().plusDays(kans.tussen(1, 20));
                if (!opnieuw.isAfter(einde)) {
                    bestanden.add(new Bestand(opnieuw, "opnieuw_" + b.naam(), xml));
                }
            }
        }
        return bestanden;
    }

    /**
     * Live traffic after the demo's six years: per new youth an assignment (JW301) and its care
     * start (JW305) on {@code dag}, with identifications no demo message uses — for measuring how
     * fast one message reaches the figures.
     */
    public static List<Bestand> nieuweStarts(Regio regio, long seed, int aantal, LocalDate dag) {
        Kansen kans = new Kansen(seed);
        List<Bestand> bestanden = new ArrayList<>(2 * aantal);
        for (int i = 0; i < aantal; i++) {
            Gemeente gemeente = regio.gemeenten().get(kans.tussen(0, regio.gemeenten().size() - 1));
            Aanbieder aanbieder = regio.aanbieders().get(kans.tussen(0, regio.aanbieders().size() - 1));
            Product product = regio.producten().stream().filter(p -> aanbieder.producten().contains(p.code())).findFirst()
                    .orElse(regio.producten().getFirst());
            IjwSchrijver.Client client = new IjwSchrijver.Client(kans.bsn(), dag.minusYears(kans.tussen(4, 16)), "1", "7601AA");
            long nummer = 900_000_000L + seed % 1000 * 1000 + i;
            String id = "L" + seed + "-" + i;
            IjwSchrijver.Toegewezen t = new IjwSchrijver.Toegewezen(nummer, null, product.categorie(), product.code(), dag,
                    LocalTime.of(9, 0), dag, null, null, 10, "04", "4");
            IjwSchrijver.Regel start = new IjwSchrijver.Regel(nummer, product.categorie(), product.code(), dag, dag, null, null);
            String g = gemeente.ijwCode();
            bestanden.add(new Bestand(dag, "JW301_" + id + ".xml",
                    () -> IjwSchrijver.jw301(g, aanbieder.agb(), id, dag, client, List.of(t))));
            bestanden.add(new Bestand(dag, "JW305_" + id + ".xml",
                    () -> IjwSchrijver.jw305(aanbieder.agb(), g, id, dag, client, List.of(start))));
        }
        return bestanden;
    }
}
