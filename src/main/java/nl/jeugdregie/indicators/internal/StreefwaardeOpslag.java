package nl.jeugdregie.indicators.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import nl.jeugdregie.indicators.Streefwaarde;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Targets, insert only: the newest row per indicator, scope and segment counts. */
@Repository
class StreefwaardeOpslag {

    private static final String KOLOMMEN =
            " id, indicator, gemeente, segment, basisjaar, verandering_per_jaar, toelichting, auteur, vastgesteld_op ";

    private final JdbcClient jdbc;

    StreefwaardeOpslag(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Streefwaarde> geldend() {
        return jdbc.sql("select " + KOLOMMEN + """
                         from streefwaarde s
                        where id = (select max(id) from streefwaarde t
                                    where t.indicator = s.indicator and t.gemeente = s.gemeente and t.segment = s.segment)
                        order by indicator, gemeente, segment""")
                .query(StreefwaardeOpslag::streefwaarde).list();
    }

    List<Streefwaarde> geschiedenis(String indicator, String gemeente, String segment) {
        return jdbc.sql("select " + KOLOMMEN + """
                         from streefwaarde where indicator = :i and gemeente = :g and segment = :s order by id desc""")
                .param("i", indicator).param("g", gemeente).param("s", segment)
                .query(StreefwaardeOpslag::streefwaarde).list();
    }

    Streefwaarde voegToe(String indicator, String gemeente, String segment, int basisjaar, double verandering,
                         String toelichting, String auteur) {
        long id = jdbc.sql("select nextval('streefwaarde_id_seq')").query(Long.class).single();
        LocalDateTime nu = LocalDateTime.now();
        jdbc.sql("insert into streefwaarde (" + KOLOMMEN + """
                        ) values (:id, :i, :g, :s, :basisjaar, :verandering, :toelichting, :auteur, :nu)""")
                .param("id", id).param("i", indicator).param("g", gemeente).param("s", segment).param("basisjaar", basisjaar)
                .param("verandering", verandering).param("toelichting", toelichting).param("auteur", auteur)
                .param("nu", Timestamp.valueOf(nu)).update();
        return new Streefwaarde(id, indicator, gemeente, segment, basisjaar, verandering, toelichting, auteur, nu);
    }

    private static Streefwaarde streefwaarde(ResultSet rs, int n) throws SQLException {
        return new Streefwaarde(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                rs.getDouble(6), rs.getString(7), rs.getString(8), rs.getTimestamp(9).toLocalDateTime());
    }
}
