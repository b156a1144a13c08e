package nl.jeugdregie.placement;

import java.util.List;

/** For {@code jeugdregie bench plaatsingen} only: the matching timed on the region and on a national number of locations. */
public interface PlaatsingBenchmark {

    /** The candidates of one request found {@code keer} times, as the request's page does: microseconds each. */
    List<Long> matchingRegio(long verzoek, int keer);

    /**
     * The ranking of {@code locaties} locations spread over the country (copies of the region's,
     * moved around), in memory: microseconds each of {@code keer} runs.
     */
    List<Long> matchingLandelijk(long verzoek, int locaties, int keer);
}
