package nl.jeugdregie.capacity.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.jeugdregie.capacity.Melding;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables {@code plaatsen_stand}, {@code plaatsen_uitstroom} and {@code plaatsen_actueel}. */
@Repository
class PlaatsenOpslag {

    /** One location's current row, without its region data. */
    record Actueel(String locatie, int capaciteit, int bezet, int geblokkeerd, int gereserveerd, Long stand,
                   String blokkadeReden, String bevestigdDoor, LocalDateTime bevestigdOp,
                   List<Melding.Uitstroom> uitstroom) {
    }

    /** One report or change in a location's history. */
    record Stand(long id, int capaciteit, int bezet, int geblokkeerd, String blokkadeReden, String bron, boolean ongewijzigd,
                 String door, LocalDateTime op, List<Melding.Uitstroom> uitstroom) {
    }

    private final JdbcClient jdbc;

    PlaatsenOpslag(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Makes sure every location has a current row with the capacity the region file gives it. */
    void zorgVoor(String locatie, int capaciteit) {
        int bijgewerkt = jdbc.sql("update plaatsen_actueel set capaciteit = :c where locatie = :l and capaciteit <> :c "
                        + "and bezet + geblokkeerd + gereserveerd <= :c")
                .param("c", capaciteit).param("l", locatie).update();
        if (bijgewerkt == 0 && jdbc.sql("select count(*) from plaatsen_actueel where locatie = :l").param("l", locatie)
                .query(Integer.class).single() == 0) {
            jdbc.sql("insert into plaatsen_actueel (locatie, capaciteit, bezet, geblokkeerd, gereserveerd) values (:l, :c, 0, 0, 0)")
                    .param("l", locatie).param("c", capaciteit).update();
        }
    }

    List<Actueel> actueel() {
        return lees("");
    }

    Optional<Actueel> actueel(String locatie) {
        return lees(" where a.locatie = :l", locatie).stream().findFirst();
    }

    private List<Actueel> lees(String waar, String... locatie) {
        var sql = jdbc.sql("""
                select a.locatie, a.capaciteit, a.bezet, a.geblokkeerd, a.gereserveerd, a.stand, s.blokkade_reden,
                       a.bevestigd_door, a.bevestigd_op
                from plaatsen_actueel a left join plaatsen_stand s on s.id = a.stand""" + waar + " order by a.locatie");
        if (locatie.length > 0) {
            sql = sql.param("l", locatie[0]);
        }
        List<Actueel> rijen = sql.query((rs, n) -> new Actueel(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4),
                rs.getInt(5), (Long) rs.getObject(6, Long.class), rs.getString(7), rs.getString(8), tijd(rs.getTimestamp(9)),
                List.of())).list();
        Map<Long, List<Melding.Uitstroom>> uitstroom = uitstroom(rijen.stream().map(Actueel::stand).filter(s -> s != null).toList());
        return rijen.stream().map(a -> new Actueel(a.locatie(), a.capaciteit(), a.bezet(), a.geblokkeerd(), a.gereserveerd(),
                a.stand(), a.blokkadeReden(), a.bevestigdDoor(), a.bevestigdOp(),
                uitstroom.getOrDefault(a.stand(), List.of()))).toList();
    }

