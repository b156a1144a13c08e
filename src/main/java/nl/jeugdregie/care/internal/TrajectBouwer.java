package nl.jeugdregie.care.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import nl.jeugdregie.care.Traject;
import nl.jeugdregie.care.internal.Feiten.MeldingFeit;
import nl.jeugdregie.care.internal.Feiten.ToewijzingFeit;
import nl.jeugdregie.care.internal.Feiten.VerzoekFeit;
import nl.jeugdregie.region.ProductIndeling;
import nl.jeugdregie.region.Segment;

/**
 * Derives one youth's trajectories from all their facts, so the result never depends on the order
 * in which messages arrived (OP080):
 * <ol>
 * <li>per assigned product the latest assignment by toewijzingsdatum + toewijzingstijd counts (OP033x1);</li>
 * <li>starts and stops, in order of their date of issue, make care periods: a stop needs its start
 *     (OP072), one open start per assigned product (OP289), status 3 withdraws;</li>
 * <li>periods of the same provider and care form that overlap or follow without a gap merge into one
 *     trajectory (CBS); for stay the start is the day after the first night.</li>
 * </ol>
 */
final class TrajectBouwer {

    static final String GEMEENTELIJKE_TOEGANG = "01";
    private static final String VERWIJDERD = "13";

    /** A data-quality finding about a youth's facts. */
    record Bevinding(long berichtId, String code, String omschrijving) {
    }

    record Uitkomst(List<Traject> trajecten, List<Bevinding> bevindingen) {
    }

    private record Periode(ToewijzingFeit toewijzing, String gemeente, String aanbieder, ProductIndeling product,
                           LocalDate begin, LocalDate eind, String reden) {
    }

    private final BiFunction<String, String, ProductIndeling> indeling;

    TrajectBouwer(BiFunction<String, String, ProductIndeling> indeling) {
        this.indeling = indeling;
    }

    Uitkomst bouw(Feiten feiten) {
        List<Bevinding> bevindingen = new ArrayList<>();
        Map<String, ToewijzingFeit> toewijzingen = geldendeToewijzingen(feiten.toewijzingen());
        List<Periode> perioden = perioden(feiten.meldingen(), toewijzingen, bevindingen);
        List<List<Periode>> groepen = voegSamen(perioden);
        List<Traject> trajecten = new ArrayList<>();
        for (List<Periode> groep : groepen) {
            trajecten.add(traject(feiten.jeugdige(), groep, feiten.verzoeken(), gestartMetCrisis(groep, groepen)));
        }
        trajecten.sort(Comparator.comparing(Traject::begindatum).thenComparing(Traject::aanbieder));
        return new Uitkomst(trajecten, bevindingen);
    }

    private static String sleutel(String gemeente, String aanbieder, String nummer) {
        return gemeente + "|" + aanbieder + "|" + nummer;
    }

    private static Map<String, ToewijzingFeit> geldendeToewijzingen(List<ToewijzingFeit> versies) {
        Comparator<ToewijzingFeit> laatste = Comparator.comparing(ToewijzingFeit::toewijzingsdatum)
                .thenComparing(ToewijzingFeit::toewijzingstijd)
                .thenComparingLong(ToewijzingFeit::berichtId);
        return versies.stream().collect(Collectors.toMap(t -> sleutel(t.gemeente(), t.aanbieder(), t.nummer()),
                t -> t, (a, b) -> laatste.compare(a, b) >= 0 ? a : b, HashMap::new));
    }

    private List<Periode> perioden(List<MeldingFeit> meldingen, Map<String, ToewijzingFeit> toewijzingen,
                                   List<Bevinding> bevindingen) {
        Map<String, List<MeldingFeit>> perProduct = meldingen.stream()
                .sorted(Comparator.comparing(MeldingFeit::dagtekening).thenComparing(m -> !m.start())
                        .thenComparingLong(MeldingFeit::berichtId))
                .collect(Collectors.groupingBy(m -> sleutel(m.gemeente(), m.aanbieder(), m.nummer()),
                        LinkedHashMap::new, Collectors.toList()));
        List<Periode> perioden = new ArrayList<>();
        perProduct.forEach((sleutel, reeks) -> {
            ToewijzingFeit toewijzing = toewijzingen.get(sleutel);
            if (toewijzing != null && VERWIJDERD.equals(toewijzing.redenWijziging())) {
                return;
            }
            if (toewijzing == null) {
                MeldingFeit eerste = reeks.getFirst();
                bevindingen.add(new Bevinding(eerste.berichtId(), "ZONDER_TOEWIJZING", "Start/stop zorg voor toewijzing "
                        + eerste.nummer() + " van aanbieder " + eerste.aanbieder() + " zonder bekende toewijzing"));
            }
            TreeMap<LocalDate, MeldingFeit[]> startStop = new TreeMap<>();
            for (MeldingFeit m : reeks) {
                verwerk(m, startStop, bevindingen);
            }
            startStop.values().forEach(ss -> perioden.add(periode(ss[0], ss[1], toewijzing)));
        });
        return perioden;
    }

    private static void verwerk(MeldingFeit m, TreeMap<LocalDate, MeldingFeit[]> startStop, List<Bevinding> bevindingen) {
        boolean intrekken = m.status().equals("3");
        MeldingFeit[] bestaand = startStop.get(m.begindatum());
        if (m.start()) {
            if (intrekken) {
                startStop.remove(m.begindatum());
            } else if (bestaand != null) {
                bestaand[0] = m;
            } else if (startStop.values().stream().anyMatch(ss -> ss[1] == null)) {
                bevindingen.add(new Bevinding(m.berichtId(), "OP289", "Start zorg " + m.begindatum()
                        + " voor toewijzing " + m.nummer() + " terwijl een eerdere start nog loopt; genegeerd"));
            } else {
                startStop.put(m.begindatum(), new MeldingFeit[] {m, null});
            }
        } else if (bestaand == null) {
            if (!intrekken) {
                bevindingen.add(new Bevinding(m.berichtId(), "OP072", "Stop zorg voor toewijzing " + m.nummer()
                        + " met begindatum " + m.begindatum() + " zonder bijbehorende start; genegeerd"));
            }
        } else {
            bestaand[1] = intrekken ? null : m;
        }
    }

