package nl.jeugdregie.demo.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import nl.jeugdregie.demo.internal.IjwSchrijver.Client;
import nl.jeugdregie.demo.internal.IjwSchrijver.Prestatie;
import nl.jeugdregie.demo.internal.IjwSchrijver.Regel;
import nl.jeugdregie.demo.internal.IjwSchrijver.Toegewezen;
import nl.jeugdregie.region.Aanbieder;
import nl.jeugdregie.region.Gemeente;
import nl.jeugdregie.region.Regio;
import nl.jeugdregie.region.Werkdagen;

/**
 * Simulates six years of youth care in a region and writes the message traffic it causes.
 * Calibrated to the region's published figures (BRIEF §4): about 14% of youths in care in 2024,
 * about one in eight of them with stay, 6% of starts crisis starts, a mean trajectory of about 410
 * days, referrals mostly by municipal access and GPs. Faults are part of the traffic: late and
 * retroactive assignments, late start/stop reports and invoices, malformed messages, duplicates.
 */
final class Generator {

    /** The first day of traffic: 1 January five years before the last day's year, so six calendar years. */
    private final LocalDate begin;
    /** The last day of traffic: yesterday for the demo. Nothing dated later is sent: it has not arrived yet. */
    private final LocalDate einde;

    /** One message of the simulated traffic; its text is made on demand. */
    record DemoBericht(LocalDate dagtekening, String naam, Supplier<String> xml) {
    }

    private record Jeugdige(Client client, Gemeente gemeente) {
    }

    /** One assigned product delivered from {@code start} to {@code eind} (null: beyond the horizon). */
    private record Levering(Jeugdige jeugdige, String aanbieder, String code, long nummer, String referentie,
                            LocalDate start, LocalDate eind) {
    }

    private static final Map<String, Integer> TARIEF_CENT = Map.ofEntries(
            Map.entry("43A01", 32000), Map.entry("43A02", 38000), Map.entry("43A03", 65000),
            Map.entry("44A01", 5500), Map.entry("44A02", 18000), Map.entry("44A03", 12000),
            Map.entry("45A01", 8500), Map.entry("45A02", 9500), Map.entry("45A03", 15000),
            Map.entry("45A04", 11000), Map.entry("54A01", 11000), Map.entry("46A01", 40000),
            Map.entry("46A02", 12500), Map.entry("47A01", 140000), Map.entry("48A01", 190000),
            Map.entry("48A02", 160000));

    private final Regio regio;
    private final Kansen kans;
    private final double schaal;
    private final List<DemoBericht> berichten = new ArrayList<>();
    private final List<Levering> leveringen = new ArrayList<>();
    private final List<Jeugdige> eerdereJeugdigen = new ArrayList<>();
    private final Set<String> bsns = new HashSet<>();
    private final Map<String, Long> identificatie = new HashMap<>();
    private long toewijzingNummer = 100000;
    private long referentieNummer = 1;

    /**
     * @param schaal 1 for the region's real volume; smaller for quick runs with the same shape
     * @param einde  the last day of traffic; the same seed and day give the same region
     */
    Generator(Regio regio, long seed, double schaal, LocalDate einde) {
        this.einde = einde;
        this.begin = LocalDate.of(einde.getYear() - 5, 1, 1);
        this.regio = regio;
        this.kans = new Kansen(seed);
        this.schaal = schaal;
    }

    List<DemoBericht> genereer() {
        // Three years of care before the first day, so the first years start with youths already in care.
        for (YearMonth maand = YearMonth.of(begin.getYear() - 3, 1); !maand.isAfter(YearMonth.from(einde));
             maand = maand.plusMonths(1)) {
            int nieuw = kans.poisson(instroomPerMaand(maand) * schaal);
            for (int i = 0; i < nieuw; i++) {
                LocalDate start = maand.atDay(kans.tussen(1, maand.lengthOfMonth()));
                episode(start);
            }
        }
        declaraties();
        return berichten;
    }

