package nl.jeugdregie.indicators.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.jeugdregie.indicators.Koers;
import nl.jeugdregie.indicators.Signaal;
import nl.jeugdregie.indicators.Waarde;

/**
 * Signals on a monthly series of complete months, judged against the series' own course so that
 * steady growth or a summer dip is no alarm, and a real change of level is:
 * <ul>
 * <li>expected value of month t: the same month a year earlier plus the year's drift — the mean of
 *     the 12 months before t minus the mean of the 12 before those (seasonal naive with drift). A
 *     straight trend and a repeating season are met exactly;</li>
 * <li>spread: the same rule's deviations over the 12 months before t, robustly (1.4826 × the median
 *     absolute deviation), at least 2 % of the level and at least 1 (one youth, one percentage point),
 *     so a perfectly smooth series does not make every wobble a signal;</li>
 * <li>rules on the last 12 months: a month beyond 3 × the spread from its expectation; eight months
 *     in a row on the same side of their expectations, each by more than half the spread (on the bare
 *     side alone, noise makes such a run in about one series in ten a year). Each rule raises at most one signal per series,
 *     in the latest month it holds, so a lasting shift reads as one signal and not twelve;</li>
 * <li>series averaging under 5 over the baseline are not judged: a handful moves by chance.</li>
 * </ul>
 * A month needs the 24 before it, so the rules start in a series' 37th month.
 */
final class SignaalDetectie {

    static final int BASISLIJN = 24;
    static final int VENSTER = 12;
    static final double MINIMUM_NIVEAU = 5;
    static final double GRENS = 3;

    private SignaalDetectie() {
    }

    /** @param reeks monthly values up to the last complete month, oldest first, without gaps */
    static List<Signaal> detecteer(List<Waarde> reeks, Koers koers) {
        List<Signaal> signalen = new ArrayList<>();
        List<Waarde> gevuld = reeks.stream().filter(w -> w.waarde() != null).toList();
        if (gevuld.size() >= BASISLIJN + VENSTER) {
            double[] y = gevuld.stream().mapToDouble(Waarde::waarde).toArray();
            double niveau = Arrays.stream(y, y.length - VENSTER - BASISLIJN, y.length - VENSTER).average().orElse(0);
            if (Math.abs(niveau) >= MINIMUM_NIVEAU) {
                Signaal buiten = null;
                Signaal reeksAanEenKant = null;
                int kant = 0;
                int opRij = 0;
                // From seven months before the window, so a run of eight completing in its first month is seen.
                for (int t = Math.max(BASISLIJN, y.length - VENSTER - 7); t < y.length; t++) {
                    double verwacht = verwacht(y, t);
                    double marge = marge(y, t);
                    int deze = Math.abs(y[t] - verwacht) > marge / 2 ? (int) Math.signum(y[t] - verwacht) : 0;
                    opRij = deze != 0 && deze == kant ? opRij + 1 : (deze == 0 ? 0 : 1);
                    kant = deze;
                    if (t < y.length - VENSTER) {
                        continue;
                    }
                    Waarde w = gevuld.get(t);
                    if (Math.abs(y[t] - verwacht) > GRENS * marge) {
                        buiten = signaal(w, Signaal.Regel.BUITEN_VERWACHTING, verwacht, marge);
                    }
                    if (opRij >= 8) {
                        reeksAanEenKant = signaal(w, Signaal.Regel.ACHT_AAN_EEN_KANT, verwacht, marge);
                    }
                }
                if (buiten != null) {
                    signalen.add(buiten);
                }
                if (reeksAanEenKant != null) {
                    signalen.add(reeksAanEenKant);
                }
            }
        }
        if (koers != null && koers.status() == Koers.Status.UIT_KOERS) {
            Waarde laatste = reeks.getLast();
            signalen.add(new Signaal(laatste.indicator(), laatste.gemeente(), laatste.segment(), laatste.maand(),
                    Signaal.Regel.BUITEN_STREEFBAND, koers.actueel(), koers.streef(), null));
        }
        return signalen;
    }

    /** The same month a year earlier plus the drift between the two years before {@code t}. */
    static double verwacht(double[] y, int t) {
        return y[t - 12] + drift(y, t);
    }

    /** The mean of the 12 months before {@code t} minus the mean of the 12 before those. */
    private static double drift(double[] y, int t) {
        return gemiddelde(y, t - 12, t) - gemiddelde(y, t - 24, t - 12);
    }

    /** 1.4826 × the median absolute deviation of the rule's errors over the 12 months before {@code t}, with its floors. */
    static double marge(double[] y, int t) {
        double drift = drift(y, t);
        double[] fouten = new double[12];
        for (int i = 0; i < 12; i++) {
            int s = t - 12 + i;
            fouten[i] = y[s] - (y[s - 12] + drift);
        }
        double mediaan = mediaan(fouten);
        double[] afwijkingen = Arrays.stream(fouten).map(f -> Math.abs(f - mediaan)).toArray();
        double niveau = Math.abs(gemiddelde(y, t - 12, t));
        return Math.max(1.4826 * mediaan(afwijkingen), Math.max(0.02 * niveau, 1));
    }

    private static double gemiddelde(double[] y, int van, int tot) {
        return Arrays.stream(y, van, tot).average().orElse(0);
    }

    private static double mediaan(double[] waarden) {
        double[] s = waarden.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static Signaal signaal(Waarde w, Signaal.Regel regel, double verwacht, double marge) {
        return new Signaal(w.indicator(), w.gemeente(), w.segment(), w.maand(), regel, w.waarde(),
                Math.round(verwacht * 10) / 10.0, Math.round(marge * 10) / 10.0);
    }
}
