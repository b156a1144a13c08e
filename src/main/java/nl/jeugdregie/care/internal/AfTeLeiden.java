package nl.jeugdregie.care.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import nl.jeugdregie.database.Kopieer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What must still be derived, kept in the database ({@code af_te_leiden}): the youths whose facts
 * were written in a batch's transaction, in that same transaction, until their trajectories are
 * recomputed; or a rebuild under way. A crash — kill -9 anywhere — between writing facts and
 * deriving from them loses nothing: the next start finds the record and finishes the work, so the
 * figures equal those of an uninterrupted run.
 *
 * <p>Runs and single messages posted at the same time note and derive side by side. A derivation
 * first takes the highest note it will answer for ({@link #hoogste}), then reads the facts, and at
 * the end removes only notes up to that one: a note written meanwhile stays, for the derivation
 * of whoever wrote it (or the next start).
 */
@Repository
class AfTeLeiden {

    static final String HERBOUW = "*";
    private static final List<String> KOLOMMEN = List.of("jeugdige");

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    AfTeLeiden(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
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

    /** The highest note now committed (0 when there is none). */
    long hoogste() {
        Long id = jdbc.queryForObject("select max(id) from af_te_leiden", Long.class);
        return id == null ? 0 : id;
    }

    /** The youths noted up to {@code totEnMet}, each once. */
    List<String> jeugdigen(long totEnMet) {
        return jdbc.queryForList("select distinct jeugdige from af_te_leiden where jeugdige <> ? and id <= ?", String.class,
                HERBOUW, totEnMet);
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

    /** The notes up to {@code totEnMet} have been derived (a rebuild's mark among them). */
    void afgehandeld(long totEnMet) {
        jdbc.update("delete from af_te_leiden where id <= ?", totEnMet);
    }

    /** These youths' notes up to {@code totEnMet} have been derived. */
    void afgehandeld(Collection<String> jeugdigen, long totEnMet) {
        if (!jeugdigen.isEmpty()) {
            named.update("delete from af_te_leiden where jeugdige in (:j) and id <= :m",
                    new org.springframework.jdbc.core.namedparam.MapSqlParameterSource("j", jeugdigen).addValue("m", totEnMet));
        }
    }
}
