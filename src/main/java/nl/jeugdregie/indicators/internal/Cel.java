package nl.jeugdregie.indicators.internal;

import java.util.Arrays;

/**
 * The running totals of one slice in one period. Distinct youths are counted by remembering the
 * last youth counted: the trajectories arrive grouped by youth, so a youth is never counted twice.
 * After {@link #sluit()} a cell is read only.
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

    long uitstroom;
    long duurSom;
    double duurMediaan;
    private long[] duren = new long[0];

    long toewijzingen;
    long terugwerkend;
    long buitenLijst;
    long meldingen;
    long laatGemeld;
    long declaratieregels;
    long laatGedeclareerd;
    long gemisteLeveringen;

    void inZorg(int jeugdige) {
        if (laatsteInZorg != jeugdige) {
            laatsteInZorg = jeugdige;
            inZorg++;
        }
    }

    void gezinsgericht(int jeugdige) {
        if (laatsteGezinsgericht != jeugdige) {
            laatsteGezinsgericht = jeugdige;
            gezinsgericht++;
        }
    }

    void maatregel(int jeugdige) {
        if (laatsteMaatregel != jeugdige) {
            laatsteMaatregel = jeugdige;
            maatregel++;
        }
    }

    void verwijzer(String code) {
        int i = 0;
        while (i < VERWIJZERS.length && !VERWIJZERS[i].equals(code)) {
            i++;
        }
        verwijzers[i]++;
    }

    void duur(long dagen) {
        if (uitstroom == duren.length) {
            duren = Arrays.copyOf(duren, Math.max(4, duren.length * 2));
        }
        duren[(int) uitstroom++] = dagen;
        duurSom += dagen;
    }

    /** Keeps the median of the durations and lets the list go. */
    void sluit() {
        if (uitstroom > 0) {
            long[] gesorteerd = Arrays.copyOf(duren, (int) uitstroom);
            Arrays.sort(gesorteerd);
            int n = gesorteerd.length;
            duurMediaan = n % 2 == 1 ? gesorteerd[n / 2] : (gesorteerd[n / 2 - 1] + gesorteerd[n / 2]) / 2.0;
        }
        duren = null;
    }
}
