package nl.jeugdregie.database;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps PostgreSQL's table statistics in step with a store that fills fast. The planner chooses
 * between an index and a scan of the whole table by those statistics, and autovacuum renews them at
 * most once a minute: while the demo region went in, every look-up of a batch's keys ({@code in
 * (…)}) read the whole message table, because the statistics still described an empty one. A
 * module that writes rows says how many; each time a table has grown fourfold since its last
 * statistics (from a thousand rows on), they are made anew. H2 keeps its own statistics as rows
 * change, so there nothing is done.
 */
@Component
public class Statistieken {

    static final long DREMPEL = 1000;

    private final JdbcTemplate jdbc;
    private final Map<String, Groei> groei = new ConcurrentHashMap<>();
    private volatile Boolean postgres;

    Statistieken(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Rows since the last statistics and the rows those were made over, as far as this process saw. */
    private static final class Groei {
        long sinds;
        long bij;
    }

    /**
     * @param kolommen the columns looked up by: only theirs are gathered (a message's content, say,
     *                 would have to be read back for nothing)
     */
    public void geschreven(String tabel, List<String> kolommen, long rijen) {
        if (rijen <= 0 || !postgres()) {
            return;
        }
        Groei g = groei.computeIfAbsent(tabel, t -> new Groei());
        synchronized (g) {
            g.sinds += rijen;
            if (g.sinds < DREMPEL || g.sinds < 3 * g.bij) {
                return;
            }
            g.bij += g.sinds;
            g.sinds = 0;
        }
        jdbc.execute("analyze " + tabel + " (" + String.join(", ", kolommen) + ")");
    }

    private boolean postgres() {
        Boolean p = postgres;
        if (p == null) {
            p = jdbc.execute((ConnectionCallback<Boolean>) con ->
                    con.getMetaData().getDatabaseProductName().equals("PostgreSQL"));
            postgres = p;
        }
        return p;
    }
}
