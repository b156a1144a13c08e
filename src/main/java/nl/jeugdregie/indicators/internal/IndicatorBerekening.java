package nl.jeugdregie.indicators.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import nl.jeugdregie.care.Afleidingsfouten;
import nl.jeugdregie.database.Onderbreking;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import nl.jeugdregie.care.Levering;
import nl.jeugdregie.care.Toegewezen;
import nl.jeugdregie.care.Traject;
import nl.jeugdregie.placement.Plaatsingen;
import nl.jeugdregie.care.Uitgave;
import nl.jeugdregie.indicators.Doorsnede;
import nl.jeugdregie.indicators.Periode;
import nl.jeugdregie.indicators.Waarde;
import nl.jeugdregie.region.Hulpvorm;
import nl.jeugdregie.region.ProductIndeling;
import nl.jeugdregie.region.Segment;
import nl.jeugdregie.region.Werkdagen;
import nl.jeugdregie.waiting.Wacht;

/**
 * Computes every indicator from the trajectories, invoices and delivery facts, in one pass: per
 * slice (region, municipality, provider × all care, segment, care form) and per month, quarter,
 * half-year and year. Pure: data in, {@link IndicatorCijfers} out.
 */
final class IndicatorBerekening {

    static final int HERINSTROOM_MAANDEN = 12;
    static final int EERDER_JEUGDHULP_JAREN = 5;
    static final int DOORPLAATSING_DAGEN = 30;
    static final int AMBULANT_VOORAF_DAGEN = 90;
    static final int MELDING_WERKDAGEN = 5;
    static final int DECLARATIE_MAANDEN = 3;
    static final String FREQUENTIE_TOTAAL = "6";

    private final IndicatorCijfers cijfers;
    private final YearMonth van;
    private final YearMonth tot;
    private final Perioden perioden;
    private final Waardering waardering;
    private final List<Traject> vanJeugdige = new ArrayList<>();
    private List<Toegewezen> toewijzingenVanJeugdige = List.of();
    private List<Wacht> wachtenVanJeugdige = List.of();
    private List<Plaatsingen.Doorlooptijd> plaatsingenVanJeugdige = List.of();
    private String jeugdige;
    private final Map<Plek, List<Cel[]>> reeksenPerPlek = new HashMap<>();

    /**
     * A computation from scratch. Municipalities' series exist for every segment and care form,
     * zeros included, so no series has gaps; every municipality-month counts as a missed delivery
     * until an assignment arrives.
     */
    IndicatorBerekening(YearMonth van, YearMonth tot, Map<String, Integer> jeugdigenPerGemeente) {
        this(van, tot, jeugdigenPerGemeente, Waardering.GEEN);
    }

    IndicatorBerekening(YearMonth van, YearMonth tot, Map<String, Integer> jeugdigenPerGemeente, Waardering waardering) {
        this(new IndicatorCijfers(van, tot, jeugdigenPerGemeente, waardering));
        List<String> gebieden = new ArrayList<>(jeugdigenPerGemeente.keySet());
        gebieden.add(Waarde.REGIO);
        for (String gebied : gebieden) {
            reeks(Doorsnede.gemeente(gebied, Waarde.ALLE));
            for (Segment s : Segment.values()) {
                reeks(Doorsnede.gemeente(gebied, s.code()));
            }
            for (Hulpvorm h : Hulpvorm.values()) {
                if (h.jeugdhulp()) {
                    reeks(Doorsnede.gemeente(gebied, Doorsnede.hulpvorm(h)));
                }
            }
        }
        for (String gemeente : jeugdigenPerGemeente.keySet()) {
            for (YearMonth m = van; !m.isAfter(tot); m = m.plusMonths(1)) {
                telGemist(gemeente, m, 1);
            }
        }
    }

    /** Changes to earlier results: the caller holds the write lock of {@code cijfers}. */
    IndicatorBerekening(IndicatorCijfers cijfers) {
        this.cijfers = cijfers;
        this.van = cijfers.van();
        this.tot = cijfers.tot();
        this.perioden = cijfers.perioden();
        this.waardering = cijfers.waardering();
    }

    /** Trajectories must come ordered by youth and start: a youth's whole history is judged at once. */
    void voegToe(Traject t) {
        if (!t.jeugdige().equals(jeugdige)) {
            verwerkJeugdige();
            jeugdige = t.jeugdige();
        }
        vanJeugdige.add(t);
    }

