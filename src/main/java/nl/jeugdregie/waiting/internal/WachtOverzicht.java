package nl.jeugdregie.waiting.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.jeugdregie.waiting.Wacht;
import nl.jeugdregie.waiting.Wachtnorm;

/**
 * The current waiting lists from a set of waits, on a reference date: by any dimension, the
 * distinct youths and their overlap, the signals. Pure; the realised waits are {@link Gerealiseerd}'s.
 */
final class WachtOverzicht {

    /** Days after which an assignment without a start is a signal, unless the region sets another number. */
    static final int ZONDER_START_DAGEN = 30;
    /** Working days after which an unanswered request is a signal: the standard's decision term. */
    static final int ONBEANTWOORD_WERKDAGEN = 5;

    record Groep(String sleutel, long wachtend, long jeugdigen, long mediaanDagen, long p80Dagen, long maxDagen,
                 long bovenNorm, double aandeelBovenNorm) {
    }

    record Paar(String aanbiederA, String aanbiederB, long jeugdigen) {
    }

    /** Youths by the number of lists (provider × product) they wait on: 1, 2, 3 or more. */
    record Overlap(long jeugdigen, long eenLijst, long tweeLijsten, long drieOfMeer, List<Paar> paren) {
    }

    record Maand(YearMonth maand, long gestart, Long mediaan, Long p80, Long p95, Double binnenNorm) {
    }

    /** @param verweesd open beyond the orphan age: a data-quality finding, in none of the waiting figures */
    record Signalen(long zonderStart, long onbeantwoord, long bovenNorm, long verweesd) {
    }

    /** A running wait with what every table asks of it, worked out once. */
    private record Lopend(Wacht wacht, long dagen, boolean bovenNorm) {
    }

    private final List<Lopend> lopend;
    private final List<Wacht> wachtend;
    private final List<Wacht> verweesd;
    /** The waiting ones beyond their norm, judged once: every table asks. */
    private final Set<Wacht> bovenNorm = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private final Map<String, Wachtnorm> normen;
    private final LocalDate peildatum;
    private final int zonderStartDagen;

    WachtOverzicht(List<Wacht> wachten, Map<String, Wachtnorm> normen, LocalDate peildatum) {
        this(wachten, normen, peildatum, ZONDER_START_DAGEN);
    }

    WachtOverzicht(List<Wacht> wachten, Map<String, Wachtnorm> normen, LocalDate peildatum, int zonderStartDagen) {
        this.normen = normen;
        this.peildatum = peildatum;
        this.zonderStartDagen = zonderStartDagen;
        this.wachtend = wachten.stream().filter(w -> w.stand(peildatum) == Wacht.Stand.WACHTEND).toList();
        this.verweesd = wachten.stream().filter(w -> w.stand(peildatum) == Wacht.Stand.VERWEESD).toList();
        this.lopend = wachtend.stream().map(w -> new Lopend(w, w.dagen(peildatum), beoordeelNorm(w))).toList();
        this.lopend.stream().filter(Lopend::bovenNorm).forEach(l -> bovenNorm.add(l.wacht()));
    }

    /** Assigned, and still no start after the set number of days. */
    boolean zonderStart(Wacht w) {
        return w.stand(peildatum) == Wacht.Stand.WACHTEND && w.toewijzing() != null && w.startDagen(peildatum) > zonderStartDagen;
    }

    /** Requested, and still undecided after the decision term. */
    boolean onbeantwoord(Wacht w) {
        return w.stand(peildatum) == Wacht.Stand.WACHTEND && w.toewijzing() == null
                && w.beslisWerkdagen(peildatum) > ONBEANTWOORD_WERKDAGEN;
    }

    List<Wacht> wachtend() {
        return wachtend;
    }

    /** Presumed orphaned ({@link Wacht.Stand#VERWEESD}): for the provider and municipality to correct. */
    List<Wacht> verweesd() {
        return verweesd;
    }

    /**
     * A wait still running beyond its norm: while undecided, the working days since the request
     * against the decision norm; once assigned, the days since the assignment against the start norm.
     */
    boolean bovenNorm(Wacht w) {
        return bovenNorm.contains(w);
    }

