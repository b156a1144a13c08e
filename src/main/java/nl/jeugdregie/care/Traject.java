package nl.jeugdregie.care;

import java.time.LocalDate;
import nl.jeugdregie.region.Hulpvorm;
import nl.jeugdregie.region.Segment;

/**
 * A youth-care trajectory by the CBS definition: one youth, one care form, one provider, from the
 * first start to the last stop of the care periods that overlap or follow each other without a gap.
 *
 * @param einddatum        null while care goes on
 * @param gestartMetCrisis its own care began with crisis care (its first period is a crisis product; CBS 3.4)
 * @param verwijzer        COD327 referrer code; 01 (municipal access) when no request names another
 * @param productcodes     every product of its periods, comma-separated, those taken into a stay among them
 * @param deelperioden     its care periods as reported, "product begin..end" separated by "; " (open end
 *                         empty), including the other care forms the same provider delivered during a stay
 */
public record Traject(String jeugdige, String gemeente, String aanbieder, Hulpvorm hulpvorm, Segment segment,
                      LocalDate begindatum, LocalDate einddatum, boolean gestartMetCrisis, String verwijzer,
                      String redenBeeindiging, LocalDate geboortedatum, String productcodes, String deelperioden) {

    /** A trajectory whose periods are not recorded (synthetic and hand-built ones). */
    public Traject(String jeugdige, String gemeente, String aanbieder, Hulpvorm hulpvorm, Segment segment,
                   LocalDate begindatum, LocalDate einddatum, boolean gestartMetCrisis, String verwijzer,
                   String redenBeeindiging, LocalDate geboortedatum, String productcodes) {
        this(jeugdige, gemeente, aanbieder, hulpvorm, segment, begindatum, einddatum, gestartMetCrisis, verwijzer,
                redenBeeindiging, geboortedatum, productcodes, null);
    }
}