    /** Adds ({@code teken} 1) or takes out (−1) one youth's whole history of trajectories, ordered by start. */
    void pasToe(List<Traject> trajecten, int teken) {
        pasToe(Geschiedenis.van(trajecten), teken);
    }

    /** Adds ({@code teken} 1) or takes out (−1) one youth's whole history: trajectories and what is assigned. */
    void pasToe(Geschiedenis geschiedenis, int teken) {
        pasToe(null, geschiedenis, teken);
    }

    /**
     * As {@link #pasToe(Geschiedenis, int)}, for a named youth. When this throws, the totals may
     * hold part of the youth's history: the caller computes again without it.
     */
    void pasToe(String wie, Geschiedenis geschiedenis, int teken) {
        verwerkJeugdige();
        jeugdige = wie;
        vanJeugdige.addAll(geschiedenis.trajecten());
        toewijzingenVanJeugdige = geschiedenis.toewijzingen();
        wachtenVanJeugdige = geschiedenis.wachten();
        plaatsingenVanJeugdige = geschiedenis.plaatsingen();
        verwerk(teken);
        jeugdige = null;
    }

    /**
     * Adds many youths' whole histories in two halves side by side: a youth's history moves only
     * its own distinct counts, so totals computed apart over other youths add up to the whole. The
     * second half goes into totals of its own, added in at the end.
     *
     * @return the youths whose history could not be added, with the error; the totals then hold
     *         part of their histories and must be computed again without them
     */
    Map<String, RuntimeException> pasToeNaast(Map<String, Geschiedenis> geschiedenissen) {
        List<Map.Entry<String, Geschiedenis>> lijst = List.copyOf(geschiedenissen.entrySet());
        int helft = lijst.size() / 2;
        Map<String, RuntimeException> mislukt = new java.util.concurrent.ConcurrentHashMap<>();
        CompletableFuture<IndicatorCijfers> tweede = CompletableFuture.supplyAsync(() -> {
            IndicatorBerekening deel = new IndicatorBerekening(cijfers.leegeKopie());
            deel.pasToeElk(lijst.subList(helft, lijst.size()), mislukt);
            return deel.klaar();
        });
        pasToeElk(lijst.subList(0, helft), mislukt);
        cijfers.voegBij(tweede.join());
        return mislukt;
    }

    private void pasToeElk(List<Map.Entry<String, Geschiedenis>> geschiedenissen, Map<String, RuntimeException> mislukt) {
        for (Map.Entry<String, Geschiedenis> g : geschiedenissen) {
            try {
                pasToe(g.getKey(), g.getValue(), 1);
            } catch (RuntimeException e) {
                mislukt.put(g.getKey(), e);
            }
        }
    }

    /**
     * Invoiced amounts count in the month their period starts, in the segment and care form of
     * their product; their timeliness in the month they were submitted.
     */
    void voegToe(Uitgave u, Segment segment, Hulpvorm hulpvorm) {
        YearMonth periode = YearMonth.from(u.periodeBegin());
        if (binnen(periode)) {
            for (Cel[] reeks : reeksenVan(u.gemeente(), u.aanbieder(), segment, hulpvorm)) {
                for (int i : perioden.vanMaand(periode)) {
                    reeks[i].centen += u.centen();
                }
            }
        }
        YearMonth gemeld = YearMonth.from(u.gemeld());
        if (binnen(gemeld)) {
            boolean laat = u.gemeld().isAfter(u.periodeEinde().plusMonths(DECLARATIE_MAANDEN));
            for (Cel[] reeks : List.of(reeks(Doorsnede.gemeente(u.gemeente(), Waarde.ALLE)),
                    reeks(Doorsnede.regio(Waarde.ALLE)), reeks(Doorsnede.aanbieder(u.aanbieder(), Waarde.ALLE)))) {
                for (int i : perioden.vanMaand(gemeld)) {
                    reeks[i].declaratieregels += u.regels();
                    reeks[i].laatGedeclareerd += laat ? u.regels() : 0;
                }
            }
        }
    }

