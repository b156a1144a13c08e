package nl.jeugdregie.indicators.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.jeugdregie.indicators.Doorsnede;
import nl.jeugdregie.indicators.Periode;
import nl.jeugdregie.messages.BerichtenOverzicht;

/**
 * Which months are complete, per municipality, from how far its messages reach (the latest
 * dagtekening received). A month is complete once the data reach {@value #VOLLEDIG_NA_DAGEN} days
 * past its end: starts and stops are due within 5 working days, invoices normally follow within a
 * month. Later months are provisional: shown and marked, never compared with a year earlier as if
 * final, never judged for signals. Very late invoices (a few percent come after three months) can
 * still change a complete month's spend; the data-quality indicators show how many.
 *
 * <p>The region, and the providers (region-wide), are complete up to the earliest complete month of
 * the municipalities that deliver: a region total is only final when every part is. A municipality
 * that has delivered nothing yet does not hold the region back (its absence shows in the "data up
 * to" table) and its own values count as provisional throughout.
 *
 * @param perGemeente the last complete month per CBS code
 * @param regio       the last complete month of the region; null when nothing arrived yet
 */
record Volledigheid(Map<String, YearMonth> perGemeente, YearMonth regio) {

    static final int VOLLEDIG_NA_DAGEN = 30;

    static Volledigheid onbekend() {
        return new Volledigheid(Map.of(), null);
    }

    static Volledigheid uit(List<BerichtenOverzicht.Aanlevering> aanleveringen) {
        Map<String, YearMonth> perGemeente = new HashMap<>();
        YearMonth regio = null;
        for (BerichtenOverzicht.Aanlevering a : aanleveringen) {
            if (a.laatsteDagtekening() == null) {
                continue;
            }
            YearMonth volledig = laatsteVolledige(a.laatsteDagtekening());
            perGemeente.put(a.gemeente(), volledig);
            regio = regio == null || volledig.isBefore(regio) ? volledig : regio;
        }
        return new Volledigheid(Map.copyOf(perGemeente), regio);
    }

    /** The last month whose end lies at least {@value #VOLLEDIG_NA_DAGEN} days before {@code bereik}. */
    static YearMonth laatsteVolledige(LocalDate bereik) {
        YearMonth m = YearMonth.from(bereik);
        while (m.atEndOfMonth().plusDays(VOLLEDIG_NA_DAGEN).isAfter(bereik)) {
            m = m.minusMonths(1);
        }
        return m;
    }

    /** The last complete month of a slice; null when nothing arrived at all (then nothing is marked). */
    YearMonth laatsteVolledige(Doorsnede d) {
        if (d.perAanbieder() || d.gemeente().equals(nl.jeugdregie.indicators.Waarde.REGIO)) {
            return regio;
        }
        YearMonth eigen = perGemeente.get(d.gemeente());
        return eigen != null ? eigen : regio == null ? null : YearMonth.of(1, 1);
    }

    /** Whether the period beginning at {@code begin} reaches past the slice's last complete month. */
    boolean voorlopig(Doorsnede d, Periode periode, YearMonth begin) {
        YearMonth grens = laatsteVolledige(d);
        return grens != null && begin.plusMonths(periode.maanden() - 1L).isAfter(grens);
    }
}
