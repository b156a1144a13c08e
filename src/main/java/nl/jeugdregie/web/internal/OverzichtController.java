package nl.jeugdregie.web.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.jeugdregie.access.Gebruiker;
import nl.jeugdregie.access.HuidigeGebruiker;
import nl.jeugdregie.access.Organisatie;
import nl.jeugdregie.capacity.Beschikbaarheid;
import nl.jeugdregie.capacity.Plaatsen;
import nl.jeugdregie.care.JeugdigenInZorg;
import nl.jeugdregie.placement.Plaatsingen;
import nl.jeugdregie.care.ZorgGebruik;
import nl.jeugdregie.region.Gemeente;
import nl.jeugdregie.region.RegioCatalogus;
import nl.jeugdregie.region.Segment;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/** The regional overview: youths in care per year and segment, for the region or one municipality. */
@Controller
class OverzichtController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ZorgGebruik zorg;
    private final RegioCatalogus regio;
    private final MessageSource teksten;
    private final Plaatsen plaatsen;
    private final Plaatsingen plaatsingen;
    private final HuidigeGebruiker huidige;
    private final nl.jeugdregie.region.Kalender kalender;

    OverzichtController(ZorgGebruik zorg, RegioCatalogus regio, MessageSource teksten, Plaatsen plaatsen,
                        Plaatsingen plaatsingen, HuidigeGebruiker huidige, nl.jeugdregie.region.Kalender kalender) {
        this.kalender = kalender;
        this.zorg = zorg;
        this.regio = regio;
        this.teksten = teksten;
        this.plaatsen = plaatsen;
        this.plaatsingen = plaatsingen;
        this.huidige = huidige;
    }

    /** One row of a table: a label, youths per segment, total and per 1,000 youths. */
    record Rij(String sleutel, String label, Map<String, Long> perSegment, long totaal, Double per1000) {
    }

    @GetMapping("/")
    String overzicht(@RequestParam(required = false) String gemeente, @RequestParam(required = false) Integer jaar,
                     Locale locale, Model model) {
        Optional<Gemeente> gekozen = Optional.ofNullable(gemeente).filter(g -> !g.isBlank())
                .flatMap(g -> regio.regio().gemeente(g));
        String code = gekozen.map(Gemeente::code).orElse(null);
        int jeugdigen = gekozen.map(Gemeente::jeugdigen).orElse(regio.regio().jeugdigen());
        List<Integer> jaren = zorg.jaren();
        int gekozenJaar = jaar != null && jaren.contains(jaar) ? jaar : jaren.isEmpty() ? 0 : laatsteVolleJaar(jaren);

        List<JeugdigenInZorg> inZorg = zorg.jeugdigenInZorg();
        List<Rij> perJaar = perJaar(inZorg.stream().filter(j -> Objects.equals(j.gemeente(), code)).toList(), jeugdigen);
        model.addAttribute("regio", regio.regio());
        model.addAttribute("gemeente", gekozen.orElse(null));
        model.addAttribute("jaren", jaren);
        model.addAttribute("jaar", gekozenJaar);
        model.addAttribute("segmenten", Segment.values());
        model.addAttribute("perJaar", perJaar);
        model.addAttribute("perGemeente", perGemeente(inZorg, gekozenJaar));
        model.addAttribute("gekozenRij", perJaar.stream().filter(r -> r.sleutel().equals(String.valueOf(gekozenJaar)))
                .findFirst().orElse(null));
        model.addAttribute("grafiek", grafiek(perJaar, locale));
        model.addAttribute("verouderdeLocaties", verouderdeLocaties());
        model.addAttribute("verouderdNa", Plaatsen.VEROUDERD_NA_DAGEN);
        model.addAttribute("teBeantwoorden", eigenAanbieder().map(plaatsingen::onbeantwoordVoor).orElse(0));
        return "overzicht";
    }

    /** A provider's planner is reminded of its own locations whose places have not been confirmed for a week. */
    private List<Beschikbaarheid> verouderdeLocaties() {
        return eigenAanbieder().map(a -> plaatsen.alle().stream().filter(b -> b.verouderd() && b.locatie().aanbieder().equals(a))
                .toList()).orElse(List.of());
    }

    private Optional<String> eigenAanbieder() {
        return huidige.huidige().map(Gebruiker::organisatie).filter(o -> o.soort() == Organisatie.Soort.AANBIEDER)
                .map(Organisatie::code);
    }

    /** The latest year with trajectories running through December; the current year is still partial. */
    private int laatsteVolleJaar(List<Integer> jaren) {
        int huidig = kalender.vandaag().getYear();
        return jaren.stream().filter(j -> j < huidig).reduce((a, b) -> b).orElse(jaren.getLast());
    }

    private static List<Rij> perJaar(List<JeugdigenInZorg> inZorg, int jeugdigen) {
        Map<Integer, Map<String, Long>> segmenten = new LinkedHashMap<>();
        inZorg.stream().filter(j -> !j.alleSegmenten())
                .forEach(j -> segmenten.computeIfAbsent(j.jaar(), k -> new LinkedHashMap<>()).put(j.segment(), j.jeugdigen()));
        return inZorg.stream().filter(JeugdigenInZorg::alleSegmenten)
                .map(t -> new Rij(String.valueOf(t.jaar()), String.valueOf(t.jaar()),
                        segmenten.getOrDefault(t.jaar(), Map.of()), t.jeugdigen(), per1000(t.jeugdigen017(), jeugdigen)))
                .toList();
    }

    private List<Rij> perGemeente(List<JeugdigenInZorg> inZorg, int jaar) {
        Map<String, Map<String, Long>> segmenten = new LinkedHashMap<>();
        Map<String, Long> totalen = new LinkedHashMap<>();
        Map<String, Long> totalen017 = new LinkedHashMap<>();
        inZorg.stream().filter(j -> j.jaar() == jaar && !j.regio()).forEach(j -> {
            if (j.alleSegmenten()) {
                totalen.put(j.gemeente(), j.jeugdigen());
                totalen017.put(j.gemeente(), j.jeugdigen017());
            } else {
                segmenten.computeIfAbsent(j.gemeente(), k -> new LinkedHashMap<>()).put(j.segment(), j.jeugdigen());
            }
        });
        List<Rij> rijen = new ArrayList<>();
        for (Gemeente g : regio.regio().gemeenten()) {
            long totaal = totalen.getOrDefault(g.code(), 0L);
            rijen.add(new Rij(g.code(), g.naam(), segmenten.getOrDefault(g.code(), Map.of()), totaal,
                    per1000(totalen017.getOrDefault(g.code(), 0L), g.jeugdigen())));
        }
        return rijen;
    }

    private static Double per1000(long aantal, int jeugdigen) {
        return jeugdigen <= 0 ? null : Math.round(aantal * 10000.0 / jeugdigen) / 10.0;
    }

    /** Series for the chart script as JSON, the same numbers as the table below it. */
    private String grafiek(List<Rij> perJaar, Locale locale) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("labels", perJaar.stream().map(Rij::label).toList());
        List<Map<String, Object>> reeksen = new ArrayList<>();
        for (Segment s : Segment.values()) {
            reeksen.add(Map.of("naam", teksten.getMessage("segment." + s.code(), null, locale),
                    "waarden", perJaar.stream().map(r -> r.perSegment().getOrDefault(s.code(), 0L)).toList()));
        }
        reeksen.add(Map.of("naam", teksten.getMessage("overzicht.kolom.totaal", null, locale),
                "waarden", perJaar.stream().map(Rij::totaal).toList()));
        data.put("reeksen", reeksen);
        return JSON.writeValueAsString(data).replace("</", "<\\/");
    }
}
