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
 * <li>care in another care form that the provider of a foster or residential stay delivers during that
 *     stay is part of the stay (CBS, "Alle hulpverlening en behandeling die gedurende de pleegzorg en het
 *     residentiële verblijf plaatsvinden en door dezelfde jeugdhulpaanbieder worden aangeboden, vallen onder
 *     de pleegzorg en het residentiële verblijf"): the days of such a period within the stay join the stay,
 *     its days before or after the stay stay care of their own; another provider's care during the stay is
 *     care without stay of its own;</li>
 * <li>periods of the same provider and care form that overlap or follow without a gap merge into one
 *     trajectory (CBS); for stay the start is the day after the first night;</li>
 * <li>a trajectory started with crisis when its own first period is crisis care (CBS 3.4: whether this
 *     care began by stabilising a crisis) — a crisis at another provider before it is that provider's
 *     crisis trajectory, counted once.</li>
 * </ol>
 * Every trajectory keeps its products and care periods ({@link Traject#deelperioden()}), those taken
 * into a stay among them, so "a stay with ambulant treatment alongside" stays measurable.
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
        List<Periode> verblijf = perioden.stream().filter(TrajectBouwer::verblijf).toList();
        List<List<Periode>> verblijven = voegSamen(verblijf);
        List<Periode> opgenomen = new ArrayList<>();
        List<Periode> overig = new ArrayList<>();
        for (Periode p : perioden) {
            if (!verblijf.contains(p)) {
                neemOp(p, verblijven, opgenomen, overig);
            }
        }
        List<List<Periode>> groepen = new ArrayList<>(verblijven);
        groepen.addAll(voegSamen(overig));
        List<Traject> trajecten = new ArrayList<>();
        for (List<Periode> groep : groepen) {
            List<Periode> erbij = verblijven.contains(groep) ? binnen(groep, opgenomen) : List.of();
            trajecten.add(traject(feiten.jeugdige(), groep, erbij, feiten.verzoeken(), gestartMetCrisis(groep)));
        }
        trajecten.sort(Comparator.comparing(Traject::begindatum).thenComparing(Traject::aanbieder));
        return new Uitkomst(trajecten, bevindingen);
    }

    private static boolean verblijf(Periode p) {
        return p.product().hulpvorm().metVerblijf();
    }

    /**
     * Splits a period of care without stay by the same provider's stays: the days within a stay go
     * to {@code opgenomen}, the days before and after each stay to {@code overig}. Measures (youth
     * protection and probation) are no youth care and are never taken in.
     */
    private static void neemOp(Periode p, List<List<Periode>> verblijven, List<Periode> opgenomen, List<Periode> overig) {
        if (!p.product().segment().jeugdhulp()) {
            overig.add(p);
            return;
        }
        List<Periode> rest = List.of(p);
        for (List<Periode> v : verblijven) {
            if (!v.getFirst().aanbieder().equals(p.aanbieder())) {
                continue;
            }
            LocalDate vb = v.getFirst().begin();
            LocalDate ve = eind(v);
            List<Periode> nieuw = new ArrayList<>();
            for (Periode r : rest) {
                boolean overlapt = (ve == null || !r.begin().isAfter(ve)) && (r.eind() == null || !r.eind().isBefore(vb));
                if (!overlapt) {
                    nieuw.add(r);
                    continue;
                }
                if (r.begin().isBefore(vb)) {
                    // Up to the day before the stay: it went into the stay, no reason of its own ended it.
                    nieuw.add(new Periode(r.toewijzing(), r.gemeente(), r.aanbieder(), r.product(), r.begin(), vb.minusDays(1), null));
                }
                LocalDate tot = r.eind() == null ? ve : ve == null ? r.eind() : r.eind().isBefore(ve) ? r.eind() : ve;
                opgenomen.add(new Periode(r.toewijzing(), r.gemeente(), r.aanbieder(), r.product(),
                        r.begin().isBefore(vb) ? vb : r.begin(), tot, r.reden()));
                if (ve != null && (r.eind() == null || r.eind().isAfter(ve))) {
                    nieuw.add(new Periode(r.toewijzing(), r.gemeente(), r.aanbieder(), r.product(), ve.plusDays(1), r.eind(), r.reden()));
                }
            }
            rest = nieuw;
        }
        overig.addAll(rest);
    }

    /** The taken-in periods that lie within this stay. */
    private static List<Periode> binnen(List<Periode> verblijf, List<Periode> opgenomen) {
        LocalDate vb = verblijf.getFirst().begin();
        LocalDate ve = eind(verblijf);
        return opgenomen.stream()
                .filter(p -> p.aanbieder().equals(verblijf.getFirst().aanbieder()) && !p.begin().isBefore(vb)
                        && (ve == null || !p.begin().isAfter(ve)))
                .toList();
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

    /** CBS 3.4: this trajectory's own care began with crisis care. */
    private static boolean gestartMetCrisis(List<Periode> groep) {
        return groep.getFirst().product().segment() == Segment.CRISIS;
    }

    private static LocalDate eind(List<Periode> groep) {
        return groep.stream().anyMatch(p -> p.eind() == null) ? null
                : groep.stream().map(Periode::eind).max(Comparator.naturalOrder()).orElseThrow();
    }

    /** Null means open: later than any date. */
    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null || b == null ? null : a.isAfter(b) ? a : b;
    }

    private static Traject traject(String jeugdige, List<Periode> groep, List<Periode> erbij, List<VerzoekFeit> verzoeken,
                                   boolean crisis) {
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
        List<Periode> alle = new ArrayList<>(groep);
        alle.addAll(erbij);
        String productcodes = alle.stream().map(p -> p.product().code()).filter(Objects::nonNull).distinct()
                .collect(Collectors.joining(","));
        String deelperioden = alle.stream().sorted(Comparator.comparing(Periode::begin))
                .map(p -> Objects.requireNonNullElse(p.product().code(), "cat. " + p.product().categorie()) + " " + p.begin()
                        + ".." + (p.eind() == null ? "" : p.eind()))
                .collect(Collectors.joining("; "));
        LocalDate geboortedatum = groep.stream().map(Periode::toewijzing).filter(Objects::nonNull)
                .map(ToewijzingFeit::geboortedatum).findFirst().orElse(null);
        return new Traject(jeugdige, eerste.gemeente(), eerste.aanbieder(), eerste.product().hulpvorm(), segment,
                begin, open ? null : laatste.eind(), crisis,
                verwijzer(eerste, verzoeken), open ? null : laatste.reden(), geboortedatum,
                productcodes.length() > 200 ? productcodes.substring(0, 200) : productcodes,
                deelperioden.length() > 1000 ? deelperioden.substring(0, 999) + "…" : deelperioden);
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
