package nl.jeugdregie.indicators.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import nl.jeugdregie.indicators.Waarde;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The computed values: replaced whole on every recompute, read per series or per month. */
@Repository
class IndicatorOpslag {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    IndicatorOpslag(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    void vervang(List<Waarde> waarden, long trajecten) {
        jdbc.sql("delete from indicatorwaarde").update();
        template.batchUpdate("""
                insert into indicatorwaarde (indicator, gemeente, segment, maand, waarde, teller, noemer)
                values (?, ?, ?, ?, ?, ?, ?)""", waarden, 1000, (ps, w) -> {
            ps.setString(1, w.indicator());
            ps.setString(2, w.gemeente());
            ps.setString(3, w.segment());
            ps.setDate(4, Date.valueOf(w.maand().atDay(1)));
            ps.setObject(5, w.waarde(), java.sql.Types.DOUBLE);
            ps.setLong(6, w.teller());
            ps.setObject(7, w.noemer(), java.sql.Types.BIGINT);
        });
        jdbc.sql("delete from indicator_stand").update();
        jdbc.sql("insert into indicator_stand (id, berekend_op, trajecten) values (1, :nu, :n)")
                .param("nu", Timestamp.valueOf(LocalDateTime.now())).param("n", trajecten).update();
    }

    List<Waarde> reeks(String indicator, String gemeente, String segment, YearMonth van, YearMonth tot) {
        return jdbc.sql("""
                        select indicator, gemeente, segment, maand, waarde, teller, noemer from indicatorwaarde
                        where indicator = :i and gemeente = :g and segment = :s and maand >= :van and maand <= :tot
                        order by maand""")
                .param("i", indicator).param("g", gemeente).param("s", segment)
                .param("van", Date.valueOf(van.atDay(1))).param("tot", Date.valueOf(tot.atDay(1)))
                .query(IndicatorOpslag::waarde).list();
    }

    List<Waarde> perGemeente(String indicator, String segment, YearMonth maand) {
        return jdbc.sql("""
                        select indicator, gemeente, segment, maand, waarde, teller, noemer from indicatorwaarde
                        where indicator = :i and segment = :s and maand = :m and gemeente <> 'regio' order by gemeente""")
                .param("i", indicator).param("s", segment).param("m", Date.valueOf(maand.atDay(1)))
                .query(IndicatorOpslag::waarde).list();
    }

    Optional<LocalDateTime> berekendOp() {
        return jdbc.sql("select berekend_op from indicator_stand where id = 1").query(Timestamp.class).optional()
                .map(Timestamp::toLocalDateTime);
    }

    Optional<YearMonth> laatsteMaand() {
        return jdbc.sql("select max(maand) from indicatorwaarde").query((rs, n) -> rs.getDate(1)).optional()
                .filter(java.util.Objects::nonNull).map(d -> YearMonth.from(d.toLocalDate()));
    }

    private static Waarde waarde(ResultSet rs, int n) throws SQLException {
        double w = rs.getDouble(5);
        Double waarde = rs.wasNull() ? null : w;
        long noemer = rs.getLong(7);
        Long n2 = rs.wasNull() ? null : noemer;
        return new Waarde(rs.getString(1), rs.getString(2), rs.getString(3), YearMonth.from(rs.getDate(4).toLocalDate()),
                waarde, rs.getLong(6), n2);
    }
}
