package nl.jeugdregie.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Many rows into one table at once: PostgreSQL's {@code COPY … FROM STDIN} in binary format where
 * the connection is PostgreSQL's — the server reads it several times cheaper than inserts, and
 * binary spares both sides turning every value into text and back (message content went in as hex,
 * twice its size) —, else a JDBC batch. Either way inside the current transaction.
 */
public final class Kopieer {

    /** Per database and table the PostgreSQL type of every column: a table's columns do not change while the application runs. */
    private static final Map<DataSource, Map<String, Map<String, String>>> TYPEN = Collections.synchronizedMap(new WeakHashMap<>());

    private Kopieer() {
    }

    public static void naar(JdbcTemplate template, String tabel, List<String> kolommen, List<Object[]> rijen) {
        if (rijen.isEmpty()) {
            return;
        }
        template.execute((ConnectionCallback<Void>) con -> {
            if (con.isWrapperFor(PGConnection.class)) {
                List<String> typen = typen(template.getDataSource(), con, tabel, kolommen);
                BinaireKopie.kopieer(con.unwrap(PGConnection.class), tabel, kolommen, typen, rijen);
            } else {
                String vraagtekens = String.join(", ", kolommen.stream().map(k -> "?").toList());
                template.batchUpdate("insert into " + tabel + " (" + String.join(", ", kolommen) + ") values ("
                        + vraagtekens + ")", rijen, rijen.size(), Kopieer::zet);
            }
            return null;
        });
    }

    private static List<String> typen(DataSource bron, Connection con, String tabel, List<String> kolommen) throws SQLException {
        Map<String, Map<String, String>> perTabel = TYPEN.computeIfAbsent(bron, b -> new ConcurrentHashMap<>());
        Map<String, String> typen = perTabel.get(tabel);
        if (typen == null) {
            typen = leesTypen(con, tabel);
            perTabel.put(tabel, typen);
        }
        List<String> result = new ArrayList<>(kolommen.size());
        for (String kolom : kolommen) {
            String type = typen.get(kolom);
            if (type == null) {
                throw new IllegalArgumentException("tabel " + tabel + " heeft geen kolom " + kolom);
            }
            result.add(type);
        }
        return result;
    }

    private static Map<String, String> leesTypen(Connection con, String tabel) throws SQLException {
        Map<String, String> typen = new HashMap<>();
        try (PreparedStatement ps = con.prepareStatement("select a.attname, t.typname from pg_attribute a join pg_type t"
                + " on t.oid = a.atttypid where a.attrelid = cast(? as regclass) and a.attnum > 0 and not a.attisdropped")) {
            ps.setString(1, tabel);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    typen.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return typen;
    }

    /**
     * The values as they are, a null as an untyped null: H2, the other engine, takes both so, where
     * Spring's generic setter would ask the statement's parameter metadata for every null.
     */
    private static void zet(PreparedStatement ps, Object[] rij) throws SQLException {
        for (int i = 0; i < rij.length; i++) {
            if (rij[i] == null) {
                ps.setNull(i + 1, Types.NULL);
            } else {
                ps.setObject(i + 1, rij[i]);
            }
        }
    }
}