    private Periode periode(MeldingFeit start, MeldingFeit stop, ToewijzingFeit toewijzing) {
        String categorie = start.categorie() != null ? start.categorie()
                : toewijzing != null ? toewijzing.categorie() : null;
        String code = start.code() != null ? start.code() : toewijzing != null ? toewijzing.code() : null;
        ProductIndeling product = indeling.apply(categorie, code);
        return new Periode(toewijzing, start.gemeente(), start.aanbieder(), product, start.begindatum(),
                stop == null ? null : stop.einddatum(), stop == null ? null : stop.reden());
    }

    private static List<List<Periode>> voegSamen(List<Periode> perioden) {
        Map<String, List<Periode>> perVorm = perioden.stream()
                .sorted(Comparator.comparing(Periode::begin))
                .collect(Collectors.groupingBy(p -> p.aanbieder() + "|" + p.product().hulpvorm().code(),
                        LinkedHashMap::new, Collectors.toList()));
        List<List<Periode>> groepen = new ArrayList<>();
        for (List<Periode> reeks : perVorm.values()) {
            List<Periode> groep = new ArrayList<>();
            LocalDate eindGroep = null;
            for (Periode p : reeks) {
                boolean sluitAan = !groep.isEmpty() && (eindGroep == null || !p.begin().isAfter(eindGroep.plusDays(1)));
                if (!groep.isEmpty() && !sluitAan) {
                    groepen.add(groep);
                    groep = new ArrayList<>();
                }
                eindGroep = groep.isEmpty() ? p.eind() : later(eindGroep, p.eind());
                groep.add(p);
            }
            groepen.add(groep);
        }
        return groepen;
    }

    /**
     * Care started in crisis: its first period is crisis care, or crisis-only care of the youth ran
     * up to (or into) its first day. Compared on reported dates, before the stay-start shift.
     */
    private static boolean gestartMetCrisis(List<Periode> groep, List<List<Periode>> groepen) {
        Periode eerste = groep.getFirst();
        if (eerste.product().segment() == Segment.CRISIS) {
            return true;
        }
        return groepen.stream()
                .filter(g -> g != groep && g.stream().allMatch(p -> p.product().segment() == Segment.CRISIS))
                .anyMatch(c -> {
                    LocalDate eind = eind(c);
                    return !c.getFirst().begin().isAfter(eerste.begin())
                            && (eind == null || !eind.plusDays(1).isBefore(eerste.begin()));
                });
    }

    private static LocalDate eind(List<Periode> groep) {
        return groep.stream().anyMatch(p -> p.eind() == null) ? null
                : groep.stream().map(Periode::eind).max(Comparator.naturalOrder()).orElseThrow();
    }

    /** Null means open: later than any date. */
    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null || b == null ? null : a.isAfter(b) ? a : b;
    }

    private static Traject traject(String jeugdige, List<Periode> groep, List<VerzoekFeit> verzoeken, boolean crisis) {
        Periode eerste = groep.getFirst();
        boolean open = groep.stream().anyMatch(p -> p.eind() == null);
        Periode laatste = open ? null : groep.stream().max(Comparator.comparing(Periode::eind)).orElseThrow();
        LocalDate begin = eerste.begin();
        if (eerste.product().hulpvorm().metVerblijf()) {
            begin = begin.plusDays(1);
            if (!open && laatste.eind().isBefore(begin)) {
                begin = laatste.eind();
            }
        }
        Segment segment = groep.stream()
                .filter(p -> p.product().segment() != Segment.CRISIS)
                .max(Comparator.comparing(Periode::begin))
                .map(p -> p.product().segment())
                .orElse(Segment.CRISIS);
        String productcodes = groep.stream().map(p -> p.product().code()).filter(Objects::nonNull).distinct()
                .collect(Collectors.joining(","));
        LocalDate geboortedatum = groep.stream().map(Periode::toewijzing).filter(Objects::nonNull)
                .map(ToewijzingFeit::geboortedatum).findFirst().orElse(null);
        return new Traject(jeugdige, eerste.gemeente(), eerste.aanbieder(), eerste.product().hulpvorm(), segment,
                begin, open ? null : laatste.eind(), crisis,
                verwijzer(eerste, verzoeken), open ? null : laatste.reden(), geboortedatum,
                productcodes.length() > 200 ? productcodes.substring(0, 200) : productcodes);
    }

    /** The request the assignment answered names the referrer; without one the municipality referred. */
    private static String verwijzer(Periode eerste, List<VerzoekFeit> verzoeken) {
        ToewijzingFeit t = eerste.toewijzing();
        if (t == null) {
            return GEMEENTELIJKE_TOEGANG;
        }
        return verzoeken.stream()
                .filter(v -> v.aanbieder().equals(t.aanbieder()) && v.verwijzer() != null)
                .filter(v -> t.referentie() != null ? t.referentie().equals(v.referentie())
                        : Objects.equals(v.code(), t.code()) && !v.dagtekening().isAfter(t.toewijzingsdatum()))
                .map(VerzoekFeit::verwijzer)
                .findFirst()
                .orElse(GEMEENTELIJKE_TOEGANG);
    }
}
