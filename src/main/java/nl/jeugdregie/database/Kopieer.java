package nl.jeugdregie.database;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HexFormat;
import java.util.List;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Many rows into one table at once: PostgreSQL's {@code COPY … FROM STDIN} where the connection is
 * PostgreSQL's — the server reads it several times cheaper than inserts —, else a JDBC batch. Either
 * way inside the current transaction.
 */
public final class Kopieer {

    private static final HexFormat HEX = HexFormat.of();

    private Kopieer() {
    }

    public static void naar(JdbcTemplate template, String tabel, List<String> kolommen, List<Object[]> rijen) {
        if (rijen.isEmpty()) {
            return;
        }
        template.execute((ConnectionCallback<Void>) con -> {
            if (con.isWrapperFor(PGConnection.class)) {
                kopieer(con.unwrap(PGConnection.class), tabel, kolommen, rijen);
            } else {
                String vraagtekens = String.join(", ", kolommen.stream().map(k -> "?").toList());
                template.batchUpdate("insert into " + tabel + " (" + String.join(", ", kolommen) + ") values ("
                        + vraagtekens + ")", rijen, rijen.size(), Kopieer::zet);
            }
            return null;
        });
    }

    private static void kopieer(PGConnection pg, String tabel, List<String> kolommen, List<Object[]> rijen)
            throws SQLException {
        StringBuilder tekst = new StringBuilder(rijen.size() * 128);
        for (Object[] rij : rijen) {
            for (int i = 0; i < rij.length; i++) {
                if (i > 0) {
                    tekst.append('\t');
                }
                waarde(rij[i], tekst);
            }
            tekst.append('\n');
        }
        try {
            pg.getCopyAPI().copyIn("copy " + tabel + " (" + String.join(", ", kolommen) + ") from stdin",
                    new StringReader(tekst.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    /**
     * COPY's text format: \N for null, backslash, tab and line ends escaped; dates and times as ISO
     * text; bytes as bytea's hex form, its backslash escaped.
     */
    static void waarde(Object waarde, StringBuilder tekst) {
        if (waarde == null) {
            tekst.append("\\N");
            return;
        }
        if (waarde instanceof byte[] bytes) {
            HEX.formatHex(tekst.append("\\\\x"), bytes);
            return;
        }
        String s = waarde.toString();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
                tekst.append(s, 0, i);
                escape(s, i, tekst);
                return;
            }
        }
        tekst.append(s);
    }

    private static void escape(String s, int vanaf, StringBuilder tekst) {
        for (int i = vanaf; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> tekst.append("\\\\");
                case '\t' -> tekst.append("\\t");
                case '\n' -> tekst.append("\\n");
                case '\r' -> tekst.append("\\r");
                default -> tekst.append(c);
            }
        }
    }
}
