package nl.jeugdregie.care.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import nl.jeugdregie.care.Afleidingsfouten;
import nl.jeugdregie.care.ZorgGebruik.MislukteAfleiding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The failures of the steps computed in memory. Memory is enough: those steps are computed again
 * from the stored facts at every start, and a failure that depends only on a youth's facts comes
 * back with them.
 */
@Component
class AfleidingsfoutenInGeheugen implements Afleidingsfouten {

    private static final Logger LOG = LoggerFactory.getLogger(AfleidingsfoutenInGeheugen.class);

    private final Map<String, Map<String, String>> perStap = new ConcurrentHashMap<>();

    @Override
    public void opnieuw(String stap) {
        stap(stap).clear();
    }

    @Override
    public void mislukt(String stap, String jeugdige, RuntimeException fout) {
        LOG.error("Afleiding '{}' van jeugdige {} mislukt; de jeugdige telt daar niet mee", stap, jeugdige, fout);
        stap(stap).put(jeugdige, ZorgFeitenVerwerker.kort(String.valueOf(fout)));
    }

    @Override
    public void gelukt(String stap, String jeugdige) {
        stap(stap).remove(jeugdige);
    }

    List<MislukteAfleiding> lijst(int maximaal) {
        List<MislukteAfleiding> uit = new ArrayList<>();
        perStap.forEach((stap, fouten) -> fouten.forEach((j, f) -> uit.add(new MislukteAfleiding(stap, j, f))));
        return uit.stream().sorted(java.util.Comparator.comparing(MislukteAfleiding::jeugdige)).limit(maximaal).toList();
    }

    long aantal() {
        return perStap.values().stream().mapToLong(Map::size).sum();
    }

    private Map<String, String> stap(String stap) {
        return perStap.computeIfAbsent(stap, s -> new ConcurrentSkipListMap<>());
    }
}
