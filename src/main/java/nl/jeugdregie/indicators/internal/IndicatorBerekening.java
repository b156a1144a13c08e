package nl.jeugdregie.indicators.internal;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.jeugdregie.care.Traject;
import nl.jeugdregie.indicators.Waarde;
import nl.jeugdregie.region.Hulpvorm;
import nl.jeugdregie.region.Segment;

/**
 * Computes every indicator's monthly values from the trajectories, in one pass: per month, scope
 * (municipality and region) and segment (each and all). Pure: trajectories and youth population
 * in, values out.
 */
final class IndicatorBerekening {

    private record Sleutel(YearMonth maand, String gemeente, String segment) {
    }

    /** Running totals of one (month, scope, segment). */
    private static final class Cel {
        final BitSet inZorg = new BitSet();
        final BitSet gezinsgericht = new BitSet();
        long instroom;
        long crisisstarts;
        long jeugdhulpstarts;
        long toegangOfGi;
        long huisarts;
        long herinstroom;
        long centen;
        final List<Long> duren = new ArrayList<>();
    }

    private final YearMonth van;
    private final YearMonth tot;
    private final Map<String, Integer> jeugdigenPerGemeente;
    private final Map<Sleutel, Cel> cellen = new HashMap<>();
    private final Map<String, Integer> nummers = new HashMap<>();
    private String vorigeJeugdige;
    private final List<Traject> eerdereVanJeugdige = new ArrayList<>();

    /** Every month, scope and segment gets its values, zero counts included, so no series has gaps. */
    IndicatorBerekening(YearMonth van, YearMonth tot, Map<String, Integer> jeugdigenPerGemeente) {
        this.van = van;
        this.tot = tot;
        this.jeugdigenPerGemeente = jeugdigenPerGemeente;
        List<String> gebieden = new ArrayList<>(jeugdigenPerGemeente.keySet());
        gebieden.add(Waarde.REGIO);
        for (YearMonth m = van; !m.isAfter(tot); m = m.plusMonths(1)) {
            for (String gebied : gebieden) {
                cel(m, gebied, Waarde.ALLE);
                for (Segment segment : Segment.values()) {
                    cel(m, gebied, segment.code());
                }
            }
        }
    }

    /** Trajectories must come ordered by youth and start, so re-entry can look back at the youth's earlier care. */
    void voegToe(Traject t) {
        if (!t.jeugdige().equals(vorigeJeugdige)) {
            vorigeJeugdige = t.jeugdige();
            eerdereVanJeugdige.clear();
        }
        boolean herinstroom = eerdereVanJeugdige.stream().anyMatch(e -> e.einddatum() != null
                && e.einddatum().isBefore(t.begindatum()) && !e.einddatum().isBefore(t.begindatum().minusMonths(12)));
        eerdereVanJeugdige.add(t);
        int nummer = nummers.computeIfAbsent(t.jeugdige(), k -> nummers.size());
        String segment = t.segment().code();
        boolean jeugdhulp = t.segment() != Segment.JEUGDBESCHERMING && t.segment() != Segment.JEUGDRECLASSERING;
        boolean familie = t.hulpvorm() == Hulpvorm.PLEEGZORG || t.hulpvorm() == Hulpvorm.GEZINSGERICHT;
        YearMonth eerste = later(YearMonth.from(t.begindatum()), van);
        YearMonth laatste = t.einddatum() == null ? tot : eerder(YearMonth.from(t.einddatum()), tot);
        for (YearMonth m = eerste; !m.isAfter(laatste); m = m.plusMonths(1)) {
            for (Cel c : cellen(m, t.gemeente(), segment)) {
                c.inZorg.set(nummer);
                if (familie && t.segment() == Segment.VERBLIJF) {
                    c.gezinsgericht.set(nummer);
                }
            }
        }
        YearMonth start = YearMonth.from(t.begindatum());
        if (binnen(start)) {
            for (Cel c : cellen(start, t.gemeente(), segment)) {
                c.instroom++;
                if (jeugdhulp) {
                    c.jeugdhulpstarts++;
                    c.crisisstarts += t.gestartMetCrisis() ? 1 : 0;
                    c.toegangOfGi += t.verwijzer().equals("01") || t.verwijzer().equals("04") ? 1 : 0;
                    c.huisarts += t.verwijzer().equals("02") ? 1 : 0;
                    c.herinstroom += herinstroom ? 1 : 0;
                }
            }
        }
        if (t.einddatum() != null && binnen(YearMonth.from(t.einddatum()))) {
            long dagen = ChronoUnit.DAYS.between(t.begindatum(), t.einddatum()) + 1;
            for (Cel c : cellen(YearMonth.from(t.einddatum()), t.gemeente(), segment)) {
                c.duren.add(dagen);
            }
        }
    }