    /** About 7,400 new episodes in 2020, rising 4% a year; quieter in summer. */
    private static double instroomPerMaand(YearMonth maand) {
        double jaren = (maand.getYear() - 2020) + (maand.getMonthValue() - 1) / 12.0;
        double seizoen = maand.getMonthValue() == 7 || maand.getMonthValue() == 8 ? 0.8 : 1.04;
        return 7400 / 12.0 * Math.pow(1.04, jaren) * seizoen;
    }

    private void episode(LocalDate start) {
        String segment = kans.kies(List.of("ambulant", "verblijf", "wonen", "crisis", "jeugdbescherming", "jeugdreclassering"),
                new double[] {79.48, 8.57, 1.92, 1.18, 6.26, 2.24});
        Jeugdige jeugdige = jeugdige(start);
        int duur = switch (segment) {
            case "verblijf" -> kans.duur(650, 0.9);
            case "wonen" -> kans.duur(520, 0.7);
            case "crisis" -> kans.tussen(5, 42);
            case "jeugdbescherming" -> kans.duur(520, 0.6);
            case "jeugdreclassering" -> kans.duur(300, 0.5);
            default -> kans.duur(460, 0.9);
        };
        String code = product(segment);
        String aanbieder = aanbieder(code);
        String verwijzer = verwijzer(segment);
        // A crisis counts once, on its own trajectory (CBS 3.4): rates set so that about 6 % of all
        // youth-help starts are crisis starts, as the region reports.
        boolean crisisVooraf = (segment.equals("verblijf") && kans.kans(0.205))
                || (segment.equals("ambulant") && kans.kans(0.032));
        LocalDate zorgStart = start;
        if (crisisVooraf) {
            String crisisCode = segment.equals("verblijf") ? "46A01" : "46A02";
            String crisisAanbieder = levert(aanbieder, crisisCode) ? aanbieder : aanbieder(crisisCode);
            int crisisDagen = kans.tussen(7, 28);
            traject(jeugdige, crisisAanbieder, crisisCode, start, start.plusDays(crisisDagen - 1), "01", true);
            zorgStart = start.plusDays(crisisDagen);
        }
        traject(jeugdige, aanbieder, code, zorgStart, zorgStart.plusDays(duur), verwijzer, false);
    }

    private Jeugdige jeugdige(LocalDate start) {
        if (!eerdereJeugdigen.isEmpty() && kans.kans(0.18)) {
            Jeugdige eerder = eerdereJeugdigen.get(kans.tussen(Math.max(0, eerdereJeugdigen.size() - 20000),
                    eerdereJeugdigen.size() - 1));
            if (ChronoUnit.YEARS.between(eerder.client().geboortedatum(), start) < 18) {
                return eerder;
            }
        }
        Gemeente gemeente = kans.kies(regio.gemeenten(), regio.gemeenten().stream()
                .mapToDouble(g -> g.jeugdigen() * gebruiksfactor(g)).toArray());
        String bsn;
        do {
            bsn = kans.bsn();
        } while (!bsns.add(bsn));
        LocalDate geboren = start.minusDays(kans.tussen(180, 17 * 365 + 300));
        String postcode = gemeente.postcode() + (char) ('A' + kans.tussen(0, 25)) + (char) ('A' + kans.tussen(0, 25));
        Jeugdige j = new Jeugdige(new Client(bsn, geboren, kans.kans(0.55) ? "1" : "2", postcode), gemeente);
        eerdereJeugdigen.add(j);
        return j;
    }

    /** Youth-care use is highest in the three cities. */
    private static double gebruiksfactor(Gemeente g) {
        return switch (g.code()) {
            case "GM0153", "GM0141" -> 1.25;
            case "GM0164" -> 1.12;
            default -> 0.88;
        };
    }

    private String product(String segment) {
        return switch (segment) {
            case "verblijf" -> kans.kies(List.of("44A01", "44A02", "43A01", "43A02", "43A03"),
                    new double[] {14, 6.7, 55, 16, 8.3});
            case "wonen" -> "44A03";
            case "crisis" -> kans.kies(List.of("46A01", "46A02"), new double[] {45, 55});
            case "jeugdbescherming" -> kans.kies(List.of("48A01", "48A02"), new double[] {85, 15});
            case "jeugdreclassering" -> "47A01";
            default -> kans.kies(List.of("45A01", "45A02", "45A03", "45A04", "54A01"), new double[] {34, 30, 8, 6, 22});
        };
    }

