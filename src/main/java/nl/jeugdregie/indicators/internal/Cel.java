package nl.jeugdregie.indicators.internal;

import java.util.Arrays;

/**
 * The running totals of one slice in one period. A youth's whole history is added (or, when it
 * changes, first taken out) in one go under a fresh number, and a distinct count moves only the
 * first time it sees that number: so each youth counts once per cell, both ways.
 */
final class Cel {

    /** Referrer groups of COD327, in the order of {@link #verwijzers}. */
    static final String[] VERWIJZERS = {"01", "02", "03", "04", "05"};

    long inZorg;
    private int laatsteInZorg = -1;
    long gezinsgericht;
    private int laatsteGezinsgericht = -1;
    long maatregel;
    private int laatsteMaatregel = -1;

    long instroom;
    long jeugdhulpstarts;
    long crisisstarts;
    long herinstroom;
    long herinstroomVijfJaar;
    /** Starts per referrer: 01 municipality, 02 GP, 03 youth doctor, 04 GI, 05 medical specialist, then the rest. */
    final long[] verwijzers = new long[VERWIJZERS.length + 1];
    long verblijfsstarts;
    long ambulantVooraf;
    long verblijfseinden;
    long doorplaatsingen;
    long centen;
    long toegewezenCenten;

    long uitstroom;
    long duurSom;
    private long[] duren = new long[0];

    long toewijzingen;
    long terugwerkend;
    long buitenLijst;
    long meldingen;
    long laatGemeld;
    long declaratieregels;
    long laatGedeclareerd;
    long gemisteLeveringen;

    void inZorg(int keer, int teken) {
        if (laatsteInZorg != keer) {
            laatsteInZorg = keer;
            inZorg += teken;
        }
    }

    void gezinsgericht(int keer, int teken) {
        if (laatsteGezinsgericht != keer) {
            laatsteGezinsgericht = keer;
            gezinsgericht += teken;
        }
    }

    void maatregel(int keer, int teken) {
        if (laatsteMaatregel != keer) {
            laatsteMaatregel = keer;
            maatregel += teken;
        }
    }

    void verwijzer(String code, int teken) {
        int i = 0;
        while (i < VERWIJZERS.length && !VERWIJZERS[i].equals(code)) {
            i++;
        }
        verwijzers[i] += teken;
    }

    void duur(long dagen, int teken) {
        if (teken > 0) {
            if (uitstroom == duren.length) {
                duren = Arrays.copyOf(duren, Math.max(4, duren.length * 2));
            }
            duren[(int) uitstroom++] = dagen;
        } else {
            int i = 0;
            while (duren[i] != dagen) {
                i++;
            }
            duren[i] = duren[(int) --uitstroom];
        }
        duurSom += teken * dagen;
    }

    /** Computed when asked, so a cell can still change; null without ended trajectories. */
    Double duurMediaan() {
        if (uitstroom == 0) {
            return null;
        }
        long[] gesorteerd = Arrays.copyOf(duren, (int) uitstroom);
        Arrays.sort(gesorteerd);
        int n = gesorteerd.length;
        return n % 2 == 1 ? (double) gesorteerd[n / 2] : (gesorteerd[n / 2 - 1] + gesorteerd[n / 2]) / 2.0;
    }
}
