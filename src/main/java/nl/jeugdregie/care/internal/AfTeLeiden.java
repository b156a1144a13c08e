package nl.jeugdregie.care.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import nl.jeugdregie.database.Kopieer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What must still be derived, kept in the database ({@code af_te_leiden}): the youths whose facts
 * were written in a batch's transaction, in that same transaction, until their trajectories are
 * recomputed; or a rebuild under way. A crash — kill -9 anywhere — between writing facts and
 * deriving from them loses nothing: the next start finds the record and finishes the work, so the
 * figures equal those of an uninterrupted run.
 */
@Repository
class AfTeLeiden {

    static final String HERBOUW = "*";
    private static final List<String> KOLOMMEN = List.of("jeugdige");

    private final JdbcTemplate jdbc;

    AfTeLeiden(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** In the current transaction: the youths whose facts that transaction writes. */
    void noteer(Collection<String> jeugdigen) {
        if (jeugdigen.isEmpty()) {
            return;
        }
        List<Object[]> rijen = new ArrayList<>(jeugdigen.size());
        jeugdigen.forEach(j -> rijen.add(new Object[] {j}));
        Kopieer.naar(jdbc, "af_te_leiden", KOLOMMEN, rijen);
    }

    /** The youths still to derive, each once. */
    List<String> jeugdigen() {
        return jdbc.queryForList("select distinct jeugdige from af_te_leiden where jeugdige <> ?", String.class, HERBOUW);
    }

    boolean herbouwOnderweg() {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from af_te_leiden where jeugdige = ?)",
                Boolean.class, HERBOUW));
    }

    /** A rebuild begins: everything, until it has replayed and derived the whole store. */
    void noteerHerbouw() {
        jdbc.update("delete from af_te_leiden");
        jdbc.update("insert into af_te_leiden (jeugdige) values (?)", HERBOUW);
    }

    /** All that was noted has been derived (the intake runs one source at a time, so nothing else is half-way). */
    void afgehandeld() {
        jdbc.update("delete from af_te_leiden");
    }
}