    /** Delivery facts count in the month they were reported. */
    void voegToe(Levering l, boolean buitenRegiolijst) {
        YearMonth maand = YearMonth.from(l.gemeld());
        if (!binnen(maand)) {
            return;
        }
        if (l.soort() == Levering.Soort.TOEWIJZING && cijfers.gemeenten().contains(l.gemeente())
                && reeks(Doorsnede.gemeente(l.gemeente(), Waarde.ALLE))[perioden.index(Periode.MAAND, maand)].toewijzingen == 0) {
            telGemist(l.gemeente(), maand, -1);
        }
        boolean laat = (l.soort() == Levering.Soort.START || l.soort() == Levering.Soort.STOP) && l.peildatum() != null
                && l.gemeld().isAfter(Werkdagen.na(l.peildatum(), MELDING_WERKDAGEN));
        for (Cel[] reeks : List.of(reeks(Doorsnede.gemeente(l.gemeente(), Waarde.ALLE)),
                reeks(Doorsnede.regio(Waarde.ALLE)), reeks(Doorsnede.aanbieder(l.aanbieder(), Waarde.ALLE)))) {
            for (int i : perioden.vanMaand(maand)) {
                Cel c = reeks[i];
                switch (l.soort()) {
                    case TOEWIJZING -> {
                        c.toewijzingen += l.aantal();
                        c.terugwerkend += l.gemeld().isAfter(l.peildatum()) ? l.aantal() : 0;
                        c.buitenLijst += buitenRegiolijst ? l.aantal() : 0;
                    }
                    case START, STOP -> {
                        c.meldingen += l.aantal();
                        c.laatGemeld += laat ? l.aantal() : 0;
                    }
                }
            }
        }
    }

    IndicatorCijfers klaar() {
        verwerkJeugdige();
        return cijfers;
    }

    private void verwerkJeugdige() {
        verwerk(1);
    }

    private void verwerk(int teken) {
        if (vanJeugdige.isEmpty() && toewijzingenVanJeugdige.isEmpty() && wachtenVanJeugdige.isEmpty()
                && plaatsingenVanJeugdige.isEmpty()) {
            return;
        }
        try {
            int nummer = cijfers.volgendeKeer();
            for (Traject t : vanJeugdige) {
                List<Cel[]> reeksenVanT = reeksenVan(t.gemeente(), t.aanbieder(), t.segment(), t.hulpvorm());
                telInZorg(t, nummer, teken, reeksenVanT);
                YearMonth start = YearMonth.from(t.begindatum());
                if (binnen(start)) {
                    telStart(t, start, teken, reeksenVanT);
                }
                if (t.einddatum() != null && binnen(YearMonth.from(t.einddatum()))) {
                    telEinde(t, teken, reeksenVanT);
                }
            }
            // Halfway on purpose: a test's failure here leaves part of the youth in the totals, as a real one would.
            Onderbreking.storing(Afleidingsfouten.INDICATOREN, jeugdige);
            for (Toegewezen t : toewijzingenVanJeugdige) {
                telToegewezen(t, teken);
            }
            for (Wacht w : wachtenVanJeugdige) {
                telWacht(w, nummer, teken);
            }
            for (Plaatsingen.Doorlooptijd p : plaatsingenVanJeugdige) {
                telPlaatsing(p, teken);
            }
        } finally {
            vanJeugdige.clear();
            toewijzingenVanJeugdige = List.of();
            wachtenVanJeugdige = List.of();
            plaatsingenVanJeugdige = List.of();
        }
    }

    /**
     * A wait counts as waiting at the end of every month it still ran then, and once care started
     * with its waiting days and whether it met its segment's norm, in the month of the start.
     */
    private void telWacht(Wacht w, int nummer, int teken) {
        if (w.begin() == null) {
            return;
        }
        ProductIndeling p = waardering.indeling().apply(w.productcategorie(), w.productcode());
        List<Cel[]> reeksenVanW = reeksenVan(w.gemeente(), w.aanbieder(), w.segment(), p.hulpvorm());
        YearMonth laatste = w.start() != null ? YearMonth.from(w.start()) : w.afgeslotenOp() != null
                ? YearMonth.from(w.afgeslotenOp()) : w.toewijzingEinde() != null ? YearMonth.from(w.toewijzingEinde()) : tot;
        for (YearMonth m = later(YearMonth.from(w.begin()), van); !m.isAfter(eerder(laatste, tot)); m = m.plusMonths(1)) {
            if (w.wachtOp(m.atEndOfMonth())) {
                for (Cel[] reeks : reeksenVanW) {
                    for (int i : perioden.vanMaand(m)) {
                        reeks[i].wachtend(nummer, teken);
                    }
                }
            }
        }
        if (w.start() != null && binnen(YearMonth.from(w.start()))) {
            long dagen = w.dagen(w.start());
            boolean binnenNorm = w.binnenNorm(waardering.wachtnormen().get(w.segment().code()));
            for (Cel[] reeks : reeksenVanW) {
                for (int i : perioden.vanMaand(YearMonth.from(w.start()))) {
                    reeks[i].gestartNaWacht += teken;
                    reeks[i].binnenWachtnorm += binnenNorm ? teken : 0;
                    reeks[i].wachtdagenSom += teken * dagen;
                }
            }
        }
    }