    private boolean beoordeelNorm(Wacht w) {
        Wachtnorm n = normen.get(w.segment().code());
        if (n == null) {
            return false;
        }
        return w.toewijzing() == null ? w.beslisWerkdagen(peildatum) > n.beslisWerkdagen()
                : w.startDagen(peildatum) > n.startDagen();
    }

    /** The key of a wait whose value for a dimension is missing: iJw allows a product by its category alone. */
    static final String ONBEKEND = "onbekend";

    List<Groep> groepen(Function<Wacht, String> dimensie) {
        Map<String, List<Lopend>> perSleutel = lopend.stream().collect(Collectors.groupingBy(
                l -> java.util.Objects.requireNonNullElse(dimensie.apply(l.wacht()), ONBEKEND), TreeMap::new, Collectors.toList()));
        List<Groep> groepen = new ArrayList<>();
        perSleutel.forEach((k, lijst) -> groepen.add(groep(k, lijst)));
        return groepen;
    }

    Groep totaal() {
        return groep("totaal", lopend);
    }

    private Groep groep(String sleutel, List<Lopend> lijst) {
        long[] dagen = lijst.stream().mapToLong(Lopend::dagen).sorted().toArray();
        long boven = lijst.stream().filter(Lopend::bovenNorm).count();
        return new Groep(sleutel, lijst.size(), lijst.stream().map(l -> l.wacht().jeugdige()).distinct().count(),
                percentiel(dagen, 50), percentiel(dagen, 80), dagen.length == 0 ? 0 : dagen[dagen.length - 1], boven,
                lijst.isEmpty() ? 0 : Math.round(boven * 1000.0 / lijst.size()) / 10.0);
    }

    Overlap overlap(int paren) {
        Map<String, Set<String>> lijstenPerJeugdige = new LinkedHashMap<>();
        Map<String, Set<String>> aanbiedersPerJeugdige = new LinkedHashMap<>();
        for (Wacht w : wachtend()) {
            lijstenPerJeugdige.computeIfAbsent(w.jeugdige(), k -> new HashSet<>()).add(w.aanbieder() + "|" + w.productcode());
            aanbiedersPerJeugdige.computeIfAbsent(w.jeugdige(), k -> new HashSet<>()).add(w.aanbieder());
        }
        long een = 0;
        long twee = 0;
        long meer = 0;
        for (Set<String> lijsten : lijstenPerJeugdige.values()) {
            switch (Math.min(lijsten.size(), 3)) {
                case 1 -> een++;
                case 2 -> twee++;
                default -> meer++;
            }
        }
        Map<String, Long> perPaar = new TreeMap<>();
        for (Set<String> aanbieders : aanbiedersPerJeugdige.values()) {
            List<String> gesorteerd = aanbieders.stream().sorted().toList();
            for (int i = 0; i < gesorteerd.size(); i++) {
                for (int j = i + 1; j < gesorteerd.size(); j++) {
                    perPaar.merge(gesorteerd.get(i) + "|" + gesorteerd.get(j), 1L, Long::sum);
                }
            }
        }
        List<Paar> top = perPaar.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(paren)
                .map(e -> new Paar(e.getKey().split("\\|")[0], e.getKey().split("\\|")[1], e.getValue()))
                .toList();
        return new Overlap(lijstenPerJeugdige.size(), een, twee, meer, top);
    }

    Signalen signalen() {
        List<Wacht> wachtend = wachtend();
        return new Signalen(wachtend.stream().filter(this::zonderStart).count(),
                wachtend.stream().filter(this::onbeantwoord).count(), wachtend.stream().filter(this::bovenNorm).count(),
                verweesd.size());
    }

    /** Nearest-rank percentile of sorted values; 0 for none. */
    static long percentiel(long[] gesorteerd, int p) {
        if (gesorteerd.length == 0) {
            return 0;
        }
        int rang = (int) Math.ceil(p / 100.0 * gesorteerd.length);
        return gesorteerd[Math.max(0, rang - 1)];
    }

    static Comparator<Groep> grootsteEerst() {
        return Comparator.comparingLong(Groep::wachtend).reversed().thenComparing(Groep::sleutel);
    }
}