    private Map<Long, List<Melding.Uitstroom>> uitstroom(List<Long> standen) {
        Map<Long, List<Melding.Uitstroom>> uit = new HashMap<>();
        if (standen.isEmpty()) {
            return uit;
        }
        jdbc.sql("select stand, per, aantal from plaatsen_uitstroom where stand in (:s) order by stand, per")
                .param("s", standen)
                .query(rs -> {
                    uit.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Melding.Uitstroom(rs.getDate(2).toLocalDate(), rs.getInt(3)));
                });
        return uit;
    }

    /** Newest first, at most {@code max} rows. */
    List<Stand> geschiedenis(String locatie, int max) {
        List<Stand> rijen = jdbc.sql("""
                        select id, capaciteit, bezet, geblokkeerd, blokkade_reden, bron, ongewijzigd, door, op
                        from plaatsen_stand where locatie = :l order by op desc, id desc""")
                .param("l", locatie).withMaxRows(max)
                .query((rs, n) -> new Stand(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getString(5),
                        rs.getString(6), rs.getBoolean(7), rs.getString(8), tijd(rs.getTimestamp(9)), List.of()))
                .list();
        Map<Long, List<Melding.Uitstroom>> uitstroom = uitstroom(rijen.stream().map(Stand::id).toList());
        return rijen.stream().map(s -> new Stand(s.id(), s.capaciteit(), s.bezet(), s.geblokkeerd(), s.blokkadeReden(),
                s.bron(), s.ongewijzigd(), s.door(), s.op(), uitstroom.getOrDefault(s.id(), List.of()))).toList();
    }

    /** Every location's reports and changes since {@code sinds}, oldest first. */
    Map<String, List<Stand>> standenSinds(LocalDateTime sinds) {
        Map<String, List<Stand>> uit = new HashMap<>();
        List<String> locaties = new ArrayList<>();
        List<Stand> rijen = jdbc.sql("""
                        select id, capaciteit, bezet, geblokkeerd, blokkade_reden, bron, ongewijzigd, door, op, locatie
                        from plaatsen_stand where op >= :s order by op, id""")
                .param("s", Timestamp.valueOf(sinds))
                .query((rs, n) -> {
                    locaties.add(rs.getString(10));
                    return new Stand(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getString(5), rs.getString(6),
                            rs.getBoolean(7), rs.getString(8), tijd(rs.getTimestamp(9)), List.of());
                }).list();
        Map<Long, List<Melding.Uitstroom>> uitstroom = uitstroom(rijen.stream().map(Stand::id).toList());
        for (int i = 0; i < rijen.size(); i++) {
            Stand s = rijen.get(i);
            uit.computeIfAbsent(locaties.get(i), k -> new ArrayList<>()).add(new Stand(s.id(), s.capaciteit(), s.bezet(), s.geblokkeerd(),
                    s.blokkadeReden(), s.bron(), s.ongewijzigd(), s.door(), s.op(), uitstroom.getOrDefault(s.id(), List.of())));
        }
        return uit;
    }

    /**
     * Writes a report as a new history row and makes it current, on one condition checked by the
     * database itself: occupied + blocked + the places reserved at that moment fit the capacity.
     *
     * @param bevestigt whether the row counts as the provider's confirmation (a placement's does not)
     * @return false when the condition failed; the caller's transaction must then be rolled back
     */
    boolean schrijf(String locatie, int capaciteit, Melding m, String bron, boolean ongewijzigd, boolean bevestigt,
                    String door, LocalDateTime op) {
        long id = jdbc.sql("select nextval('plaatsen_stand_id_seq')").query(Long.class).single();
        jdbc.sql("""
                        insert into plaatsen_stand (id, locatie, capaciteit, bezet, geblokkeerd, blokkade_reden, bron, ongewijzigd, door, op)
                        values (:id, :l, :c, :b, :g, :r, :bron, :o, :door, :op)""")
                .param("id", id).param("l", locatie).param("c", capaciteit).param("b", m.bezet()).param("g", m.geblokkeerd())
                .param("r", m.blokkadeReden()).param("bron", bron).param("o", ongewijzigd).param("door", door)
                .param("op", Timestamp.valueOf(op)).update();
        for (Melding.Uitstroom u : m.uitstroom()) {
            jdbc.sql("insert into plaatsen_uitstroom (stand, per, aantal) values (:s, :p, :a)")
                    .param("s", id).param("p", Date.valueOf(u.per())).param("a", u.aantal()).update();
        }
        String bevestiging = bevestigt ? ", bevestigd_door = :door, bevestigd_op = :op" : "";
        try {
            return jdbc.sql("update plaatsen_actueel set bezet = :b, geblokkeerd = :g, stand = :id" + bevestiging
                            + " where locatie = :l and :b + :g + gereserveerd <= capaciteit")
                    .param("b", m.bezet()).param("g", m.geblokkeerd()).param("id", id).param("l", locatie)
                    .param("door", door).param("op", Timestamp.valueOf(op)).update() == 1;
        } catch (DataIntegrityViolationException e) {
            return false;
        }
    }

    /** One conditional update: never more held than free, whoever else is holding at the same moment. */
    boolean houdVast(String locatie, int aantal) {
        try {
            return jdbc.sql("update plaatsen_actueel set gereserveerd = gereserveerd + :n "
                            + "where locatie = :l and capaciteit - bezet - geblokkeerd - gereserveerd >= :n")
                    .param("n", aantal).param("l", locatie).update() == 1;
        } catch (DataIntegrityViolationException e) {
            return false;
        }
    }

    boolean laatLos(String locatie, int aantal) {
        return jdbc.sql("update plaatsen_actueel set gereserveerd = gereserveerd - :n where locatie = :l and gereserveerd >= :n")
                .param("n", aantal).param("l", locatie).update() == 1;
    }

    /** Held places become occupied in one update, so the total never passes capacity on the way. */
    boolean neemIn(String locatie, int aantal) {
        return jdbc.sql("update plaatsen_actueel set gereserveerd = gereserveerd - :n, bezet = bezet + :n "
                        + "where locatie = :l and gereserveerd >= :n")
                .param("n", aantal).param("l", locatie).update() == 1;
    }

    private static LocalDateTime tijd(Timestamp t) {
        return t == null ? null : t.toLocalDateTime();
    }
}
