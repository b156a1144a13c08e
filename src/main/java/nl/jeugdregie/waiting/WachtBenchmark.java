package nl.jeugdregie.waiting;

import java.util.List;

/**
 * For {@code jeugdregie bench indicators} only: the waiting-time monitor's own timings, and its
 * waits copied many times over as if the region had that many municipalities and youths.
 */
public interface WachtBenchmark {

    /** Every youth's waits derived again from the care facts, in milliseconds. */
    long volledigeBerekening();

    /** The waits of {@code aantal} youths updated one youth at a time, as one message does; microseconds each. */
    List<Long> perJeugdige(int aantal);

    /**
     * Replaces the live waits by {@code factor} copies (copy k of municipality GM0141 is GM0141-k);
     * the next full computation restores the real ones.
     */
    Meting synthetisch(int factor);

    /** Files one random youth's waits again, as a message about it would: its months are recomputed on the next look. */
    void raakAan();

    /** As a message that changes a running wait: the current lists are made again on the next look. */
    void raakWachtendeAan();

    record Meting(long jeugdigen, long wachten, long open, long millis) {
    }
}
