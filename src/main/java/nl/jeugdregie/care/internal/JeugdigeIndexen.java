package nl.jeugdregie.care.internal;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The care tables' indexes on the youth's pseudonym (created in {@code V1_2__care_zorgfeiten.sql}).
 * A pseudonym is a random key, so every row written lands at a random place in each of these
 * B-trees; while a store is filled for the first time nobody looks a youth up — its trajectories
 * are computed once, at the end of the run, from all facts read at once — and keeping them up to
 * date row by row was a third of the writer's work on H2. They are left out while an empty store is
 * filled and built once at the end, as PostgreSQL's manual advises for loading a database. A run
 * broken off can leave them missing: every start builds whatever is missing.
 */
@Component
class JeugdigeIndexen {

    private record Index(String naam, String tabel) {
    }

    private static final List<Index> INDEXEN = List.of(new Index("toewijzing_jeugdige_idx", "toewijzing"),
            new Index("zorgmelding_jeugdige_idx", "zorgmelding"), new Index("verzoek_jeugdige_idx", "verzoek"),
            new Index("traject_jeugdige_idx", "traject"), new Index("zorg_bevinding_jeugdige_idx", "zorg_bevinding"));

    private final JdbcTemplate jdbc;
    private volatile boolean weggelaten;
    private volatile Boolean eigenaar;

    JeugdigeIndexen(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Whether this connection's role may change the tables' indexes: on PostgreSQL in production the
     * application runs as a role that owns nothing, and then the indexes simply stay in place.
     */
    private boolean eigenaar() {
        if (eigenaar == null) {
            String product = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
            eigenaar = !"PostgreSQL".equals(product) || Boolean.TRUE.equals(jdbc.queryForObject(
                    "select pg_has_role(current_user, c.relowner, 'USAGE') from pg_class c where c.oid = to_regclass('zorgmelding')",
                    Boolean.class));
        }
        return eigenaar;
    }

    /** Outside any transaction only: on H2 every DDL statement commits the transaction it is in. */
    void laatWeg() {
        if (!eigenaar()) {
            return;
        }
        weggelaten = true;
        for (Index i : INDEXEN) {
            jdbc.execute("drop index if exists " + i.naam());
        }
    }

    boolean weggelaten() {
        return weggelaten;
    }

    /** Builds them again when this process left them out. */
    void herstel() {
        if (weggelaten) {
            bouw();
        }
    }

    /** At every start (before anything looks a youth up) and at the end of a first load. */
    void bouw() {
        if (!eigenaar()) {
            return;
        }
        for (Index i : INDEXEN) {
            jdbc.execute("create index if not exists " + i.naam() + " on " + i.tabel() + " (jeugdige)");
        }
        weggelaten = false;
    }
}
