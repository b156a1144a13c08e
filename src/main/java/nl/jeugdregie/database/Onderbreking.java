package nl.jeugdregie.database;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Named points in the work around stored data where a crash test stops the process: with
 * {@code -Djeugdregie.onderbreek-bij=NAAM} (or {@code NAAM:N} for the N-th time) the process prints
 * {@code ONDERBREKINGSPUNT NAAM} and waits there, to be killed with SIGKILL. Without the property a
 * point costs one comparison. This is how {@code CrashTest} lands a kill -9 exactly mid-batch,
 * during the derivation of trajectories or during the indicators' computation.
 */
public final class Onderbreking {

    private static final String PUNT;
    private static final int KEER;
    private static final ConcurrentHashMap<String, AtomicInteger> GEZIEN = new ConcurrentHashMap<>();

    static {
        String waarde = System.getProperty("jeugdregie.onderbreek-bij");
        int dubbelepunt = waarde == null ? -1 : waarde.lastIndexOf(':');
        PUNT = dubbelepunt < 0 ? waarde : waarde.substring(0, dubbelepunt);
        KEER = dubbelepunt < 0 ? 1 : Integer.parseInt(waarde.substring(dubbelepunt + 1));
    }

    private Onderbreking() {
    }

    /**
     * A derivation step for one youth that fails on purpose: with
     * {@code -Djeugdregie.storing=STAP:PSEUDONIEM[,STAP:PSEUDONIEM…]} the named step throws for that
     * youth, so a test can show that one youth's failure is recorded and the others go on. Read on
     * every call (a test sets and clears it in the running application); without it, one lookup.
     */
    public static void storing(String stap, String jeugdige) {
        String storingen = System.getProperty("jeugdregie.storing");
        if (storingen != null && jeugdige != null && ("," + storingen + ",").contains("," + stap + ":" + jeugdige + ",")) {
            throw new IllegalStateException("ingestelde storing bij " + stap);
        }
    }

    public static void punt(String naam) {
        if (PUNT == null || !PUNT.equals(naam) || GEZIEN.computeIfAbsent(naam, k -> new AtomicInteger()).incrementAndGet() != KEER) {
            return;
        }
        System.out.println("ONDERBREKINGSPUNT " + naam);
        System.out.flush();
        while (true) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                // waits for the kill, whatever interrupts it
            }
        }
    }
}
