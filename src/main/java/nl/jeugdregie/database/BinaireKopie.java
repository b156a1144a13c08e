package nl.jeugdregie.database;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows in PostgreSQL's binary COPY format: a signature, then per row the number of fields and per
 * field its length (−1 for null) and its bytes as the type's own receive function reads them.
 * The rows go out through one fixed buffer, sent whenever the next value does not fit — COPY's
 * data may be split anywhere —, and large values straight from their own array: a batch of
 * messages is never held twice, and no buffer grows by copying.
 */
final class BinaireKopie {

    private static final byte[] KOP = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0, 0, 0, 0, 0, 0, 0, 0, 0};
    /** PostgreSQL counts dates from 2000-01-01. */
    private static final long DAG_NUL = LocalDate.of(2000, 1, 1).toEpochDay();
    private static final long MICROS_PER_DAG = 86_400_000_000L;
    private static final int BUFFER = 1 << 16;
    /** Values at least this long are sent from their own array rather than copied into the buffer. */
    private static final int RECHTSTREEKS = BUFFER / 4;
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.BIG_ENDIAN);

    private final CopyIn copy;
    private final byte[] buffer = new byte[BUFFER];
    private int lengte;

    private BinaireKopie(CopyIn copy) {
        this.copy = copy;
    }

    static void kopieer(PGConnection pg, String tabel, List<String> kolommen, List<String> typen, List<Object[]> rijen)
            throws SQLException {
        Soort[] soorten = typen.stream().map(Soort::van).toArray(Soort[]::new);
        CopyIn copy = pg.getCopyAPI().copyIn("copy " + tabel + " (" + String.join(", ", kolommen) + ") from stdin (format binary)");
        try {
            BinaireKopie uit = new BinaireKopie(copy);
            uit.bytes(KOP);
            for (Object[] rij : rijen) {
                uit.rij(rij, soorten, tabel, kolommen);
            }
            uit.kort((short) -1);
            uit.stuur();
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    private void rij(Object[] rij, Soort[] soorten, String tabel, List<String> kolommen) throws SQLException {
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
    private void veld(Soort soort, Object waarde) throws SQLException {
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
                ruimte(5);
                INT.set(buffer, lengte, 1);
                buffer[lengte + 4] = (byte) (((Boolean) waarde) ? 1 : 0);
                lengte += 5;
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

    /**
     * Text as UTF-8. {@code getBytes} copies an ASCII string — codes, keys, dates — in one vectorised
     * pass; a loop over its characters into the buffer cost the writer more than anything else.
     */
    private void tekst(String s) throws SQLException {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        geheel(utf8.length);
        bytes(utf8);
    }

    private void kort(short w) throws SQLException {
        ruimte(2);
        SHORT.set(buffer, lengte, w);
        lengte += 2;
    }

    private void geheel(int w) throws SQLException {
        ruimte(4);
        INT.set(buffer, lengte, w);
        lengte += 4;
    }

    private void lang(long w) throws SQLException {
        ruimte(8);
        LONG.set(buffer, lengte, w);
        lengte += 8;
    }

    private void bytes(byte[] b) throws SQLException {
        if (b.length >= RECHTSTREEKS) {
            stuur();
            copy.writeToCopy(b, 0, b.length);
            return;
        }
        ruimte(b.length);
        System.arraycopy(b, 0, buffer, lengte, b.length);
        lengte += b.length;
    }

    /** Room for {@code n} more bytes, never more than {@link #RECHTSTREEKS}: what is in the buffer goes out first if need be. */
    private void ruimte(int n) throws SQLException {
        if (lengte + n > buffer.length) {
            stuur();
        }
    }

    private void stuur() throws SQLException {
        if (lengte > 0) {
            copy.writeToCopy(buffer, 0, lengte);
            lengte = 0;
        }
    }
}
