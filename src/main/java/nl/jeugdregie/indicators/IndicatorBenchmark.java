package nl.jeugdregie.indicators;

/**
 * For {@code jeugdregie bench indicators} only: the indicator computation on the loaded data
 * copied many times over, as if the region had that many times the municipalities and youths.
 */
public interface IndicatorBenchmark {

    /**
     * @param millis     the computation's wall time
     * @param heapMb     heap the results hold after a collection
     * @param trajecten  trajectories fed in
     * @param doorsneden slices computed
     */
    record Meting(long millis, long heapMb, int gemeenten, long trajecten, int doorsneden) {
    }

    /**
     * @param inGebruik when true the synthetic figures replace the live ones, so pages can be timed
     *                  on them; the next full computation restores the real ones
     */
    Meting synthetisch(int factor, boolean inGebruik);

    /** One full computation of every indicator from the loaded data, in milliseconds. */
    long volledigeBerekening();
}
