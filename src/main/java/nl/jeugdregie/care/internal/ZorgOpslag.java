package nl.jeugdregie.care.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.TreeMap;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import nl.jeugdregie.care.Aanvragen;
import nl.jeugdregie.care.Afleidingsfouten;
import nl.jeugdregie.care.JeugdigenInZorg;
import nl.jeugdregie.care.Levering;
import nl.jeugdregie.care.Toegewezen;
import nl.jeugdregie.care.Traject;
import nl.jeugdregie.care.Uitgave;
import nl.jeugdregie.care.ZorgGebruik;
import nl.jeugdregie.care.internal.Feiten.MeldingFeit;
import nl.jeugdregie.care.internal.Feiten.ToewijzingFeit;
import nl.jeugdregie.care.internal.Feiten.VerzoekFeit;
import nl.jeugdregie.database.Kopieer;
import nl.jeugdregie.database.Statistieken;
import nl.jeugdregie.region.Hulpvorm;
import nl.jeugdregie.region.Kalender;
import nl.jeugdregie.region.Segment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The care module's SQL: facts in, facts per youth out, trajectories replaced per youth. */
@Repository
class ZorgOpslag implements ZorgGebruik {

    /** The tables looked up by youth or by reference while messages go in, and by which columns. */
    private static final Map<String, List<String>> OPGEZOCHT = Map.of("toewijzing", List.of("jeugdige"),
            "zorgmelding", List.of("jeugdige"), "verzoek", List.of("jeugdige", "referentie_aanbieder"),
            "traject", List.of("jeugdige"));

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final Statistieken statistieken;
    private final Kalender kalender;
    private final AfleidingsfoutenInGeheugen inGeheugen;

    ZorgOpslag(JdbcClient jdbc, JdbcTemplate template, Statistieken statistieken, Kalender kalender,
               AfleidingsfoutenInGeheugen inGeheugen) {
        this.kalender = kalender;
        this.inGeheugen = inGeheugen;
        this.jdbc = jdbc;
        this.template = template;
        this.statistieken = statistieken;
    }

    void kopieer(String tabel, List<String> kolommen, List<Object[]> rijen) {
        Kopieer.naar(template, tabel, kolommen, rijen);
        if (OPGEZOCHT.containsKey(tabel)) {
            statistieken.geschreven(tabel, OPGEZOCHT.get(tabel), rijen.size());
        }
    }

    void batch(String sql, List<Object[]> rijen) {
        if (!rijen.isEmpty()) {
            template.batchUpdate(sql, rijen);
        }
    }

    /**
     * The facts of these youths; of every youth with facts when {@code jeugdigen} is null. Everyone's
     * are read outside any transaction, so the three tables are read side by side.
     */
    Map<String, Feiten> feiten(Collection<String> jeugdigen) {
        List<String> lijst = jeugdigen == null ? null : List.copyOf(jeugdigen);
        CompletableFuture<Map<String, List<ToewijzingFeit>>> toewijzingenGelezen = lijst == null
                ? CompletableFuture.supplyAsync(() -> toewijzingFeiten(null))
                : CompletableFuture.completedFuture(toewijzingFeiten(lijst));
        CompletableFuture<Map<String, List<MeldingFeit>>> meldingenGelezen = lijst == null
                ? CompletableFuture.supplyAsync(() -> meldingFeiten(null))
                : CompletableFuture.completedFuture(meldingFeiten(lijst));
        Map<String, List<VerzoekFeit>> verzoeken = verzoekFeiten(lijst);
        Map<String, List<ToewijzingFeit>> toewijzingen = toewijzingenGelezen.join();
        Map<String, List<MeldingFeit>> meldingen = meldingenGelezen.join();
        Map<String, Feiten> result = new HashMap<>();
        java.util.Set<String> wie = new java.util.HashSet<>(lijst != null ? lijst : toewijzingen.keySet());
        if (lijst == null) {
            wie.addAll(meldingen.keySet());
            wie.addAll(verzoeken.keySet());
        }
        for (String j : wie) {
            result.put(j, new Feiten(j, toewijzingen.getOrDefault(j, List.of()), meldingen.getOrDefault(j, List.of()),
                    verzoeken.getOrDefault(j, List.of())));
        }
        return result;
    }