    /** A placement counts in the month it was made, with the days from the request, in the care form of the location. */
    private void telPlaatsing(Plaatsingen.Doorlooptijd p, int teken) {
        YearMonth maand = YearMonth.from(p.geplaatst());
        if (!binnen(maand)) {
            return;
        }
        ProductIndeling i = waardering.indeling().apply(p.productcode().substring(0, 2), p.productcode());
        long dagen = java.time.temporal.ChronoUnit.DAYS.between(p.aangevraagd(), p.geplaatst());
        for (Cel[] reeks : reeksenVan(p.gemeente(), p.aanbieder(), i.segment(), i.hulpvorm())) {
            for (int k : perioden.vanMaand(maand)) {
                reeks[k].geplaatst += teken;
                reeks[k].plaatsingsdagenSom += teken * dagen;
            }
        }
    }

    /**
     * An assigned product valued at its tariff, month by month, for the days its care actually
     * ran (a trajectory at the provider with that product): per day × days, per week × days / 7,
     * per month × days / days in the month, a total spread over the assignment's days.
     */
    private void telToegewezen(Toegewezen t, int teken) {
        Long tarief = waardering.tarief(t.aanbieder(), t.productcode(), t.eenheid());
        if (tarief == null || t.volume() == null || t.ingang() == null
                || (FREQUENTIE_TOTAAL.equals(t.frequentie()) && t.einde() == null)) {
            return;
        }
        List<Traject> metProduct = new ArrayList<>(2);
        for (Traject traject : vanJeugdige) {
            if (traject.aanbieder().equals(t.aanbieder()) && bevat(traject.productcodes(), t.productcode())) {
                metProduct.add(traject);
            }
        }
        if (metProduct.isEmpty()) {
            return;
        }
        ProductIndeling p = waardering.indeling().apply(t.productcategorie(), t.productcode());
        List<Cel[]> reeksenVanT = reeksenVan(t.gemeente(), t.aanbieder(), p.segment(), p.hulpvorm());
        LocalDate eerste = later(t.ingang(), van.atDay(1));
        LocalDate laatste = t.einde() == null || t.einde().isAfter(tot.atEndOfMonth()) ? tot.atEndOfMonth() : t.einde();
        for (YearMonth m = YearMonth.from(eerste); !m.isAfter(YearMonth.from(laatste)); m = m.plusMonths(1)) {
            long dagen = zorgdagen(metProduct, later(eerste, m.atDay(1)), eerder(laatste, m.atEndOfMonth()));
            if (dagen == 0) {
                continue;
            }
            double volume = switch (t.frequentie() == null ? "" : t.frequentie()) {
                case "1" -> t.volume() * (double) dagen;
                case "2" -> t.volume() * dagen / 7.0;
                case "4" -> t.volume() * dagen / (double) m.lengthOfMonth();
                case FREQUENTIE_TOTAAL -> t.volume() * dagen / (double) (ChronoUnit.DAYS.between(t.ingang(), t.einde()) + 1);
                default -> 0;
            };
            long centen = Math.round(volume * tarief);
            for (Cel[] reeks : reeksenVanT) {
                for (int i : perioden.vanMaand(m)) {
                    reeks[i].toegewezenCenten += teken * centen;
                }
            }
        }
    }

    /** Days from {@code van} to {@code tot} on which one of the trajectories with the product ran. */
    private static long zorgdagen(List<Traject> metProduct, LocalDate van, LocalDate tot) {
        long dagen = 0;
        for (Traject traject : metProduct) {
            LocalDate begin = later(van, traject.begindatum());
            LocalDate einde = traject.einddatum() == null ? tot : eerder(tot, traject.einddatum());
            if (!einde.isBefore(begin)) {
                dagen += ChronoUnit.DAYS.between(begin, einde) + 1;
            }
        }
        return dagen;
    }

