package nl.jeugdregie.demo.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
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

    public static List<Bestand> maak(Regio regio, long seed, double schaal) {
        List<Generator.DemoBericht> berichten = new Generator(regio, seed, schaal).genereer();
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
                bestanden.add(new Bestand(b.dagtekening().plusDays(kans.tussen(1, 20)), "opnieuw_" + b.naam(), xml));
            }
        }
        return bestanden;
    }
}
