package nl.jeugdregie.capacity.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.json.JsonMapper;

/** {@code /plaatsen/prognose}: free places in the next 12 weeks per care form, and how past prognoses fared. */
@Controller
class PrognosePagina {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PrognoseDienst prognose;

    PrognosePagina(PrognoseDienst prognose) {
        this.prognose = prognose;
    }

    @GetMapping("/plaatsen/prognose")
    String prognose(Model model) {
        LocalDate vandaag = LocalDate.now();
        PrognoseDienst.Uitkomst u = prognose.maak(vandaag);
        List<Prognose.Week> alle = u.vooruit().getOrDefault(Prognose.ALLE, List.of());
        Map<String, List<Prognose.Week>> perVorm = new LinkedHashMap<>();
        u.vooruit().entrySet().stream().filter(e -> !e.getKey().equals(Prognose.ALLE))
                .sorted(Map.Entry.comparingByKey(java.util.Comparator.comparingInt(RegioBeeld::volgorde)))
                .forEach(e -> perVorm.put(e.getKey(), e.getValue()));
        model.addAttribute("alle", alle);
        model.addAttribute("perVorm", perVorm);
        model.addAttribute("terugblik", u.terugblik());
        model.addAttribute("afwijking", u.gemiddeldeAfwijking());
        model.addAttribute("horizon", PrognoseDienst.TERUGBLIK_HORIZON);
        model.addAttribute("grafiek", grafiek(u.terugblik(), alle));
        return "plaatsen-prognose";
    }

    /** Past weeks (as foreseen four weeks before, and as reported) followed by the weeks ahead. */
    private static String grafiek(List<Prognose.Terugblik> terug, List<Prognose.Week> vooruit) {
        List<String> labels = new ArrayList<>();
        List<Double> verwacht = new ArrayList<>();
        List<Double> laag = new ArrayList<>();
        List<Double> hoog = new ArrayList<>();
        List<Integer> werkelijk = new ArrayList<>();
        for (Prognose.Terugblik t : terug) {
            labels.add(t.datum().toString());
            verwacht.add(t.voorspeld());
            laag.add(t.laag());
            hoog.add(t.hoog());
            werkelijk.add(t.werkelijk());
        }
        for (Prognose.Week w : vooruit) {
            labels.add(w.datum().toString());
            verwacht.add(w.verwacht());
            laag.add(w.laag());
            hoog.add(w.hoog());
            werkelijk.add(null);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("labels", labels);
        data.put("reeksen", Arrays.asList(
                Map.of("naam", "ondergrens 95 %", "waarden", laag),
                Map.of("naam", "bovengrens 95 %", "waarden", hoog),
                reeks("gemeld vrij", werkelijk),
                Map.of("naam", "voorspeld vrij", "waarden", verwacht)));
        return JSON.writeValueAsString(data).replace("</", "<\\/");
    }

    private static Map<String, Object> reeks(String naam, List<Integer> waarden) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("naam", naam);
        m.put("waarden", waarden);
        return m;
    }
}
