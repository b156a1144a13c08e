package nl.jeugdregie.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Comparator;
import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.messages.BerichtBron;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.jeugdregie.capacity.Plaatsen;
import nl.jeugdregie.demo.internal.DemoPlaatsingen;
import nl.jeugdregie.demo.internal.DemoVerkeer;
import nl.jeugdregie.placement.Plaatsingen;
import nl.jeugdregie.region.Kalender;
import nl.jeugdregie.region.RegioCatalogus;
import org.springframework.stereotype.Service;

/**
 * The demo region: six calendar years of synthetic iJw traffic for the loaded region up to
 * yesterday, one zip per month of issue, generated from a fixed seed so every run on the same day
 * gives the same region (and a run tomorrow the same region one day further).
 */
@Service
public class DemoRegio {

    public static final long SEED = 20240101L;

    public record Samenvatting(long berichten, long bestanden) {
    }

    private final RegioCatalogus regio;
    private final Plaatsen plaatsen;
    private final Plaatsingen plaatsingen;
    private final Kalender kalender;

    public DemoRegio(RegioCatalogus regio, Plaatsen plaatsen, Plaatsingen plaatsingen, Kalender kalender) {
        this.kalender = kalender;
        this.regio = regio;
        this.plaatsen = plaatsen;
        this.plaatsingen = plaatsingen;
    }

    /**
     * Half a year of place reports per location and two months of placement requests up to now,
     * unless providers have reported places already.
     *
     * @return reports and requests made; both 0 when there was history
     */
    public int[] laadPlaatsingen() {
        if (plaatsen.alle().stream().anyMatch(b -> b.bevestigdOp() != null)) {
            return new int[] {0, 0};
        }
        return new DemoPlaatsingen(regio.regio(), plaatsen, plaatsingen, SEED).maak(java.time.LocalDateTime.now(kalender.klok()),
                demoAanbieder().agb());
    }

    /**
     * The provider whose planner the demo signs in as: the one with the most locations, so places,
     * reservations and its waiting list can all be tried.
     */
    public nl.jeugdregie.region.Aanbieder demoAanbieder() {
        java.util.Map<String, Long> locaties = regio.regio().voorzieningen().stream()
                .collect(java.util.stream.Collectors.groupingBy(nl.jeugdregie.region.Voorziening::aanbieder,
                        java.util.stream.Collectors.counting()));
        return regio.regio().aanbieders().stream()
                .max(Comparator.comparingLong((nl.jeugdregie.region.Aanbieder a) -> locaties.getOrDefault(a.agb(), 0L)))
                .orElseThrow();
    }

    public Samenvatting genereer(Path map) {
        return genereer(map, 1.0);
    }

    /** The same region at a fraction of its volume, for tests and quick looks. */
    public Samenvatting genereer(Path map, double schaal) {
        return genereer(map, schaal, kalender.vandaag().minusDays(1));
    }

    /** The region's traffic up to and including {@code einde}. */
    public Samenvatting genereer(Path map, double schaal, LocalDate einde) {
        return schrijf(map, DemoVerkeer.maak(regio.regio(), SEED, schaal, einde));
    }

    /** New youths starting care on {@code dag}, two messages each, as sources for the intake. */
    public List<BerichtBron> nieuweStarts(long seed, int aantal, LocalDate dag) {
        return DemoVerkeer.nieuweStarts(regio.regio(), seed, aantal, dag).stream()
                .map(b -> BerichtBron.van(b.naam(), b.inhoud().getBytes(StandardCharsets.UTF_8)))
                .toList();
    }

    private static Samenvatting schrijf(Path map, List<DemoVerkeer.Bestand> bestanden) {
        Map<YearMonth, List<DemoVerkeer.Bestand>> perMaand = bestanden.stream()
                .collect(Collectors.groupingBy(b -> YearMonth.from(b.dagtekening()), TreeMap::new, Collectors.toList()));
        try {
            Path tijdelijk = map.resolveSibling(map.getFileName() + ".tmp");
            Files.createDirectories(tijdelijk);
            for (Map.Entry<YearMonth, List<DemoVerkeer.Bestand>> maand : perMaand.entrySet()) {
                try (OutputStream uit = Files.newOutputStream(tijdelijk.resolve(maand.getKey() + ".zip"));
                     ZipOutputStream zip = new ZipOutputStream(uit)) {
                    for (DemoVerkeer.Bestand b : maand.getValue().stream()
                            .sorted(Comparator.comparing(DemoVerkeer.Bestand::dagtekening)).toList()) {
                        zip.putNextEntry(new ZipEntry(b.dagtekening() + "/" + b.naam()));
                        zip.write(b.inhoud().getBytes(StandardCharsets.UTF_8));
                        zip.closeEntry();
                    }
                }
            }
            Files.move(tijdelijk, map);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Samenvatting(bestanden.size(), perMaand.size());
    }
}
