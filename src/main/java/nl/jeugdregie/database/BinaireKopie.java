package nl.jeugdregie.database;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows in PostgreSQL's binary COPY format: a signature, then per row the number of fields and per
 * field its length (−1 for null) and its bytes as the type's own receive function reads them.
 * Written to the server a part at a time, so a batch of large messages is never held twice.
 */
final class BinaireKopie {

    private static final byte[] KOP = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0, 0, 0, 0, 0, 0, 0, 0, 0};
    /** PostgreSQL counts dates from 2000-01-01. */
    private static final long DAG_NUL = LocalDate.of(2000, 1, 1).toEpochDay();
    private static final long MICROS_PER_DAG = 86_400_000_000L;
    private static final int DEEL = 1 << 18;

    private byte[] buffer = new byte[1 << 16];
    private int lengte;

    private BinaireKopie() {
    }

    static void kopieer(PGConnection pg, String tabel, List<String> kolommen, List<String> typen, List<Object[]> rijen)
            throws SQLException {
        Soort[] soorten = typen.stream().map(Soort::van).toArray(Soort[]::new);
        CopyIn copy = pg.getCopyAPI().copyIn("copy " + tabel + " (" + String.join(", ", kolommen) + ") from stdin (format binary)");
        try {
            BinaireKopie uit = new BinaireKopie();
            uit.bytes(KOP);
            for (Object[] rij : rijen) {
                uit.rij(rij, soorten, tabel, kolommen);
                if (uit.lengte >= DEEL) {
                    copy.writeToCopy(uit.buffer, 0, uit.lengte);
                    uit.lengte = 0;
                }
            }
            uit.kort((short) -1);
            copy.writeToCopy(uit.buffer, 0, uit.lengte);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    private void rij(Object[] rij, Soort[] soorten, String tabel, List<String> kolommen) {
        kort((short) rij.length);
        for (int i = 0; i < rij.length; i++) {
            Object waarde = rij[i];
            if (waarde == null) {
                geheel(-1);
                continue;
            }
            try {
                veld(soorten[i], waarde);
            } catch (ClassCastException | ArithmeticException e) {
                throw new IllegalArgumentException("kolom " + tabel + "." + kolommen.get(i) + " (" + soorten[i]
                        + ") kan " + waarde.getClass().getSimpleName() + " niet binair opnemen", e);
            }
        }
    }

    /** The column types the binary copy can write, each read by that type's receive function. */
    enum Soort {
        INT8, INT4, INT2, BOOL, TEKST, DATUM, TIJD, MOMENT, BYTES;

        static Soort van(String type) {
            return switch (type) {
                case "int8" -> INT8;
                case "int4" -> INT4;
                case "int2" -> INT2;
                case "bool" -> BOOL;
                case "varchar", "text", "bpchar" -> TEKST;
                case "date" -> DATUM;
                case "time" -> TIJD;
                case "timestamp" -> MOMENT;
                case "bytea" -> BYTES;
                default -> throw new IllegalArgumentException("type " + type + " kent de binaire kopie niet");
            };
        }
    }

    /** One non-null value in the binary form of its column's type. */
    private void veld(Soort soort, Object waarde) {
        switch (soort) {
            case INT8 -> {
                geheel(8);
                lang(((Number) waarde).longValue());
            }
            case INT4 -> {
                geheel(4);
                geheel(Math.toIntExact(((Number) waarde).longValue()));
            }
            case INT2 -> {
                geheel(2);
                kort((short) Math.toIntExact(((Number) waarde).longValue()));
            }
            case BOOL -> {
                geheel(1);
                ruimte(1);
                buffer[lengte++] = (byte) (((Boolean) waarde) ? 1 : 0);
            }
            case TEKST -> tekst(waarde.toString());
            case DATUM -> {
                geheel(4);
                geheel(Math.toIntExact(((LocalDate) waarde).toEpochDay() - DAG_NUL));
            }
            case TIJD -> {
                geheel(8);
                lang(((LocalTime) waarde).toNanoOfDay() / 1000);
            }
            case MOMENT -> {
                LocalDateTime t = waarde instanceof Timestamp ts ? ts.toLocalDateTime() : (LocalDateTime) waarde;
                geheel(8);
                lang((t.toLocalDate().toEpochDay() - DAG_NUL) * MICROS_PER_DAG + t.toLocalTime().toNanoOfDay() / 1000);
            }
            case BYTES -> {
                byte[] b = (byte[]) waarde;
                geheel(b.length);
                bytes(b);
            }
        }
    }

    /** Codes, keys and dates are ASCII: those bytes are the characters; anything else goes through UTF-8. */
    private void tekst(String s) {
        int n = s.length();
        ruimte(4 + n);
        int lengteVeld = lengte;
        lengte += 4;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                lengte = lengteVeld;
                byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
                geheel(utf8.length);
                bytes(utf8);
                return;
            }
            buffer[lengte++] = (byte) c;
        }
        zetGeheel(lengteVeld, n);
    }

    private void kort(short w) {
        ruimte(2);
        buffer[lengte++] = (byte) (w >>> 8);
        buffer[lengte++] = (byte) w;
    }

    private void geheel(int w) {
        ruimte(4);
        zetGeheel(lengte, w);
        lengte += 4;
    }

    private void zetGeheel(int op, int w) {
        buffer[op] = (byte) (w >>> 24);
        buffer[op + 1] = (byte) (w >>> 16);
        buffer[op + 2] = (byte) (w >>> 8);
        buffer[op + 3] = (byte) w;
    }

    private void lang(long w) {
        geheel((int) (w >>> 32));
        geheel((int) w);
    }

    private void bytes(byte[] b) {
        ruimte(b.length);
        System.arraycopy(b, 0, buffer, lengte, b.length);
        lengte += b.length;
    }

    private void ruimte(int n) {
        if (lengte + n > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, lengte + n));
        }
    }
}