    /** @param lijst null for everyone */
    private Map<String, List<ToewijzingFeit>> toewijzingFeiten(List<String> lijst) {
        Map<String, List<ToewijzingFeit>> toewijzingen = new HashMap<>();
        metFilter(jdbc.sql("""
                        select jeugdige, bericht_id, gemeente, aanbieder, toewijzingnummer, referentie_aanbieder,
                               productcategorie, productcode, toewijzingsdatum, toewijzingstijd, ingangsdatum, einddatum,
                               reden_wijziging, geboortedatum
                        from toewijzing""" + (lijst == null ? "" : " where jeugdige in (:j)")), lijst)
                .query((rs, n) -> toewijzingen.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(new ToewijzingFeit(rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                                rs.getString(6), rs.getString(7), rs.getString(8), datum(rs, 9),
                                rs.getObject(10, LocalTime.class), datum(rs, 11), datum(rs, 12), rs.getString(13),
                                datum(rs, 14))))
                .list();
        return toewijzingen;
    }

    private Map<String, List<MeldingFeit>> meldingFeiten(List<String> lijst) {
        Map<String, List<MeldingFeit>> meldingen = new HashMap<>();
        metFilter(jdbc.sql("""
                        select jeugdige, bericht_id, soort, gemeente, aanbieder, toewijzingnummer, productcategorie,
                               productcode, begindatum, einddatum, reden_beeindiging, status_aanlevering, dagtekening
                        from zorgmelding""" + (lijst == null ? "" : " where jeugdige in (:j)")), lijst)
                .query((rs, n) -> meldingen.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(new MeldingFeit(rs.getLong(2), rs.getString(3).equals("start"), rs.getString(4),
                                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), datum(rs, 9),
                                datum(rs, 10), rs.getString(11), rs.getString(12), datum(rs, 13))))
                .list();
        return meldingen;
    }

    private Map<String, List<VerzoekFeit>> verzoekFeiten(List<String> lijst) {
        Map<String, List<VerzoekFeit>> verzoeken = new HashMap<>();
        metFilter(jdbc.sql("""
                        select jeugdige, aanbieder, referentie_aanbieder, productcategorie, productcode, verwijzer,
                               dagtekening
                        from verzoek where soort = 'toewijzing' and jeugdige is not null"""
                        + (lijst == null ? "" : " and jeugdige in (:j)")), lijst)
                .query((rs, n) -> verzoeken.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(new VerzoekFeit(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                                rs.getString(6), datum(rs, 7))))
                .list();
        return verzoeken;
    }

    private static final List<String> TRAJECT = List.of("jeugdige", "gemeente", "aanbieder", "hulpvorm", "segment",
            "begindatum", "einddatum", "gestart_met_crisis", "verwijzer", "reden_beeindiging", "geboortedatum",
            "productcodes", "deelperioden");


    /** @param wisEerst false only when the store holds no trajectory and no finding at all */
    void vervangTrajecten(Collection<String> jeugdigen, List<Traject> trajecten, List<Object[]> bevindingen,
                          boolean wisEerst) {
        if (wisEerst) {
            jdbc.sql("delete from traject where jeugdige in (:j)").param("j", jeugdigen).update();
            jdbc.sql("delete from zorg_bevinding where jeugdige in (:j)").param("j", jeugdigen).update();
        }
        List<Object[]> rijen = new ArrayList<>(trajecten.size());
        for (Traject t : trajecten) {
            rijen.add(new Object[] {t.jeugdige(), t.gemeente(), t.aanbieder(), t.hulpvorm().code(), t.segment().code(),
                    t.begindatum(), t.einddatum(), t.gestartMetCrisis(), t.verwijzer(), t.redenBeeindiging(),
                    t.geboortedatum(), t.productcodes(), t.deelperioden()});
        }
        kopieer("traject", TRAJECT, rijen);
        batch("insert into zorg_bevinding (jeugdige, bericht_id, code, omschrijving) values (?, ?, ?, ?)", bevindingen);
    }

    boolean zonderTrajecten() {
        return jdbc.sql("""
                select (select count(*) from (select 1 from traject fetch first 1 rows only) t)
                     + (select count(*) from (select 1 from zorg_bevinding fetch first 1 rows only) b)""")
                .query(Long.class).single() == 0;
    }

    /** Whether no table that is looked up by youth holds a row yet. */
    boolean zonderFeiten() {
        return leeg("toewijzing") && leeg("zorgmelding") && leeg("verzoek") && zonderTrajecten();
    }

    /** The rows {@link #feiten} reads for everyone. */
    long aantalFeiten() {
        return jdbc.sql("""
                select (select count(*) from toewijzing) + (select count(*) from zorgmelding)
                     + (select count(*) from verzoek where soort = 'toewijzing' and jeugdige is not null)""")
                .query(Long.class).single();
    }

    List<String> alleJeugdigen() {
        return jdbc.sql("""
                select jeugdige from toewijzing union select jeugdige from zorgmelding""")
                .query(String.class).list();
    }

    void wis() {
        uitgaven = null;
        leveringen = null;
        for (String tabel : List.of("traject", "zorg_bevinding", "declaratieregel", "verzoek_antwoord", "verzoek",
                "zorgmelding", "toewijzing")) {
            jdbc.sql("delete from " + tabel).update();
        }
    }

    @Override
    public List<Traject> trajectenVan(String jeugdige) {
        return jdbc.sql(SELECT_TRAJECT + " where jeugdige = :j order by begindatum, aanbieder")
                .param("j", jeugdige)
                .query((rs, n) -> traject(rs))
                .list();
    }

    private static final String SELECT_TRAJECT = """
            select jeugdige, gemeente, aanbieder, hulpvorm, segment, begindatum, einddatum,
                   gestart_met_crisis, verwijzer, reden_beeindiging, geboortedatum, productcodes, deelperioden
            from traject""";

    @Override
    public void elkTraject(java.util.function.Consumer<Traject> verwerker) {
        jdbc.sql(SELECT_TRAJECT + " order by jeugdige, begindatum").query(rs -> {
            verwerker.accept(traject(rs));
        });
    }

    @Override
    public void trajectenVan(Collection<String> jeugdigen, java.util.function.Consumer<Traject> verwerker) {
        List<String> lijst = List.copyOf(jeugdigen);
        for (int i = 0; i < lijst.size(); i += 1000) {
            jdbc.sql(SELECT_TRAJECT + " where jeugdige in (:j) order by jeugdige, begindatum")
                    .param("j", lijst.subList(i, Math.min(lijst.size(), i + 1000)))
                    .query(rs -> {
                        verwerker.accept(traject(rs));
                    });
        }
    }

    private static final String SELECT_TOEWIJZING = """
            select jeugdige, gemeente, aanbieder, toewijzingnummer, productcategorie, productcode, ingangsdatum,
                   einddatum, volume, eenheid, frequentie, reden_wijziging
            from toewijzing""";
    private static final String VOLGORDE_TOEWIJZING =
            " order by jeugdige, gemeente, aanbieder, toewijzingnummer, toewijzingsdatum, toewijzingstijd, bericht_id";

    @Override
    public void elkeToewijzing(java.util.function.Consumer<Toegewezen> verwerker) {
        Geldig geldig = new Geldig(verwerker);
        jdbc.sql(SELECT_TOEWIJZING + VOLGORDE_TOEWIJZING).query(geldig::lees);
        geldig.klaar();
    }

    @Override
    public void toewijzingenVan(Collection<String> jeugdigen, java.util.function.Consumer<Toegewezen> verwerker) {
        List<String> lijst = List.copyOf(jeugdigen);
        for (int i = 0; i < lijst.size(); i += 1000) {
            Geldig geldig = new Geldig(verwerker);
            jdbc.sql(SELECT_TOEWIJZING + " where jeugdige in (:j)" + VOLGORDE_TOEWIJZING)
                    .param("j", lijst.subList(i, Math.min(lijst.size(), i + 1000)))
                    .query(geldig::lees);
            geldig.klaar();
        }
    }

    /** Versions come ordered oldest first per assigned product; the last one counts, unless it removed the product. */
    private static final class Geldig {
        private final java.util.function.Consumer<Toegewezen> verwerker;
        private String sleutel;
        private Toegewezen laatste;

        Geldig(java.util.function.Consumer<Toegewezen> verwerker) {
            this.verwerker = verwerker;
        }

        void lees(ResultSet rs) throws SQLException {
            String k = rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4);
            if (!k.equals(sleutel)) {
                klaar();
                sleutel = k;
            }
            Long volume = rs.getLong(9);
            if (rs.wasNull()) {
                volume = null;
            }
            laatste = "13".equals(rs.getString(12)) ? null : new Toegewezen(rs.getString(1), rs.getString(2),
                    rs.getString(3), rs.getString(5), rs.getString(6), datum(rs, 7), datum(rs, 8), volume,
                    rs.getString(10), rs.getString(11));
        }

        void klaar() {
            if (laatste != null) {
                verwerker.accept(laatste);
            }
            laatste = null;
        }
    }

    private static Traject traject(ResultSet rs) throws SQLException {
        return new Traject(rs.getString(1), rs.getString(2), rs.getString(3), Hulpvorm.ofCode(rs.getString(4)),
                Segment.ofCode(rs.getString(5)), datum(rs, 6), datum(rs, 7), rs.getBoolean(8), rs.getString(9),
                rs.getString(10), datum(rs, 11), rs.getString(12), rs.getString(13));
    }

    /**
     * Invoice lines and delivery facts grouped, read from their tables once and from then on kept up
     * to date as facts are stored — or kept from the first fact on, when the tables start empty — so
     * a full indicator computation never groups every line again: those group-bys were its slowest
     * reads.
     */
    private volatile Map<Uitgave.Groep, Uitgave> uitgaven;
    private volatile Map<Leveringsgroep, Levering> leveringen;

    /** Deliveries that belong in the same group: a {@link Levering} without its count. */
    private record Leveringsgroep(Levering.Soort soort, String gemeente, String aanbieder, LocalDate peildatum,
                                  LocalDate gemeld, String productcategorie, String productcode) {
        static Leveringsgroep van(Levering l) {
            return new Leveringsgroep(l.soort(), l.gemeente(), l.aanbieder(), l.peildatum(), l.gemeld(),
                    l.productcategorie(), l.productcode());
        }
    }

    @Override
    public List<Uitgave> gedeclareerd() {
        Map<Uitgave.Groep, Uitgave> bekend = uitgaven;
        if (bekend == null) {
            Map<Uitgave.Groep, Uitgave> gelezen = new ConcurrentHashMap<>();
            jdbc.sql("""
                            select gemeente, aanbieder, productcategorie, productcode, begindatum, einddatum, dagtekening,
                                   eenheid, tarief_cent, count(*), sum(bedrag_cent)
                            from declaratieregel
                            group by gemeente, aanbieder, productcategorie, productcode, begindatum, einddatum, dagtekening,
                                     eenheid, tarief_cent""")
                    .query((rs, n) -> new Uitgave(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            datum(rs, 5), datum(rs, 6), datum(rs, 7), rs.getString(8), rs.getLong(9), rs.getLong(10),
                            rs.getLong(11)))
                    .list()
                    .forEach(u -> gelezen.merge(u.groep(), u, Uitgave::plus));
            uitgaven = gelezen;
            bekend = gelezen;
        }
        return List.copyOf(bekend.values());
    }

    @Override
    public List<Levering> leveringen() {
        Map<Leveringsgroep, Levering> bekend = leveringen;
        if (bekend == null) {
            Map<Leveringsgroep, Levering> gelezen = new ConcurrentHashMap<>();
            leesLeveringen().forEach(l -> gelezen.merge(Leveringsgroep.van(l), l, ZorgOpslag::samen));
            leveringen = gelezen;
            bekend = gelezen;
        }
        return List.copyOf(bekend.values());
    }

    private static Levering samen(Levering a, Levering b) {
        return new Levering(a.soort(), a.gemeente(), a.aanbieder(), a.peildatum(), a.gemeld(), a.productcategorie(),
                a.productcode(), a.aantal() + b.aantal());
    }

    private List<Levering> leesLeveringen() {
        List<Levering> gelezen = new ArrayList<>(jdbc.sql("""
                        select gemeente, aanbieder, ingangsdatum, toewijzingsdatum, productcategorie, productcode, count(*)
                        from toewijzing where reden_wijziging is null
                        group by gemeente, aanbieder, ingangsdatum, toewijzingsdatum, productcategorie, productcode""")
                .query((rs, n) -> new Levering(Levering.Soort.TOEWIJZING, rs.getString(1), rs.getString(2), datum(rs, 3),
                        datum(rs, 4), rs.getString(5), rs.getString(6), rs.getLong(7)))
                .list());
        gelezen.addAll(jdbc.sql("""
                        select soort, gemeente, aanbieder, begindatum, einddatum, dagtekening, count(*)
                        from zorgmelding group by soort, gemeente, aanbieder, begindatum, einddatum, dagtekening""")
                .query((rs, n) -> {
                    boolean start = rs.getString(1).equals("start");
                    return new Levering(start ? Levering.Soort.START : Levering.Soort.STOP, rs.getString(2),
                            rs.getString(3), datum(rs, start ? 4 : 5), datum(rs, 6), null, null, rs.getLong(7));
                })
                .list());
        return gelezen;
    }

    /**
     * Called before a batch's facts are written: while a table is still empty its groups are kept
     * from here on, in memory only, instead of being read back later.
     */
    void houdGroepenBijVanafLeeg() {
        if (uitgaven == null && leeg("declaratieregel")) {
            uitgaven = new ConcurrentHashMap<>();
        }
        if (leveringen == null && leeg("toewijzing") && leeg("zorgmelding")) {
            leveringen = new ConcurrentHashMap<>();
        }
    }

    private boolean leeg(String tabel) {
        return jdbc.sql("select count(*) from (select 1 from " + tabel + " fetch first 1 rows only) t")
                .query(Long.class).single() == 0;
    }

    /** Facts just stored, added to the kept groups once their transaction commits. */
    void feitenOpgeslagen(List<Uitgave> nieuweUitgaven, List<Levering> nieuweLeveringen) {
        if ((nieuweUitgaven.isEmpty() || uitgaven == null) && (nieuweLeveringen.isEmpty() || leveringen == null)) {
            return;
        }
        Runnable bijwerken = () -> {
            Map<Uitgave.Groep, Uitgave> u = uitgaven;
            if (u != null) {
                nieuweUitgaven.forEach(n -> u.merge(n.groep(), n, Uitgave::plus));
            }
            Map<Leveringsgroep, Levering> l = leveringen;
            if (l != null) {
                nieuweLeveringen.forEach(n -> l.merge(Leveringsgroep.van(n), n, ZorgOpslag::samen));
            }
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(
                    new TransactionSynchronization() {
                        @Override
                        public void afterCommit() {
                            bijwerken.run();
                        }
                    });
        } else {
            bijwerken.run();
        }
    }

    @Override
    public void elkeAanvraag(java.util.function.Consumer<Aanvragen> verwerker) {
        aanvragen(null, verwerker);
    }

    @Override
    public void aanvragenVan(Collection<String> jeugdigen, java.util.function.Consumer<Aanvragen> verwerker) {
        List<String> lijst = List.copyOf(jeugdigen);
        for (int i = 0; i < lijst.size(); i += 1000) {
            aanvragen(lijst.subList(i, Math.min(lijst.size(), i + 1000)), verwerker);
        }
    }

    /** @param jeugdigen null for everyone */
    private void aanvragen(List<String> jeugdigen, java.util.function.Consumer<Aanvragen> verwerker) {
        String filter = jeugdigen == null ? "" : " and jeugdige in (:j)";
        Map<String, List<Aanvragen.Verzoek>> verzoeken = new HashMap<>();
        metFilter(jdbc.sql("""
                        select jeugdige, gemeente, aanbieder, referentie_aanbieder, productcategorie, productcode, dagtekening
                        from verzoek where soort = 'toewijzing' and jeugdige is not null""" + filter), jeugdigen)
                .query((rs, n) -> verzoeken.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(
                        new Aanvragen.Verzoek(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                                rs.getString(6), datum(rs, 7))))
                .list();
        Map<String, Map<String, Aanvragen.Toewijzing>> toewijzingen = new HashMap<>();
        metFilter(jdbc.sql("""
                        select jeugdige, gemeente, aanbieder, toewijzingnummer, referentie_aanbieder, productcategorie,
                               productcode, toewijzingsdatum, ingangsdatum, einddatum, reden_wijziging
                        from toewijzing where 1 = 1""" + filter + " order by toewijzingsdatum, toewijzingstijd, bericht_id"),
                jeugdigen)
                .query((rs, n) -> toewijzingen.computeIfAbsent(rs.getString(1), k -> new java.util.LinkedHashMap<>()).merge(
                        rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4),
                        new Aanvragen.Toewijzing(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                                rs.getString(6), rs.getString(7), datum(rs, 8), datum(rs, 9), datum(rs, 10),
                                rs.getString(11)), (eerdere, latere) -> latere.na(eerdere)))
                .list();
        Map<String, List<Aanvragen.Start>> starts = new HashMap<>();
        metFilter(jdbc.sql("""
                        select jeugdige, gemeente, aanbieder, toewijzingnummer, productcategorie, productcode, min(begindatum)
                        from zorgmelding
                        where soort = 'start' and (status_aanlevering is null or status_aanlevering <> '3')"""
                        + filter + " group by jeugdige, gemeente, aanbieder, toewijzingnummer, productcategorie, productcode"),
                        jeugdigen)
                .query((rs, n) -> starts.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(
                        new Aanvragen.Start(rs.getString(2), rs.getString(3), rs.getString(4), datum(rs, 7), rs.getString(5),
                                rs.getString(6))))
                .list();
        java.util.Set<String> alle = new java.util.TreeSet<>(verzoeken.keySet());
        alle.addAll(toewijzingen.keySet());
        if (jeugdigen != null) {
            alle.addAll(jeugdigen);
        }
        for (String j : alle) {
            verwerker.accept(new Aanvragen(j, verzoeken.getOrDefault(j, List.of()),
                    List.copyOf(toewijzingen.getOrDefault(j, Map.of()).values()), starts.getOrDefault(j, List.of())));
        }
    }

    private static JdbcClient.StatementSpec metFilter(JdbcClient.StatementSpec sql, List<String> jeugdigen) {
        return jeugdigen == null ? sql : sql.param("j", jeugdigen);
    }

    /** The youths whose requests these answers (gemeente, aanbieder, referentie) answer. */
    java.util.Set<String> jeugdigenVanVerzoeken(List<String[]> antwoorden) {
        java.util.Set<String> sleutels = new java.util.HashSet<>();
        antwoorden.forEach(a -> sleutels.add(a[0] + "|" + a[1] + "|" + a[2]));
        java.util.Set<String> jeugdigen = new java.util.HashSet<>();
        if (antwoorden.isEmpty()) {
            return jeugdigen;
        }
        jdbc.sql("""
                        select gemeente, aanbieder, referentie_aanbieder, jeugdige from verzoek
                        where jeugdige is not null and referentie_aanbieder in (:r)""")
                .param("r", antwoorden.stream().map(a -> a[2]).distinct().toList())
                .query((rs, n) -> {
                    if (sleutels.contains(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3))) {
                        jeugdigen.add(rs.getString(4));
                    }
                    return null;
                })
                .list();
        return jeugdigen;
    }

    @Override
    public List<Aanvragen.Antwoord> antwoorden() {
        return jdbc.sql("""
                        select gemeente, aanbieder, referentie_aanbieder, antwoord, reden_afwijzing, dagtekening
                        from verzoek_antwoord""")
                .query((rs, n) -> new Aanvragen.Antwoord(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), datum(rs, 6)))
                .list();
    }

    @Override
    public java.util.Optional<LocalDate> laatsteDagtekening() {
        return jdbc.sql("select max(dagtekening) from toewijzing").query((rs, n) -> datum(rs, 1)).list().stream()
                .filter(java.util.Objects::nonNull).findFirst();
    }

    @Override
    public List<MislukteAfleiding> mislukteAfleidingen(int maximaal) {
        List<MislukteAfleiding> uit = new ArrayList<>(jdbc.sql("select jeugdige, omschrijving from zorg_bevinding where code = :c "
                        + "order by jeugdige fetch first " + maximaal + " rows only")
                .param("c", AFLEIDING_MISLUKT)
                .query((rs, n) -> new MislukteAfleiding(Afleidingsfouten.TRAJECTEN, rs.getString(1), rs.getString(2))).list());
        uit.addAll(inGeheugen.lijst(maximaal));
        return uit.stream().limit(maximaal).toList();
    }

    @Override
    public long aantalMislukteAfleidingen() {
        return jdbc.sql("select count(*) from zorg_bevinding where code = :c").param("c", AFLEIDING_MISLUKT).query(Long.class).single()
                + inGeheugen.aantal();
    }

    @Override
    public long aantalTrajecten() {
        return jdbc.sql("select count(*) from traject").query(Long.class).single();
    }

    /**
     * From the year of the first start or stop report to the year of the latest start or stop,
     * within the reporting window (the Jeugdwet, or the configured first year, to today's year):
     * years before the first report would only show the care still running when reporting began,
     * and no date a sender wrote may stretch the years every figure is computed for.
     */
    @Override
    public List<Integer> jaren() {
        Map<String, Object> grenzen = jdbc.sql("""
                select (select min(dagtekening) from zorgmelding) as van,
                       (select max(begindatum) from zorgmelding) as laatste_start,
                       (select max(einddatum) from zorgmelding) as laatste_stop""").query().singleRow();
        if (grenzen.get("van") == null) {
            return List.of();
        }
        int van = ((Date) grenzen.get("van")).toLocalDate().getYear();
        int tot = ((Date) grenzen.get("laatste_start")).toLocalDate().getYear();
        if (grenzen.get("laatste_stop") != null) {
            tot = Math.max(tot, ((Date) grenzen.get("laatste_stop")).toLocalDate().getYear());
        }
        return kalender.jarenBinnen(van, tot);
    }

    /**
     * One pass over the trajectories: each youth gets a number, each (year, municipality, segment)
     * level a bit set of the youths in care, so distinct counts at all levels cost one scan.
     */
    @Override
    public List<JeugdigenInZorg> jeugdigenInZorg() {
        List<Integer> jaren = jaren();
        if (jaren.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> nummers = new HashMap<>();
        Comparator<JeugdigenInZorg> volgorde = Comparator.comparingInt(JeugdigenInZorg::jaar)
                .thenComparing(JeugdigenInZorg::gemeente, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(JeugdigenInZorg::segment);
        Map<JeugdigenInZorg, BitSet[]> inZorg = new TreeMap<>(volgorde);
        jdbc.sql("select jeugdige, gemeente, segment, begindatum, einddatum, geboortedatum from traject").query(rs -> {
            int nummer = nummers.computeIfAbsent(rs.getString(1), k -> nummers.size());
            String gemeente = rs.getString(2);
            String segment = rs.getString(3);
            boolean jeugdhulp = Segment.ofCode(segment).jeugdhulp();
            LocalDate begin = datum(rs, 4);
            int van = Math.max(jaren.getFirst(), begin.getYear());
            LocalDate eind = datum(rs, 5);
            LocalDate geboren = datum(rs, 6);
            int tot = eind == null ? jaren.getLast() : Math.min(jaren.getLast(), eind.getYear());
            for (int jaar = van; jaar <= tot; jaar++) {
                LocalDate eersteMaand = (jaar == begin.getYear() ? begin : LocalDate.of(jaar, 1, 1)).withDayOfMonth(1);
                boolean onder18 = geboren == null || eersteMaand.isBefore(geboren.plusYears(18));
                for (String g : new String[] {gemeente, null}) {
                    for (String s : jeugdhulp ? new String[] {segment, ALLE_SEGMENTEN} : new String[] {segment}) {
                        BitSet[] sets = inZorg.computeIfAbsent(new JeugdigenInZorg(jaar, g, s, 0, 0),
                                k -> new BitSet[] {new BitSet(), new BitSet()});
                        sets[0].set(nummer);
                        if (onder18) {
                            sets[1].set(nummer);
                        }
                    }
                }
            }
        });
        List<JeugdigenInZorg> result = new ArrayList<>(inZorg.size());
        inZorg.forEach((k, v) -> result.add(new JeugdigenInZorg(k.jaar(), k.gemeente(), k.segment(), v[0].cardinality(),
                v[1].cardinality())));
        return result;
    }

    /** As a LocalDate straight away: through java.sql.Date each value went through a Calendar in the time zone. */
    private static LocalDate datum(ResultSet rs, int kolom) throws SQLException {
        return rs.getObject(kolom, LocalDate.class);
    }
}
