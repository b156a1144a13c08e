package nl.jeugdregie.messages.internal;

import java.nio.ByteBuffer;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import net.jpountz.lz4.LZ4Factory;
import nl.jeugdregie.database.Kopieer;
import nl.jeugdregie.database.Statistieken;
import nl.jeugdregie.messages.BerichtenOverzicht;
import nl.jeugdregie.messages.BerichtenOverzicht.Aanlevering;
import nl.jeugdregie.messages.IntakeTelling;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The message store's SQL. */
@Repository
class BerichtOpslag implements BerichtenOverzicht {

    private static final int BLOK = 1000;
    private static final LZ4Factory LZ4 = lz4();

    /** A row to write; {@code inhoud} is already compressed. */
    record Rij(long id, String status, String type, String afzender, String ontvanger, String identificatie,
               java.time.LocalDate dagtekening, String gemeente, String aanbieder, String identSleutel, String hash,
               String reden, String bron, Long dubbelVan, byte[] inhoud) {
    }

    /** The columns of a message row, in the order {@link #bewaar} gives their values. */
    private static final List<String> KOLOMMEN = List.of("id", "status", "berichttype", "afzender", "ontvanger",
            "identificatie", "dagtekening", "gemeente", "aanbieder", "ident_sleutel", "inhoud_hash", "reden", "bron",
            "ontvangen_op", "dubbel_van", "inhoud");

    /** What the store already holds under an identification key. */
    record Bekend(long id, String status, String hash) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final Statistieken statistieken;
    /** Read once from the store, then kept up to date by every write, so pages can show it at no cost. */
    private volatile Map<String, Aanlevering> aanleveringen;
    private long volgendeId;
    private long laatsteId = -1;

    BerichtOpslag(JdbcClient jdbc, JdbcTemplate template, Statistieken statistieken) {
        this.jdbc = jdbc;
        this.template = template;
        this.statistieken = statistieken;
    }

    /** Ids come from the sequence in blocks of a thousand, so a batch needs one round trip. */
    synchronized long nieuwId() {
        if (volgendeId > laatsteId) {
            volgendeId = jdbc.sql("select nextval('bericht_id_seq')").query(Long.class).single();
            laatsteId = volgendeId + BLOK - 1;
        }
        return volgendeId++;
    }

