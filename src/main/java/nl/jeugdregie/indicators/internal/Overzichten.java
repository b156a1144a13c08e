package nl.jeugdregie.indicators.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.jeugdregie.indicators.Doorsnede;
import nl.jeugdregie.indicators.Indicator;
import nl.jeugdregie.indicators.Indicatoren;
import nl.jeugdregie.indicators.Periode;
import nl.jeugdregie.indicators.Signaal;
import nl.jeugdregie.indicators.Waarde;
import nl.jeugdregie.region.Aanbieder;
import nl.jeugdregie.region.Gemeente;
import nl.jeugdregie.region.RegioCatalogus;
import org.springframework.stereotype.Component;

/** The monitor's tables — dashboard, municipalities and providers side by side — for the pages and their exports alike. */
@Component
class Overzichten {

    private final Indicatoren indicatoren;
    private final RegioCatalogus regio;

    Overzichten(Indicatoren indicatoren, RegioCatalogus regio) {
        this.indicatoren = indicatoren;
        this.regio = regio;
    }

    /**
     * One dashboard row: the slice's last complete month, the same month a year earlier, the change
     * (none across a change of sign: a percentage of a negative base says nothing), a year of months
     * for the sparkline.
     */
    record Regel(Indicator indicator, String segment, YearMonth maand, Double waarde, Double jaarEerder, Double verandering,
                 long signalen, String sparkline) {
    }

    /** The dashboard rows by theme, in catalogue order; empty before anything was computed. */
    Map<String, List<Regel>> dashboard(Keuze keuze) {
        List<Signaal> signalen = keuze.perAanbieder() ? List.of() : indicatoren.signalen(keuze.gemeente());
        Map<String, List<Regel>> perThema = new LinkedHashMap<>();
        indicatoren.stand().ifPresent(s -> {
            for (Indicator i : indicatoren.catalogus()) {
                String segment = Keuze.standaardSegment(i);
                Doorsnede d = new Doorsnede(keuze.gemeente(), keuze.aanbieder(), segment);
                YearMonth maand = indicatoren.laatsteVolledigeMaand(d).orElse(s.laatsteMaand());
                List<Waarde> reeks = indicatoren.reeks(i.code(), d, Periode.MAAND, maand.minusMonths(12), maand);
                Double nu = waardeIn(reeks, maand);
                Double toen = waardeIn(reeks, maand.minusMonths(12));
                perThema.computeIfAbsent(i.thema(), k -> new ArrayList<>()).add(new Regel(i, segment, maand, nu, toen,
                        verandering(nu, toen), signalen.stream().filter(sg -> sg.indicator().equals(i.code())).count(),
                        sparkline(reeks)));
            }
        });
        return perThema;
    }

    /** One municipality's value, and for counts the value per 1,000 youths 0–17 so small and large compare. */
    record GemeenteRij(String code, String naam, Double waarde, int jeugdigen, Double per1000) {
    }

    List<GemeenteRij> perGemeente(String code, Keuze keuze, YearMonth periode) {
        Map<String, Waarde> waarden = new LinkedHashMap<>();
        indicatoren.perGemeente(code, keuze.segment(), keuze.periode(), periode).forEach(w -> waarden.put(w.gemeente(), w));
        List<GemeenteRij> rijen = new ArrayList<>();
        for (Gemeente g : regio.regio().gemeenten()) {
            Waarde w = waarden.get(g.code());
            Double waarde = w == null ? null : w.waarde();
            Double per1000 = w == null || w.noemer() != null || waarde == null || g.jeugdigen() == 0 ? null
                    : Math.round(waarde * 10_000.0 / g.jeugdigen()) / 10.0;
            rijen.add(new GemeenteRij(g.code(), g.naam(), waarde, g.jeugdigen(), per1000));
        }
        return rijen;
    }

    record AanbiederRij(String agb, String naam, Double waarde, long teller, Long noemer) {
    }

    /** Providers with something to show, those the user may see. */
    List<AanbiederRij> perAanbieder(String code, Keuze keuze, YearMonth periode, Zicht zicht) {
        return indicatoren.perAanbieder(code, keuze.segment(), keuze.periode(), periode).stream()
                .filter(w -> zicht.magAanbieder(w.aanbieder()))
                .filter(w -> w.teller() != 0 || (w.noemer() != null && w.noemer() != 0))
                .map(w -> new AanbiederRij(w.aanbieder(), regio.regio().aanbieder(w.aanbieder()).map(Aanbieder::naam)
                        .orElse(w.aanbieder()), w.waarde(), w.teller(), w.noemer()))
                .toList();
    }

    /** An inline SVG polyline of up to thirteen months; null when there is nothing to draw. */
    static String sparkline(List<Waarde> reeks) {
        List<Double> punten = reeks.stream().map(Waarde::waarde).toList();
        double min = punten.stream().filter(Objects::nonNull).mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
        double max = punten.stream().filter(Objects::nonNull).mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        if (Double.isNaN(min) || punten.size() < 2) {
            return null;
        }
        StringBuilder pad = new StringBuilder();
        for (int i = 0; i < punten.size(); i++) {
            if (punten.get(i) != null) {
                double y = max == min ? 10 : 18 - (punten.get(i) - min) / (max - min) * 16;
                pad.append(pad.isEmpty() ? "" : " ").append(i * 80 / (punten.size() - 1)).append(',')
                        .append(Math.round(y * 10) / 10.0);
            }
        }
        return pad.toString();
    }

    /** The change in percent, one decimal; none from zero, and none across a change of sign. */
    static Double verandering(Double nu, Double toen) {
        if (nu == null || toen == null || toen == 0 || Math.signum(nu) * Math.signum(toen) < 0) {
            return null;
        }
        return Math.round((nu - toen) * 1000.0 / Math.abs(toen)) / 10.0;
    }

    private static Double waardeIn(List<Waarde> reeks, YearMonth maand) {
        return reeks.stream().filter(w -> w.maand().equals(maand)).findFirst().map(Waarde::waarde).orElse(null);
    }
}