    /** Whether a comma-separated list holds the code as one of its items. */
    static boolean bevat(String productcodes, String code) {
        if (productcodes == null || code == null || code.isEmpty()) {
            return false;
        }
        for (int i = productcodes.indexOf(code); i >= 0; i = productcodes.indexOf(code, i + 1)) {
            int eind = i + code.length();
            if ((i == 0 || productcodes.charAt(i - 1) == ',') && (eind == productcodes.length() || productcodes.charAt(eind) == ',')) {
                return true;
            }
        }
        return false;
    }

    /**
     * A youth counts once per cell in care (jeugdzorg: any trajectory), and apart in youth help,
     * protection or probation; in the numerators per 1,000 (0–17) only in months that began
     * before its 18th birthday (an unknown birth date counts as 0–17: iJw requires it, so it is rare).
     */
    private void telInZorg(Traject t, int nummer, int teken, List<Cel[]> reeksenVanT) {
        boolean gezinsgericht = t.segment() == Segment.VERBLIJF
                && (t.hulpvorm() == Hulpvorm.PLEEGZORG || t.hulpvorm() == Hulpvorm.GEZINSGERICHT);
        boolean jeugdhulp = jeugdhulp(t);
        YearMonth eersteMaand = later(YearMonth.from(t.begindatum()), van);
        LocalDate achttien = t.geboortedatum() == null ? null : t.geboortedatum().plusYears(18);
        int eerste = perioden.maand(eersteMaand);
        int laatste = perioden.maand(t.einddatum() == null ? tot : eerder(YearMonth.from(t.einddatum()), tot));
        for (int m = eerste; m <= laatste; m++) {
            boolean onder18 = achttien == null || eersteMaand.plusMonths(m - eerste).atDay(1).isBefore(achttien);
            int[] periodes = perioden.vanMaand(m);
            for (Cel[] reeks : reeksenVanT) {
                for (int i : periodes) {
                    Cel c = reeks[i];
                    c.inZorg(nummer, teken);
                    if (gezinsgericht) {
                        c.gezinsgericht(nummer, teken);
                    }
                    if (jeugdhulp) {
                        c.jeugdhulp(nummer, teken);
                        if (onder18) {
                            c.jeugdhulp017(nummer, teken);
                        }
                    } else {
                        c.maatregel(nummer, teken);
                        if (onder18) {
                            c.maatregel017(nummer, teken);
                        }
                        if (t.segment() == Segment.JEUGDBESCHERMING) {
                            c.jeugdbescherming(nummer, teken);
                        } else {
                            c.jeugdreclassering(nummer, teken);
                        }
                    }
                }
            }
        }
    }

    private void telStart(Traject t, YearMonth start, int teken, List<Cel[]> reeksenVanT) {
        boolean jeugdhulp = jeugdhulp(t);
        boolean herinstroom = eerderBeeindigd(t, t.begindatum().minusMonths(HERINSTROOM_MAANDEN));
        boolean eerderJeugdhulp = eerderBeeindigd(t, t.begindatum().minusYears(EERDER_JEUGDHULP_JAREN));
        boolean verblijf = t.hulpvorm().metVerblijf();
        boolean ambulantVooraf = verblijf && ambulantVooraf(t);
        for (Cel[] reeks : reeksenVanT) {
            for (int i : perioden.vanMaand(start)) {
                Cel c = reeks[i];
                c.instroom += teken;
                if (jeugdhulp) {
                    c.jeugdhulpstarts += teken;
                    c.crisisstarts += t.gestartMetCrisis() ? teken : 0;
                    c.verwijzer(t.verwijzer(), teken);
                    c.herinstroom += herinstroom ? teken : 0;
                    c.herinstroomVijfJaar += eerderJeugdhulp ? teken : 0;
                }
                if (verblijf) {
                    c.verblijfsstarts += teken;
                    c.ambulantVooraf += ambulantVooraf ? teken : 0;
                }
            }
        }
    }

    private void telEinde(Traject t, int teken, List<Cel[]> reeksenVanT) {
        long dagen = ChronoUnit.DAYS.between(t.begindatum(), t.einddatum()) + 1;
        boolean verblijf = t.hulpvorm().metVerblijf();
        boolean doorgeplaatst = verblijf && doorgeplaatst(t);
        boolean jeugdhulp = jeugdhulp(t);
        Uitkomst uitkomst = Uitkomst.van(t.redenBeeindiging());
        for (Cel[] reeks : reeksenVanT) {
            for (int i : perioden.vanMaand(YearMonth.from(t.einddatum()))) {
                Cel c = reeks[i];
                c.duur(dagen, teken);
                if (jeugdhulp) {
                    c.jeugdhulpEinden += teken;
                    if (uitkomst != null) {
                        c.uitkomsten[uitkomst.ordinal()] += teken;
                    }
                }
                if (verblijf) {
                    c.verblijfseinden += teken;
                    c.doorplaatsingen += doorgeplaatst ? teken : 0;
                }
            }
        }
    }