    private String aanbieder(String code) {
        List<Aanbieder> kandidaten = regio.aanbieders().stream().filter(a -> a.producten().contains(code)).toList();
        double[] gewichten = new double[kandidaten.size()];
        for (int i = 0; i < gewichten.length; i++) {
            gewichten[i] = 1.0 / (1 + i * 0.35);
        }
        return kans.kies(kandidaten, gewichten).agb();
    }

    private boolean levert(String agb, String code) {
        return regio.aanbieders().stream().anyMatch(a -> a.agb().equals(agb) && a.producten().contains(code));
    }

    /** COD327: stay is referred by municipal access or a GI in 94% of cases, other care by GPs in a third. */
    private String verwijzer(String segment) {
        return switch (segment) {
            case "verblijf", "wonen" -> kans.kies(List.of("01", "04", "02", "05"), new double[] {75, 19, 3, 3});
            case "jeugdbescherming", "jeugdreclassering", "crisis" -> "01";
            default -> kans.kies(List.of("01", "04", "02", "03", "05", "06"), new double[] {43, 5, 36, 5, 9, 2});
        };
    }

    private void traject(Jeugdige j, String aanbieder, String code, LocalDate start, LocalDate eind, String verwijzer,
                         boolean crisis) {
        if (eind.isBefore(begin) || start.isAfter(einde)) {
            return;
        }
        String gemeente = j.gemeente().ijwCode();
        String categorie = code.substring(0, 2);
        Client client = j.client();
        LocalDate toewijzingsdatum = crisis ? start : start.minusDays(wachtdagen(categorie));
        if (kans.kans(0.07)) {
            LocalDate achteraf = start.plusDays(kans.tussen(5, 60));
            toewijzingsdatum = achteraf.isAfter(einde) ? einde : achteraf;
        }
        boolean wachtNog = !crisis && toewijzingsdatum.isBefore(start) && start.isAfter(einde.minusDays(60))
                && kans.kans(0.3);
        String referentie = verwijzer.equals("01") ? null : "REF" + (referentieNummer++);
        if (referentie != null) {
            LocalDate verzoekDag = toewijzingsdatum.minusDays(kans.tussen(1, 8));
            String id = id(aanbieder);
            bericht(verzoekDag, "JW315", aanbieder, id, () -> IjwSchrijver.jw315(aanbieder, gemeente, id, verzoekDag,
                    client, referentie, categorie, code, start, verwijzer));
            if (kans.kans(0.03)) {
                LocalDate antwoordDag = verzoekDag.plusDays(kans.tussen(2, 12));
                String reden = kans.kies(List.of("3", "4", "7"));
                String antwoordId = id(gemeente);
                bericht(antwoordDag, "JW319", gemeente, antwoordId,
                        () -> IjwSchrijver.jw319(gemeente, aanbieder, antwoordId, antwoordDag, referentie, reden));
                return;
            }
        }
        long nummer = toewijzingNummer++;
        LocalDate ingang = start.isBefore(toewijzingsdatum) || kans.kans(0.5) ? start : toewijzingsdatum;
        LocalDate toewijzingEinde = (eind.isAfter(einde) ? eind : eind.plusDays(kans.tussen(0, 60)));
        Toegewezen toegewezen = new Toegewezen(nummer, referentie, categorie, code, toewijzingsdatum,
                LocalTime.of(kans.tussen(8, 17), kans.tussen(0, 59), kans.tussen(0, 59)), ingang, toewijzingEinde,
                null, omvang(code), eenheid(code), "4");
        String toewijzingId = id(gemeente);
        bericht(toegewezen.toewijzingsdatum(), "JW301", gemeente, toewijzingId, () -> IjwSchrijver.jw301(gemeente,
                aanbieder, toewijzingId, toegewezen.toewijzingsdatum(), client, List.of(toegewezen)));
        if (!crisis) {
            andereLijsten(j, aanbieder, code, toewijzingsdatum, wachtNog ? null : start);
        }
        if (wachtNog) {
            return;
        }
        if (!crisis && kans.kans(0.08)) {
            LocalDate wijziging = toewijzingsdatum.plusDays(kans.tussen(30, 200));
            if (!wijziging.isAfter(einde)) {
                Toegewezen verlengd = new Toegewezen(nummer, referentie, categorie, code, wijziging,
                        LocalTime.of(10, 0, 0), ingang, toewijzingEinde.plusDays(180), "04", omvang(code), eenheid(code), "4");
                String wijzigingId = id(gemeente);
                bericht(wijziging, "JW301", gemeente, wijzigingId, () -> IjwSchrijver.jw301(gemeente, aanbieder,
                        wijzigingId, wijziging, client, List.of(verlengd)));
            }
        }
        LocalDate startMelding = Werkdagen.na(start, kans.kans(0.1) ? kans.tussen(6, 30) : kans.tussen(0, 4));
        Regel regel = new Regel(nummer, categorie, code, ingang, start, null, null);
        String startId = id(aanbieder);
        bericht(startMelding, "JW305", aanbieder, startId,
                () -> IjwSchrijver.jw305(aanbieder, gemeente, startId, startMelding, client, List.of(regel)));
        boolean gestopt = !eind.isAfter(einde);
        if (gestopt) {
            LocalDate stopMelding = Werkdagen.na(eind, kans.kans(0.08) ? kans.tussen(6, 30) : kans.tussen(0, 4));
            String reden = crisis ? "31" : kans.kies(List.of("31", "32", "33", "34", "35", "38", "39"),
                    new double[] {58, 9, 5, 12, 6, 6, 4});
            Regel stop = new Regel(nummer, categorie, code, ingang, start, eind, reden);
            String stopId = id(aanbieder);
            bericht(stopMelding, "JW307", aanbieder, stopId,
                    () -> IjwSchrijver.jw307(aanbieder, gemeente, stopId, stopMelding, client, List.of(stop)));
        }
        leveringen.add(new Levering(j, aanbieder, code, nummer, referentie, start, gestopt ? eind : null));
    }

