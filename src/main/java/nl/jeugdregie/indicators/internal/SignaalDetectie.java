package nl.jeugdregie.indicators.internal;

import java.util.ArrayList;
import java.util.List;
import nl.jeugdregie.indicators.Koers;
import nl.jeugdregie.indicators.Signaal;
import nl.jeugdregie.indicators.Waarde;

/**
 * Control-chart rules on a monthly series. The baseline is the series' first 24 months; the
 * rules look at the last 12 and each rule raises at most one signal per series, in the latest
 * month it holds, so a lasting shift reads as one signal instead of twelve. Series too small to
 * judge (baseline mean under 5) raise nothing.
 */
final class SignaalDetectie {

    static final int BASISLIJN = 24;
    static final int VENSTER = 12;
    static final double MINIMUM_NIVEAU = 5;

    private SignaalDetectie() {
    }

    static List<Signaal> detecteer(List<Waarde> reeks, Koers koers) {
        List<Signaal> signalen = new ArrayList<>();
        List<Waarde> gevuld = reeks.stream().filter(w -> w.waarde() != null).toList();
        if (gevuld.size() >= BASISLIJN + VENSTER) {
            List<Signaal> regels = new ArrayList<>();
            List<Waarde> basis = gevuld.subList(0, BASISLIJN);
            double gemiddelde = basis.stream().mapToDouble(Waarde::waarde).average().orElseThrow();
            double sigma = Math.sqrt(basis.stream().mapToDouble(w -> Math.pow(w.waarde() - gemiddelde, 2)).sum() / (BASISLIJN - 1));
            if (gemiddelde >= MINIMUM_NIVEAU) {
                List<Waarde> venster = gevuld.subList(gevuld.size() - VENSTER, gevuld.size());
                buiten3Sigma(venster, gemiddelde, sigma, regels);
                reeksAanEenKant(gevuld, venster, gemiddelde, regels);
                trend(gevuld, venster, regels);
            }
            for (Signaal.Regel regel : Signaal.Regel.values()) {
                regels.stream().filter(r -> r.regel() == regel).reduce((eerder, later) -> later).ifPresent(signalen::add);
            }
        }
        if (koers != null && koers.status() == Koers.Status.UIT_KOERS) {
            Waarde laatste = reeks.getLast();
            signalen.add(signaal(laatste, Signaal.Regel.BUITEN_STREEFBAND, koers.actueel()));
        }
        return signalen;
    }

    private static void buiten3Sigma(List<Waarde> venster, double gemiddelde, double sigma, List<Signaal> signalen) {
        for (Waarde w : venster) {
            if (sigma > 0 && Math.abs(w.waarde() - gemiddelde) > 3 * sigma) {
                signalen.add(signaal(w, Signaal.Regel.BUITEN_3_SIGMA, w.waarde()));
            }
        }
    }

    /** Fires in the month a run of eight on one side completes, if that month is in the window. */
    private static void reeksAanEenKant(List<Waarde> alle, List<Waarde> venster, double gemiddelde, List<Signaal> signalen) {
        int reeks = 0;
        int kant = 0;
        for (Waarde w : alle) {
            int deze = Double.compare(w.waarde(), gemiddelde);
            reeks = deze != 0 && deze == kant ? reeks + 1 : (deze == 0 ? 0 : 1);
            kant = deze;
            if (reeks == 8 && venster.contains(w)) {
                signalen.add(signaal(w, Signaal.Regel.ACHT_AAN_EEN_KANT, w.waarde()));
            }
        }
    }

    /** Six values each higher (or each lower) than the one before. */
    private static void trend(List<Waarde> alle, List<Waarde> venster, List<Signaal> signalen) {
        int stijgend = 1;
        int dalend = 1;
        for (int i = 1; i < alle.size(); i++) {
            double verschil = alle.get(i).waarde() - alle.get(i - 1).waarde();
            stijgend = verschil > 0 ? stijgend + 1 : 1;
            dalend = verschil < 0 ? dalend + 1 : 1;
            if ((stijgend == 6 || dalend == 6) && venster.contains(alle.get(i))) {
                signalen.add(signaal(alle.get(i), Signaal.Regel.ZES_STIJGEND_OF_DALEND, alle.get(i).waarde()));
            }
        }
    }

    private static Signaal signaal(Waarde w, Signaal.Regel regel, Double waarde) {
        return new Signaal(w.indicator(), w.gemeente(), w.segment(), w.maand(), regel, waarde);
    }
}
