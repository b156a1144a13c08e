package nl.jeugdregie.placement.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import nl.jeugdregie.capacity.Plaatsen;
import nl.jeugdregie.care.Traject;
import nl.jeugdregie.care.TrajectenBijgewerkt;
import nl.jeugdregie.care.ZorgGebruik;
import nl.jeugdregie.region.Gemeente;
import nl.jeugdregie.region.Product;
import nl.jeugdregie.region.RegioCatalogus;
import nl.jeugdregie.region.Segment;
import nl.jeugdregie.region.Voorziening;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts a request to the matching: home and school placed on the map by their postcodes, the
 * providers caring for the youth now, and each location's breakdown rate from the trajectories.
 */
@Component
class Kandidaten {

    /** A stay ended within this many days of its start counts as broken down. */
    static final int UITVAL_DAGEN = 90;
    /** Below this many ended stays a location's breakdown rate says too little to rank on. */
    static final int UITVAL_MINIMUM = 5;

    private final Plaatsen plaatsen;
    private final ZorgGebruik zorg;
    private final RegioCatalogus regio;
    private volatile Map<String, Double> uitval;

    Kandidaten(Plaatsen plaatsen, ZorgGebruik zorg, RegioCatalogus regio) {
        this.plaatsen = plaatsen;
        this.zorg = zorg;
        this.regio = regio;
    }

    @Transactional(readOnly = true)
    public Matching.Uitkomst zoek(Verzoek v) {
        return Matching.zoek(vraag(v), plaatsen.alle(), uitval());
    }

    /** What the matching needs of a request; reads the youth's current providers. */
    @Transactional(readOnly = true)
    public Matching.Vraag vraag(Verzoek v) {
        Set<String> huidige = new HashSet<>();
        LocalDate vandaag = LocalDate.now();
        for (Traject t : zorg.trajectenVan(v.jeugdige())) {
            if (t.einddatum() == null || !t.einddatum().isBefore(vandaag.minusMonths(3))) {
                huidige.add(t.aanbieder());
            }
        }
        return new Matching.Vraag(v.zorgvormen(), v.doelgroep(), v.geboortedatum(), v.geslacht(), v.broersZussen(),
                v.gewenstPer(), v.gemeente(), positie(v.postcode(), v.gemeente()), positie(v.schoolPostcode(), null), huidige);
    }

    /** Days between the recorded placement and a trajectory's start that still count as the same stay. */
    static final int KOPPEL_DAGEN = 14;

    /**
     * The youth's trajectory at the placed location's provider that began within
     * {@value #KOPPEL_DAGEN} days of the placement, once its assignment and start messages arrived.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<Traject> traject(Verzoek v) {
        if (v.geplaatstLocatie() == null || v.geplaatstPer() == null) {
            return java.util.Optional.empty();
        }
        String aanbieder = regio.regio().voorzieningen().stream().filter(l -> l.id().equals(v.geplaatstLocatie()))
                .map(Voorziening::aanbieder).findFirst().orElse("");
        return zorg.trajectenVan(v.jeugdige()).stream()
                .filter(t -> t.aanbieder().equals(aanbieder)
                        && Math.abs(java.time.temporal.ChronoUnit.DAYS.between(v.geplaatstPer(), t.begindatum())) <= KOPPEL_DAGEN)
                .min(java.util.Comparator.comparing(t -> Math.abs(java.time.temporal.ChronoUnit.DAYS.between(v.geplaatstPer(), t.begindatum()))));
    }

    /** A postcode's position: the centre of the municipality whose postcode areas hold it, else of {@code gemeente}. */
    double[] positie(String postcode, String gemeente) {
        Gemeente g = regio.regio().gemeenten().stream().filter(x -> x.omvat(postcode)).findFirst()
                .or(() -> gemeente == null ? java.util.Optional.empty() : regio.regio().gemeente(gemeente)).orElse(null);
        return g == null || g.lat() == null || g.lon() == null ? null : new double[] {g.lat(), g.lon()};
    }

    @EventListener
    public void opTrajectenBijgewerkt(TrajectenBijgewerkt event) {
        uitval = null;
    }

    /**
     * Per location, the share of its provider's ended stays in the location's care form that ended
     * within {@value #UITVAL_DAGEN} days, in percent; locations with fewer than
     * {@value #UITVAL_MINIMUM} ended stays get none.
     */
    Map<String, Double> uitval() {
        Map<String, Double> bekend = uitval;
        if (bekend != null) {
            return bekend;
        }
        Map<String, String> hulpvormPerProduct = new HashMap<>();
        regio.regio().producten().forEach((Product p) -> hulpvormPerProduct.put(p.code(), p.hulpvorm()));
        Map<String, int[]> telling = new HashMap<>();
        zorg.elkTraject(t -> {
            if (t.einddatum() != null && t.segment() == Segment.VERBLIJF) {
                int[] c = telling.computeIfAbsent(t.aanbieder() + "|" + t.hulpvorm().code(), k -> new int[2]);
                c[0]++;
                if (java.time.temporal.ChronoUnit.DAYS.between(t.begindatum(), t.einddatum()) < UITVAL_DAGEN) {
                    c[1]++;
                }
            }
        });
        Map<String, Double> uit = new HashMap<>();
        for (Voorziening v : regio.regio().voorzieningen()) {
            int[] c = telling.get(v.aanbieder() + "|" + hulpvormPerProduct.get(v.productcode()));
            if (c != null && c[0] >= UITVAL_MINIMUM) {
                uit.put(v.id(), Math.round(c[1] * 1000.0 / c[0]) / 10.0);
            }
        }
        uitval = uit;
        return uit;
    }
}
