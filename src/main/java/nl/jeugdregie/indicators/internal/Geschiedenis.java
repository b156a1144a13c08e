package nl.jeugdregie.indicators.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import nl.jeugdregie.care.Toegewezen;
import nl.jeugdregie.care.Traject;
import nl.jeugdregie.care.ZorgGebruik;
import nl.jeugdregie.placement.Plaatsingen;
import nl.jeugdregie.waiting.Wacht;
import nl.jeugdregie.waiting.Wachttijden;

/**
 * One youth's care as the totals hold it: trajectories ordered by start, the products assigned now,
 * the waits, the placements made by the coordination point.
 */
record Geschiedenis(List<Traject> trajecten, List<Toegewezen> toewijzingen, List<Wacht> wachten,
                    List<Plaatsingen.Doorlooptijd> plaatsingen) {

    static Geschiedenis van(List<Traject> trajecten) {
        return new Geschiedenis(trajecten, List.of(), List.of(), List.of());
    }

    boolean leeg() {
        return trajecten.isEmpty() && toewijzingen.isEmpty() && wachten.isEmpty() && plaatsingen.isEmpty();
    }

    /**
     * Every youth's history, read from care and the waiting monitor, by youth. Trajectories and
     * assignments are read side by side, one on each core.
     */
    static Map<String, Geschiedenis> allemaal(ZorgGebruik zorg, Wachttijden wachttijden, Plaatsingen plaatsingen) {
        CompletableFuture<Map<String, List<Toegewezen>>> toewijzingenGelezen = CompletableFuture.supplyAsync(() -> {
            Map<String, List<Toegewezen>> perJeugdige = new HashMap<>();
            zorg.elkeToewijzing(t -> perJeugdige.computeIfAbsent(t.jeugdige(), k -> new ArrayList<>(2)).add(t));
            return perJeugdige;
        });
        Map<String, List<Traject>> trajecten = new HashMap<>();
        zorg.elkTraject(t -> trajecten.computeIfAbsent(t.jeugdige(), k -> new ArrayList<>(2)).add(t));
        Map<String, List<Toegewezen>> toewijzingen = toewijzingenGelezen.join();
        Map<String, List<Wacht>> wachten = wachttijden.elkeWacht();
        Map<String, List<Plaatsingen.Doorlooptijd>> geplaatst = new HashMap<>();
        plaatsingen.doorlooptijden().forEach(p -> geplaatst.computeIfAbsent(p.jeugdige(), k -> new ArrayList<>(1)).add(p));
        java.util.Set<String> jeugdigen = new java.util.HashSet<>(trajecten.keySet());
        jeugdigen.addAll(toewijzingen.keySet());
        jeugdigen.addAll(wachten.keySet());
        jeugdigen.addAll(geplaatst.keySet());
        Map<String, Geschiedenis> perJeugdige = new HashMap<>();
        for (String j : jeugdigen) {
            perJeugdige.put(j, new Geschiedenis(trajecten.getOrDefault(j, List.of()), toewijzingen.getOrDefault(j, List.of()),
                    wachten.getOrDefault(j, List.of()), geplaatst.getOrDefault(j, List.of())));
        }
        return perJeugdige;
    }
}