    /**
     * Days from assignment to start: most care starts within weeks, a tail waits beyond the norms
     * (14 weeks ambulant, 6 weeks stay); measures start within two weeks.
     */
    private int wachtdagen(String categorie) {
        return switch (categorie) {
            case "43", "44" -> kans.kans(0.75) ? kans.tussen(0, 28) : kans.kans(0.8) ? kans.tussen(29, 60) : kans.tussen(61, 120);
            case "47", "48" -> kans.tussen(0, 14);
            default -> kans.kans(0.7) ? kans.tussen(0, 42) : kans.kans(0.73) ? kans.tussen(43, 98) : kans.tussen(99, 180);
        };
    }

    /**
     * A youth put on the list of one or two other providers for the same product as well: those
     * assignments never start and end a few weeks after care began elsewhere — or still wait when
     * care has not begun anywhere ({@code start} null).
     */
    private void andereLijsten(Jeugdige j, String aanbieder, String code, LocalDate toewijzingsdatum, LocalDate start) {
        int extra = kans.kans(0.06) ? (kans.kans(0.25) ? 2 : 1) : 0;
        List<String> anderen = regio.aanbieders().stream()
                .filter(a -> !a.agb().equals(aanbieder) && a.producten().contains(code)).map(Aanbieder::agb).toList();
        String gemeente = j.gemeente().ijwCode();
        for (int i = 0; i < Math.min(extra, anderen.size()); i++) {
            String ander = anderen.get(i);
            LocalDate dag = toewijzingsdatum.plusDays(kans.tussen(0, 10));
            if (dag.isAfter(einde)) {
                continue;
            }
            LocalDate tot = start == null ? null : start.plusDays(kans.tussen(7, 30));
            Toegewezen t = new Toegewezen(toewijzingNummer++, null, code.substring(0, 2), code, dag,
                    LocalTime.of(kans.tussen(8, 17), kans.tussen(0, 59), kans.tussen(0, 59)), dag, tot, null, omvang(code),
                    eenheid(code), "4");
            String id = id(gemeente);
            bericht(dag, "JW301", gemeente, id, () -> IjwSchrijver.jw301(gemeente, ander, id, dag, j.client(), List.of(t)));
        }
    }

