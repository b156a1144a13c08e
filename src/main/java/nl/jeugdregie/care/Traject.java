package nl.jeugdregie.care;

import java.time.LocalDate;
import nl.jeugdregie.region.Hulpvorm;
import nl.jeugdregie.region.Segment;

/**
 * A youth-care trajectory by the CBS definition: one youth, one care form, one provider, from the
 * first start to the last stop of the care periods that overlap or follow each other without a gap.
 *
 * @param einddatum        null while care goes on
 * @param gestartMetCrisis the trajectory began with crisis care (its own first period, or a crisis
 *                         trajectory that ran into its start)
 * @param verwijzer        COD327 referrer code; 01 (municipal access) when no request names another
 */
public record Traject(String jeugdige, String gemeente, String aanbieder, Hulpvorm hulpvorm, Segment segment,
                      LocalDate begindatum, LocalDate einddatum, boolean gestartMetCrisis, String verwijzer,
                      String redenBeeindiging, LocalDate geboortedatum, String productcodes) {
}