    Map<String, List<Bekend>> bekend(Collection<String> sleutels) {
        Map<String, List<Bekend>> result = new HashMap<>();
        if (sleutels.isEmpty()) {
            return result;
        }
        jdbc.sql("select ident_sleutel, id, status, inhoud_hash from bericht where ident_sleutel in (:s) and status <> 'dubbel'")
                .param("s", sleutels)
                .query((rs, n) -> {
                    result.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new Bekend(rs.getLong(2), rs.getString(3), rs.getString(4)));
                    return null;
                })
                .list();
        return result;
    }

    /** A data-quality finding on an accepted message. */
    record Bevinding(long berichtId, String code, String omschrijving) {
    }

    void bewaar(List<Rij> rijen, List<Bevinding> bevindingen) {
        Timestamp nu = Timestamp.valueOf(LocalDateTime.now());
        List<Object[]> waarden = new ArrayList<>(rijen.size());
        for (Rij r : rijen) {
            waarden.add(new Object[] {r.id(), r.status(), r.type(), r.afzender(), r.ontvanger(), r.identificatie(),
                    r.dagtekening(), r.gemeente(), r.aanbieder(), r.identSleutel(), r.hash(), r.reden(), r.bron(), nu,
                    r.dubbelVan(), r.inhoud()});
        }
        Kopieer.naar(template, "bericht", KOLOMMEN, waarden);
        statistieken.geschreven("bericht", List.of("ident_sleutel"), rijen.size());
        Map<String, Aanlevering> bekend = aanleveringen;
        if (bekend != null) {
            Map<String, Aanlevering> nieuw = new HashMap<>(bekend);
            rijen.stream().filter(r -> r.status().equals("geaccepteerd") && r.gemeente() != null && r.dagtekening() != null)
                    .forEach(r -> nieuw.merge(r.gemeente(), new Aanlevering(r.gemeente(), r.dagtekening(), nu.toLocalDateTime()),
                            BerichtOpslag::nieuwste));
            aanleveringen = nieuw;
        }
        template.batchUpdate("insert into bericht_bevinding (bericht_id, code, omschrijving) values (?, ?, ?)",
                bevindingen, 500, (ps, b) -> {
                    ps.setLong(1, b.berichtId());
                    ps.setString(2, b.code());
                    ps.setString(3, b.omschrijving());
                });
    }

    /** An accepted message as the store keeps it. */
    record Opgeslagen(long id, String gemeente, String aanbieder, byte[] inhoud) {
    }

    /** Streams the stored, cleaned content of accepted messages in store order. */
    void geaccepteerdeInhoud(Consumer<Opgeslagen> verwerker) {
        jdbc.sql("select id, gemeente, aanbieder, inhoud from bericht where status = 'geaccepteerd' order by id")
                .query(rs -> {
                    verwerker.accept(new Opgeslagen(rs.getLong(1), rs.getString(2), rs.getString(3),
                            decomprimeer(rs.getBytes(4))));
                });
    }

    @Override
    public IntakeTelling telling() {
        Map<String, Long> perStatus = new HashMap<>();
        jdbc.sql("select status, count(*) from bericht group by status")
                .query((rs, n) -> perStatus.put(rs.getString(1), rs.getLong(2)))
                .list();
        return new IntakeTelling(perStatus.getOrDefault("geaccepteerd", 0L), perStatus.getOrDefault("dubbel", 0L),
                perStatus.getOrDefault("afgewezen", 0L));
    }

    @Override
    public List<BerichtRegel> lijst(String status, int offset, int limit) {
        return jdbc.sql(SELECT_REGEL + """
                         where (:status is null or status = :status)
                        order by id desc offset :offset rows fetch next :limit rows only""")
                .param("status", status, Types.VARCHAR)
                .param("offset", offset)
                .param("limit", limit)
                .query(BerichtOpslag::regel)
                .list();
    }

    private static final String SELECT_REGEL = """
            select id, status, berichttype, afzender, ontvanger, identificatie, dagtekening, gemeente,
                   reden, bron, ontvangen_op
            from bericht""";

    private static BerichtRegel regel(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new BerichtRegel(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                rs.getString(10), rs.getTimestamp(11).toLocalDateTime());
    }

    @Override
    public java.util.Optional<BerichtRegel> een(long id) {
        return jdbc.sql(SELECT_REGEL + " where id = :id").param("id", id).query(BerichtOpslag::regel).optional();
    }

    @Override
    public long aantal(String status) {
        return jdbc.sql("select count(*) from bericht where (:status is null or status = :status)")
                .param("status", status, Types.VARCHAR)
                .query(Long.class).single();
    }

    @Override
    public List<Aanlevering> aanleveringen() {
        Map<String, Aanlevering> bekend = aanleveringen;
        if (bekend == null) {
            Map<String, Aanlevering> gelezen = new HashMap<>();
            jdbc.sql("""
                            select gemeente, max(dagtekening), max(ontvangen_op) from bericht
                            where status = 'geaccepteerd' and gemeente is not null group by gemeente""")
                    .query((rs, n) -> gelezen.put(rs.getString(1), new Aanlevering(rs.getString(1),
                            rs.getDate(2).toLocalDate(), rs.getTimestamp(3).toLocalDateTime())))
                    .list();
            aanleveringen = gelezen;
            bekend = gelezen;
        }
        return bekend.values().stream().sorted(java.util.Comparator.comparing(Aanlevering::gemeente)).toList();
    }

    private static Aanlevering nieuwste(Aanlevering a, Aanlevering b) {
        return new Aanlevering(a.gemeente(), a.laatsteDagtekening().isAfter(b.laatsteDagtekening())
                ? a.laatsteDagtekening() : b.laatsteDagtekening(),
                a.laatstOntvangen().isAfter(b.laatstOntvangen()) ? a.laatstOntvangen() : b.laatstOntvangen());
    }

    @Override
    public List<String> onbekendeAanbieders() {
        return jdbc.sql("""
                        select distinct b.aanbieder from bericht b join bericht_bevinding f on f.bericht_id = b.id
                        where f.code = 'AANBIEDER_ONBEKEND' order by b.aanbieder""")
                .query(String.class).list();
    }

    /**
     * Content is stored LZ4-compressed behind its length: several times faster than deflate, which
     * matters at the door. Done while processing, outside the writing transaction.
     */
    static byte[] comprimeer(byte[] data) {
        return comprimeer(data, data.length, new byte[gecomprimeerdHoogstens(data.length)]);
    }

    static int gecomprimeerdHoogstens(int lengte) {
        return 4 + LZ4.fastCompressor().maxCompressedLength(lengte);
    }

    /** The first {@code lengte} bytes of {@code data}, compressed by way of {@code werkruimte}. */
    static byte[] comprimeer(byte[] data, int lengte, byte[] werkruimte) {
        ByteBuffer.wrap(werkruimte).putInt(lengte);
        int gecomprimeerd = LZ4.fastCompressor().compress(data, 0, lengte, werkruimte, 4);
        return Arrays.copyOf(werkruimte, 4 + gecomprimeerd);
    }

    /**
     * The native LZ4 from the library's own jar where it loads, else its Java port: the same block
     * format either way. {@code fastestInstance()} would never try the native one from inside the
     * application jar (it only does so under the system class loader), and the Java port cost the
     * intake three times as much.
     */
    private static LZ4Factory lz4() {
        try {
            return LZ4Factory.nativeInstance();
        } catch (Throwable geenNative) {
            return LZ4Factory.fastestJavaInstance();
        }
    }

    static byte[] decomprimeer(byte[] data) {
        if (data == null) {
            return null;
        }
        int lengte = ByteBuffer.wrap(data).getInt();
        byte[] uit = new byte[lengte];
        LZ4.safeDecompressor().decompress(data, 4, data.length - 4, uit, 0);
        return uit;
    }
}
