package nl.jeugdregie.cli;

import java.io.PrintStream;
import nl.jeugdregie.messages.IntakeTelling;

/** A one-line progress bar on standard error, redrawn at most five times a second. */
final class Voortgangsbalk {

    private static final int BREEDTE = 30;

    private final PrintStream uit;
    private final long totaal;
    private final long begin = System.nanoTime();
    private long laatsteTeken;

    Voortgangsbalk(PrintStream uit, long totaal) {
        this.uit = uit;
        this.totaal = totaal;
    }

    void toon(IntakeTelling t) {
        long nu = System.nanoTime();
        if (nu - laatsteTeken < 200_000_000L && t.totaal() < totaal) {
            return;
        }
        laatsteTeken = nu;
        double seconden = Math.max((nu - begin) / 1e9, 1e-3);
        long gedaan = t.totaal();
        int vol = totaal <= 0 ? 0 : (int) Math.min(BREEDTE, gedaan * BREEDTE / totaal);
        uit.printf("\r[%s%s] %,d/%,d berichten  %,.0f/s  geaccepteerd %,d  dubbel %,d  afgewezen %,d ",
                "#".repeat(vol), "-".repeat(BREEDTE - vol), gedaan, totaal, gedaan / seconden,
                t.accepted(), t.duplicate(), t.rejected());
        uit.flush();
    }

    void stap(String wat, long gedaan) {
        uit.printf("\r%s: %,d ", wat, gedaan);
        uit.flush();
    }

    void klaar() {
        uit.println();
    }

    double seconden() {
        return (System.nanoTime() - begin) / 1e9;
    }
}