    /** Invoiced amounts count in the month their period starts, in the segment of their product. */
    void voegToe(String gemeente, Segment segment, YearMonth maand, long centen) {
        if (binnen(maand)) {
            for (Cel c : cellen(maand, gemeente, segment.code())) {
                c.centen += centen;
            }
        }
    }

    List<Waarde> waarden() {
        List<Waarde> waarden = new ArrayList<>(cellen.size() * 8);
        cellen.forEach((k, c) -> {
            long inZorg = c.inZorg.cardinality();
            waarden.add(telling("jeugdigen-in-zorg", k, inZorg));
            Integer jeugdigen = k.gemeente().equals(Waarde.REGIO)
                    ? jeugdigenPerGemeente.values().stream().mapToInt(Integer::intValue).sum()
                    : jeugdigenPerGemeente.get(k.gemeente());
            waarden.add(verhouding("jeugdigen-per-1000", k, inZorg, jeugdigen == null ? 0 : jeugdigen, 1000));
            waarden.add(telling("instroom", k, c.instroom));
            waarden.add(telling("uitstroom", k, c.duren.size()));
            waarden.add(verhouding("crisisstart", k, c.crisisstarts, c.jeugdhulpstarts, 100));
            waarden.add(verhouding("verwijzing-toegang-gi", k, c.toegangOfGi, c.jeugdhulpstarts, 100));
            waarden.add(verhouding("verwijzing-huisarts", k, c.huisarts, c.jeugdhulpstarts, 100));
            waarden.add(verhouding("herinstroom", k, c.herinstroom, c.jeugdhulpstarts, 100));
            waarden.add(new Waarde("uitgaven", k.gemeente(), k.segment(), k.maand(), Math.round(c.centen / 100.0) * 1.0,
                    c.centen, null));
            waarden.add(new Waarde("uitgaven-per-jeugdige", k.gemeente(), k.segment(), k.maand(),
                    inZorg == 0 ? null : Math.round(c.centen / 100.0 / inZorg * 10) / 10.0, c.centen, inZorg));
            if (k.segment().equals(Segment.VERBLIJF.code())) {
                waarden.add(verhouding("gezinsgericht", k, c.gezinsgericht.cardinality(), inZorg, 100));
            }
            if (!c.duren.isEmpty()) {
                waarden.add(new Waarde("duur-gemiddeld", k.gemeente(), k.segment(), k.maand(),
                        Math.round(c.duren.stream().mapToLong(Long::longValue).average().orElseThrow() * 10) / 10.0,
                        c.duren.stream().mapToLong(Long::longValue).sum(), (long) c.duren.size()));
                waarden.add(new Waarde("duur-mediaan", k.gemeente(), k.segment(), k.maand(), mediaan(c.duren),
                        c.duren.size(), null));
            }
        });
        return waarden;
    }

    private List<Cel> cellen(YearMonth maand, String gemeente, String segment) {
        return List.of(cel(maand, gemeente, segment), cel(maand, gemeente, Waarde.ALLE),
                cel(maand, Waarde.REGIO, segment), cel(maand, Waarde.REGIO, Waarde.ALLE));
    }

    private Cel cel(YearMonth maand, String gemeente, String segment) {
        return cellen.computeIfAbsent(new Sleutel(maand, gemeente, segment), k -> new Cel());
    }

    private boolean binnen(YearMonth m) {
        return !m.isBefore(van) && !m.isAfter(tot);
    }

    private static Waarde telling(String indicator, Sleutel k, long aantal) {
        return new Waarde(indicator, k.gemeente(), k.segment(), k.maand(), (double) aantal, aantal, null);
    }

    private static Waarde verhouding(String indicator, Sleutel k, long teller, long noemer, int schaal) {
        Double waarde = noemer == 0 ? null : Math.round(teller * schaal * 10.0 / noemer) / 10.0;
        return new Waarde(indicator, k.gemeente(), k.segment(), k.maand(), waarde, teller, noemer);
    }

    private static double mediaan(List<Long> duren) {
        List<Long> gesorteerd = duren.stream().sorted().toList();
        int n = gesorteerd.size();
        return n % 2 == 1 ? gesorteerd.get(n / 2) : (gesorteerd.get(n / 2 - 1) + gesorteerd.get(n / 2)) / 2.0;
    }

    private static YearMonth later(YearMonth a, YearMonth b) {
        return a.isAfter(b) ? a : b;
    }

    private static YearMonth eerder(YearMonth a, YearMonth b) {
        return a.isBefore(b) ? a : b;
    }
}
