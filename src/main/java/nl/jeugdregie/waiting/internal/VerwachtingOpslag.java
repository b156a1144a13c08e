package nl.jeugdregie.waiting.internal;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Providers' expected waiting times, insert only: the newest confirmation per provider and product counts. */
@Repository
class VerwachtingOpslag {

    /** What a provider expects a new client to wait for a product, and when its planner last said so. */
    record Verwachting(String aanbieder, String productcode, int dagen, String bevestigdDoor, LocalDateTime bevestigdOp) {
    }

    private final JdbcClient jdbc;

    VerwachtingOpslag(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Verwachting> geldend() {
        return jdbc.sql("""
                        select aanbieder, productcode, dagen, bevestigd_door, bevestigd_op from verwachte_wachttijd v
                        where id = (select max(id) from verwachte_wachttijd w
                                    where w.aanbieder = v.aanbieder and w.productcode = v.productcode)
                        order by aanbieder, productcode""")
                .query((rs, n) -> new Verwachting(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                        rs.getTimestamp(5).toLocalDateTime()))
                .list();
    }

    void bevestig(String aanbieder, String productcode, int dagen, String door) {
        jdbc.sql("""
                        insert into verwachte_wachttijd (id, aanbieder, productcode, dagen, bevestigd_door, bevestigd_op)
                        values (nextval('verwachte_wachttijd_id_seq'), :a, :p, :d, :door, :op)""")
                .param("a", aanbieder).param("p", productcode).param("d", dagen).param("door", door)
                .param("op", Timestamp.valueOf(LocalDateTime.now())).update();
    }
}
