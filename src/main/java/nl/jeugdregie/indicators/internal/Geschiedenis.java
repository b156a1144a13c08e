package nl.jeugdregie.indicators.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.jeugdregie.care.Toegewezen;
import nl.jeugdregie.care.Traject;
import nl.jeugdregie.care.ZorgGebruik;

/** One youth's care as the totals hold it: trajectories ordered by start, and the products assigned now. */
record Geschiedenis(List<Traject> trajecten, List<Toegewezen> toewijzingen) {

    static Geschiedenis van(List<Traject> trajecten) {
        return new Geschiedenis(trajecten, List.of());
    }

    /** Every youth's history, read from care, by youth. */
    static Map<String, Geschiedenis> allemaal(ZorgGebruik zorg) {
        Map<String, List<Traject>> trajecten = new HashMap<>();
        zorg.elkTraject(t -> trajecten.computeIfAbsent(t.jeugdige(), k -> new ArrayList<>(2)).add(t));
        Map<String, List<Toegewezen>> toewijzingen = new HashMap<>();
        zorg.elkeToewijzing(t -> toewijzingen.computeIfAbsent(t.jeugdige(), k -> new ArrayList<>(2)).add(t));
        Map<String, Geschiedenis> perJeugdige = new HashMap<>();
        trajecten.forEach((j, ts) -> perJeugdige.put(j, new Geschiedenis(ts, toewijzingen.getOrDefault(j, List.of()))));
        toewijzingen.forEach((j, tw) -> perJeugdige.putIfAbsent(j, new Geschiedenis(List.of(), tw)));
        return perJeugdige;
    }
}
