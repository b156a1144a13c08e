package nl.jeugdregie.waiting.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import nl.jeugdregie.waiting.Wachtnorm;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Norms, insert only: the newest row per segment counts, the older ones are its history. */
@Repository
class WachtnormOpslag {

    private static final String KOLOMMEN = " id, segment, beslis_werkdagen, start_dagen, bron, vastgesteld_door, vastgesteld_op ";

    private final JdbcClient jdbc;

    WachtnormOpslag(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Wachtnorm> geldend() {
        return jdbc.sql("select " + KOLOMMEN + """
                         from wachtnorm n where id = (select max(id) from wachtnorm m where m.segment = n.segment)
                        order by segment""")
                .query(WachtnormOpslag::norm).list();
    }

    List<Wachtnorm> geschiedenis(String segment) {
        return jdbc.sql("select " + KOLOMMEN + " from wachtnorm where segment = :s order by id desc")
                .param("s", segment).query(WachtnormOpslag::norm).list();
    }

    Wachtnorm voegToe(String segment, int beslisWerkdagen, int startDagen, String bron, String door) {
        long id = jdbc.sql("select nextval('wachtnorm_id_seq')").query(Long.class).single();
        LocalDateTime nu = LocalDateTime.now();
        jdbc.sql("insert into wachtnorm (" + KOLOMMEN + ") values (:id, :s, :b, :st, :bron, :door, :nu)")
                .param("id", id).param("s", segment).param("b", beslisWerkdagen).param("st", startDagen)
                .param("bron", bron).param("door", door).param("nu", Timestamp.valueOf(nu)).update();
        return new Wachtnorm(id, segment, beslisWerkdagen, startDagen, bron, door, nu);
    }

    private static Wachtnorm norm(ResultSet rs, int n) throws SQLException {
        return new Wachtnorm(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getString(5), rs.getString(6),
                rs.getTimestamp(7).toLocalDateTime());
    }
}