    private static int omvang(String code) {
        return switch (code.substring(0, 2)) {
            case "43", "44", "46" -> code.equals("46A02") ? 10 : 31;
            case "47", "48" -> 1;
            default -> 8;
        };
    }

    private static String eenheid(String code) {
        return switch (code.substring(0, 2)) {
            case "43", "44" -> "14";
            case "46" -> code.equals("46A02") ? "04" : "14";
            case "47", "48" -> "84";
            default -> "04";
        };
    }

    /** Monthly invoices per provider and municipality, usually within a month, sometimes far too late. */
    private void declaraties() {
        Map<String, List<Prestatie>> perDeclaratie = new TreeMap<>();
        for (Levering l : leveringen) {
            LocalDate van = l.start().isBefore(begin) ? begin : l.start();
            LocalDate tot = l.eind() == null || l.eind().isAfter(einde) ? einde : l.eind();
            for (YearMonth m = YearMonth.from(van); !m.isAfter(YearMonth.from(tot)); m = m.plusMonths(1)) {
                LocalDate b = van.isAfter(m.atDay(1)) ? van : m.atDay(1);
                LocalDate e = tot.isBefore(m.atEndOfMonth()) ? tot : m.atEndOfMonth();
                long dagen = ChronoUnit.DAYS.between(b, e) + 1;
                String eenheid = eenheid(l.code());
                long volume = switch (eenheid) {
                    case "14" -> dagen;
                    case "84" -> 1;
                    default -> Math.max(1, Math.round(dagen / 30.0 * kans.tussen(4, 12)));
                };
                String sleutel = m + "|" + l.aanbieder() + "|" + l.jeugdige().gemeente().ijwCode();
                perDeclaratie.computeIfAbsent(sleutel, k -> new ArrayList<>()).add(new Prestatie(
                        l.jeugdige().client().bsn(), "P" + l.nummer() + "-" + m.toString().replace("-", ""),
                        l.nummer(), l.code().substring(0, 2), l.code(), b, e, volume, eenheid, TARIEF_CENT.get(l.code())));
            }
        }
        perDeclaratie.forEach((sleutel, prestaties) -> {
            String[] d = sleutel.split("\\|");
            YearMonth m = YearMonth.parse(d[0]);
            LocalDate dag = m.atEndOfMonth().plusDays(kans.kans(0.03) ? kans.tussen(95, 200) : kans.tussen(4, 30));
            prestaties.sort((a, b) -> a.bsn().compareTo(b.bsn()));
            String nummer = "D" + d[1].substring(6) + d[2] + m.toString().substring(2).replace("-", "");
            String id = id(d[1]);
            bericht(dag, "JW323", d[1], id, () -> IjwSchrijver.jw323(d[1], d[2], id, dag, nummer, m.atDay(1),
                    m.atEndOfMonth(), prestaties));
        });
    }

    private String id(String afzender) {
        return String.valueOf(identificatie.merge(afzender, 1L, Long::sum));
    }

    /**
     * Keeps a message to be written later: the text is made when its month is written, so six years
     * of traffic never sit in memory at once. Traffic from before the system existed (care already
     * running on the first day) arrives in the first days of that January; traffic dated after the
     * last day is not sent — it has not arrived yet, as late reports and invoices of the last months.
     */
    private void bericht(LocalDate dagtekening, String type, String afzender, String id, Supplier<String> xml) {
        if (dagtekening.isAfter(einde)) {
            return;
        }
        LocalDate dag = dagtekening.isBefore(begin) ? begin.plusDays(kans.tussen(0, 9)) : dagtekening;
        Supplier<String> tekst = dag.equals(dagtekening) ? xml : () -> xml.get().replace(
                "<ijw:Dagtekening>" + dagtekening + "</ijw:Dagtekening>", "<ijw:Dagtekening>" + dag + "</ijw:Dagtekening>");
        berichten.add(new DemoBericht(dag, type + "_" + afzender + "_" + id + ".xml", tekst));
    }
}
