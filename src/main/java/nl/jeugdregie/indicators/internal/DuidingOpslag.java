package nl.jeugdregie.indicators.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import nl.jeugdregie.indicators.Duiding;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Notes and their versions. */
@Repository
class DuidingOpslag {

    private static final String KOLOMMEN =
            " id, indicator, gemeente, segment, maand, tekst, auteur, auteur_naam, geschreven_op, vervangt ";

    private final JdbcClient jdbc;

    DuidingOpslag(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Duiding> actueel(String indicator, String gemeente, String segment) {
        return jdbc.sql("select" + KOLOMMEN + """
                        from duiding where indicator = :i and gemeente = :g and segment = :s and not vervangen
                        order by maand, id""")
                .param("i", indicator).param("g", gemeente).param("s", segment)
                .query(DuidingOpslag::duiding).list();
    }

    /** The versions a note replaced, newest first: a short chain, walked one step at a time. */
    List<Duiding> eerdereVersies(long id) {
        List<Duiding> versies = new java.util.ArrayList<>();
        Optional<Duiding> huidige = een(id);
        while (huidige.isPresent() && huidige.get().vervangt() != null) {
            huidige = een(huidige.get().vervangt());
            huidige.ifPresent(versies::add);
        }
        return versies;
    }

    Optional<Duiding> een(long id) {
        return jdbc.sql("select" + KOLOMMEN + "from duiding where id = :id").param("id", id)
                .query(DuidingOpslag::duiding).optional();
    }

    @Transactional
    Duiding schrijf(String indicator, String gemeente, String segment, YearMonth maand, String tekst, String auteur,
                    String auteurNaam, Long vervangt) {
        long id = jdbc.sql("select nextval('duiding_id_seq')").query(Long.class).single();
        LocalDateTime nu = LocalDateTime.now();
        if (vervangt != null) {
            jdbc.sql("update duiding set vervangen = true where id = :id").param("id", vervangt).update();
        }
        jdbc.sql("insert into duiding (" + KOLOMMEN + """
                        , vervangen) values (:id, :i, :g, :s, :maand, :tekst, :auteur, :naam, :nu, :vervangt, false)""")
                .param("id", id).param("i", indicator).param("g", gemeente).param("s", segment)
                .param("maand", Date.valueOf(maand.atDay(1))).param("tekst", tekst).param("auteur", auteur)
                .param("naam", auteurNaam).param("nu", Timestamp.valueOf(nu)).param("vervangt", vervangt, Types.BIGINT)
                .update();
        return new Duiding(id, indicator, gemeente, segment, maand, tekst, auteur, auteurNaam, nu, vervangt);
    }

    private static Duiding duiding(ResultSet rs, int n) throws SQLException {
        long vervangt = rs.getLong(10);
        return new Duiding(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                YearMonth.from(rs.getDate(5).toLocalDate()), rs.getString(6), rs.getString(7), rs.getString(8),
                rs.getTimestamp(9).toLocalDateTime(), rs.wasNull() ? null : vervangt);
    }
}
