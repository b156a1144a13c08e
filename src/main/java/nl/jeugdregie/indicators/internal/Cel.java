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
    /** CBS: youths with youth help (jeugdhulp), without protection and probation. */
    long jeugdhulp;
    private int laatsteJeugdhulp = -1;
    /** Youths with youth help who were 0–17 at the start of a month of it in the period: the numerator per 1,000 (0–17). */
    long jeugdhulp017;
    private int laatsteJeugdhulp017 = -1;
    long maatregel017;
    private int laatsteMaatregel017 = -1;
    long jeugdbescherming;
    private int laatsteJeugdbescherming = -1;
    long jeugdreclassering;
    private int laatsteJeugdreclassering = -1;

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
    /** Ended youth-help trajectories (measures apart), and of them per CBS reason of ending (3.7, see {@link Uitkomst}). */
    long jeugdhulpEinden;
    final long[] uitkomsten = new long[Uitkomst.values().length];
    long duurSom;
    final Lijst duren = new Lijst();

    long wachtend;
    private int laatsteWachtend = -1;
    long gestartNaWacht;
    long binnenWachtnorm;
    long wachtdagenSom;

    long geplaatst;
    long plaatsingsdagenSom;

    long toewijzingen;
    long terugwerkend;
    long buitenLijst;
    long meldingen;
    long laatGemeld;
    long declaratieregels;
    long laatGedeclareerd;
    long gemisteLeveringen;

    /** Adds the totals of the same cell computed over other youths. */
    void voegBij(Cel c) {
        inZorg += c.inZorg;
        gezinsgericht += c.gezinsgericht;
        maatregel += c.maatregel;
        jeugdhulp += c.jeugdhulp;
        jeugdhulp017 += c.jeugdhulp017;
        maatregel017 += c.maatregel017;
        jeugdbescherming += c.jeugdbescherming;
        jeugdreclassering += c.jeugdreclassering;
        instroom += c.instroom;
        jeugdhulpstarts += c.jeugdhulpstarts;
        crisisstarts += c.crisisstarts;
        herinstroom += c.herinstroom;
        herinstroomVijfJaar += c.herinstroomVijfJaar;
        for (int i = 0; i < verwijzers.length; i++) {
            verwijzers[i] += c.verwijzers[i];
        }
        verblijfsstarts += c.verblijfsstarts;
        ambulantVooraf += c.ambulantVooraf;
        verblijfseinden += c.verblijfseinden;
        doorplaatsingen += c.doorplaatsingen;
        centen += c.centen;
        toegewezenCenten += c.toegewezenCenten;
        uitstroom += c.uitstroom;
        jeugdhulpEinden += c.jeugdhulpEinden;
        for (int i = 0; i < uitkomsten.length; i++) {
            uitkomsten[i] += c.uitkomsten[i];
        }
        duurSom += c.duurSom;
        duren.voegBij(c.duren);
        wachtend += c.wachtend;
        gestartNaWacht += c.gestartNaWacht;
        binnenWachtnorm += c.binnenWachtnorm;
        wachtdagenSom += c.wachtdagenSom;
        geplaatst += c.geplaatst;
        plaatsingsdagenSom += c.plaatsingsdagenSom;
        toewijzingen += c.toewijzingen;
        terugwerkend += c.terugwerkend;
        buitenLijst += c.buitenLijst;
        meldingen += c.meldingen;
        laatGemeld += c.laatGemeld;
        declaratieregels += c.declaratieregels;
        laatGedeclareerd += c.laatGedeclareerd;
        gemisteLeveringen += c.gemisteLeveringen;
    }

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

    void jeugdhulp(int keer, int teken) {
        if (laatsteJeugdhulp != keer) {
            laatsteJeugdhulp = keer;
            jeugdhulp += teken;
        }
    }

    void jeugdhulp017(int keer, int teken) {
        if (laatsteJeugdhulp017 != keer) {
            laatsteJeugdhulp017 = keer;
            jeugdhulp017 += teken;
        }
    }

    void maatregel017(int keer, int teken) {
        if (laatsteMaatregel017 != keer) {
            laatsteMaatregel017 = keer;
            maatregel017 += teken;
        }
    }

    void jeugdbescherming(int keer, int teken) {
        if (laatsteJeugdbescherming != keer) {
            laatsteJeugdbescherming = keer;
            jeugdbescherming += teken;
        }
    }

    void jeugdreclassering(int keer, int teken) {
        if (laatsteJeugdreclassering != keer) {
            laatsteJeugdreclassering = keer;
            jeugdreclassering += teken;
        }
    }

    void wachtend(int keer, int teken) {
        if (laatsteWachtend != keer) {
            laatsteWachtend = keer;
            wachtend += teken;
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
        duren.pas(dagen, teken);
        uitstroom += teken;
        duurSom += teken * dagen;
    }

    Double duurMediaan() {
        return duren.mediaan();
    }

    /**
     * Values that can be added and taken out again, for a median computed when asked: days, so
     * ints, appended unsorted — adding is the hot path of a full computation.
     */
    static final class Lijst {
        private static final int[] GEEN = new int[0];

        private int[] waarden = GEEN;
        private int aantal;

        void pas(long waarde, int teken) {
            int w = Math.toIntExact(waarde);
            if (teken > 0) {
                if (aantal == waarden.length) {
                    waarden = Arrays.copyOf(waarden, Math.max(2, aantal + (aantal >> 1) + 1));
                }
                waarden[aantal++] = w;
                return;
            }
            for (int i = 0; i < aantal; i++) {
                if (waarden[i] == w) {
                    waarden[i] = waarden[--aantal];
                    return;
                }
            }
            throw new IllegalStateException("waarde " + waarde + " zat er niet in");
        }

        void voegBij(Lijst andere) {
            if (aantal + andere.aantal > waarden.length) {
                waarden = Arrays.copyOf(waarden, aantal + andere.aantal);
            }
            System.arraycopy(andere.waarden, 0, waarden, aantal, andere.aantal);
            aantal += andere.aantal;
        }

        /** The middle value, or the mean of the two middle ones; null when empty. */
        Double mediaan() {
            if (aantal == 0) {
                return null;
            }
            int[] gesorteerd = Arrays.copyOf(waarden, aantal);
            Arrays.sort(gesorteerd);
            int n = gesorteerd.length;
            return n % 2 == 1 ? (double) gesorteerd[n / 2] : (gesorteerd[n / 2 - 1] + (double) gesorteerd[n / 2]) / 2.0;
        }
    }
}
