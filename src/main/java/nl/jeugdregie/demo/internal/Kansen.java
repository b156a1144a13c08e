package nl.jeugdregie.demo.internal;

import java.util.List;
import java.util.Random;

/** The seeded chance helpers of the demo generator: same seed, same region. */
final class Kansen {

    private final Random random;

    Kansen(long seed) {
        this.random = new Random(seed);
    }

    boolean kans(double p) {
        return random.nextDouble() < p;
    }

    int tussen(int van, int totEnMet) {
        return van + random.nextInt(totEnMet - van + 1);
    }

    /** Log-normal duration in days with the given mean. */
    int duur(double gemiddelde, double sigma) {
        double mu = Math.log(gemiddelde) - sigma * sigma / 2;
        return Math.max(1, (int) Math.round(Math.exp(mu + sigma * random.nextGaussian())));
    }

    int poisson(double lambda) {
        double l = Math.exp(-Math.min(lambda, 500));
        if (lambda > 500) {
            return Math.max(0, (int) Math.round(lambda + Math.sqrt(lambda) * random.nextGaussian()));
        }
        int k = 0;
        double p = 1;
        do {
            k++;
            p *= random.nextDouble();
        } while (p > l);
        return k - 1;
    }

    <T> T kies(List<T> opties, double[] gewichten) {
        double totaal = 0;
        for (double g : gewichten) {
            totaal += g;
        }
        double r = random.nextDouble() * totaal;
        for (int i = 0; i < gewichten.length; i++) {
            r -= gewichten[i];
            if (r < 0) {
                return opties.get(i);
            }
        }
        return opties.getLast();
    }

    /** The same items in a seeded random order. */
    <T> List<T> geschud(List<T> items) {
        List<T> uit = new java.util.ArrayList<>(items);
        java.util.Collections.shuffle(uit, random);
        return uit;
    }

    <T> T kies(List<T> opties) {
        return opties.get(random.nextInt(opties.size()));
    }

    /** A fictional BSN starting with 99 that passes the check ("elfproef"). */
    String bsn() {
        while (true) {
            int[] d = new int[9];
            d[0] = 9;
            d[1] = 9;
            int som = 9 * 9 + 8 * 9;
            for (int i = 2; i < 8; i++) {
                d[i] = random.nextInt(10);
                som += (9 - i) * d[i];
            }
            int laatste = som % 11;
            if (laatste < 10) {
                StringBuilder s = new StringBuilder(9);
                for (int i = 0; i < 8; i++) {
                    s.append(d[i]);
                }
                return s.append(laatste).toString();
            }
        }
    }
}