    /** Another trajectory of the youth ended before this one began, on or after {@code sinds}. */
    private boolean eerderBeeindigd(Traject t, LocalDate sinds) {
        for (Traject e : vanJeugdige) {
            if (e != t && e.einddatum() != null && e.einddatum().isBefore(t.begindatum()) && !e.einddatum().isBefore(sinds)) {
                return true;
            }
        }
        return false;
    }

    /** Ambulant care ran at some time in the 90 days before the stay began. */
    private boolean ambulantVooraf(Traject t) {
        LocalDate sinds = t.begindatum().minusDays(AMBULANT_VOORAF_DAGEN);
        for (Traject e : vanJeugdige) {
            if (e.hulpvorm().zonderVerblijf() && e.begindatum().isBefore(t.begindatum())
                    && (e.einddatum() == null || !e.einddatum().isBefore(sinds))) {
                return true;
            }
        }
        return false;
    }

    /** Stay elsewhere — another provider or another form of stay — began within 30 days after this stay ended. */
    private boolean doorgeplaatst(Traject t) {
        LocalDate uiterlijk = t.einddatum().plusDays(DOORPLAATSING_DAGEN);
        for (Traject e : vanJeugdige) {
            if (e != t && e.hulpvorm().metVerblijf() && e.begindatum().isAfter(t.begindatum())
                    && !e.begindatum().isAfter(uiterlijk)
                    && (!e.aanbieder().equals(t.aanbieder()) || e.hulpvorm() != t.hulpvorm())) {
                return true;
            }
        }
        return false;
    }

    /** A municipality that issued no assignment in a month missed that month's delivery. */
    private void telGemist(String gemeente, YearMonth maand, int teken) {
        Cel[] eigen = reeks(Doorsnede.gemeente(gemeente, Waarde.ALLE));
        Cel[] regio = reeks(Doorsnede.regio(Waarde.ALLE));
        for (int i : perioden.vanMaand(maand)) {
            eigen[i].gemisteLeveringen += teken;
            regio[i].gemisteLeveringen += teken;
        }
    }

    /**
     * The slices a fact counts in: its municipality, the region and its provider, each for all care,
     * its segment and care form. Kept per combination, as every trajectory, wait and invoice asks.
     */
    private List<Cel[]> reeksenVan(String gemeente, String aanbieder, Segment segment, Hulpvorm hulpvorm) {
        return reeksenPerPlek.computeIfAbsent(new Plek(gemeente, aanbieder, segment, hulpvorm), this::maakReeksen);
    }

    private record Plek(String gemeente, String aanbieder, Segment segment, Hulpvorm hulpvorm) {
    }

    private List<Cel[]> maakReeksen(Plek p) {
        List<String> segmenten = p.hulpvorm().jeugdhulp()
                ? List.of(Waarde.ALLE, p.segment().code(), Doorsnede.hulpvorm(p.hulpvorm()))
                : List.of(Waarde.ALLE, p.segment().code());
        List<Cel[]> uit = new ArrayList<>(9);
        for (String s : segmenten) {
            uit.add(reeks(Doorsnede.gemeente(p.gemeente(), s)));
            uit.add(reeks(Doorsnede.regio(s)));
            uit.add(reeks(Doorsnede.aanbieder(p.aanbieder(), s)));
        }
        return List.copyOf(uit);
    }

    private Cel[] reeks(Doorsnede d) {
        return cijfers.cellen(d);
    }

    /** True when a date falls after the computed years: then only a computation from scratch can hold it. */
    boolean voorbij(java.time.LocalDate datum) {
        return datum != null && YearMonth.from(datum).isAfter(tot);
    }

    private static boolean jeugdhulp(Traject t) {
        return t.segment().jeugdhulp();
    }

    private boolean binnen(YearMonth m) {
        return !m.isBefore(van) && !m.isAfter(tot);
    }

    private static YearMonth later(YearMonth a, YearMonth b) {
        return a.isAfter(b) ? a : b;
    }

    private static YearMonth eerder(YearMonth a, YearMonth b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate eerder(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
