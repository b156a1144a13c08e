package nl.jeugdregie.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import nl.jeugdregie.support.JeugdregieTest;
import nl.jeugdregie.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every value must come out of the table as it went in, whichever way the rows went in (binary
 * COPY on PostgreSQL, a batch on H2): nulls, free text with the characters text formats escape,
 * dates on both sides of PostgreSQL's day zero, and content large enough to be sent in parts.
 */
@JeugdregieTest
class KopieerTest {

    private static final List<String> KOLOMMEN = List.of("id", "aantal", "klein", "waar", "code", "tekst", "dag", "tijd",
            "moment", "inhoud");

    @Autowired
    JdbcTemplate template;

    @BeforeEach
    void maakTabel() {
        template.execute("create table kopieer_proef (id bigint not null, aantal integer, klein smallint, waar boolean,"
                + " code varchar(20), tekst text, dag date, tijd time(6), moment timestamp(6), inhoud bytea)");
    }

    @AfterEach
    void ruimOp() {
        template.execute("drop table kopieer_proef");
    }

    @Test
    void everyValueComesBackAsItWent() {
        Random random = new Random(20261202);
        List<Object[]> rijen = new ArrayList<>();
        rijen.add(new Object[] {1L, null, null, null, null, null, null, null, null, null});
        rijen.add(new Object[] {2L, -7, (short) 12, true, "D\\12\t3\n4\r", "ëñ – 😀 \"quote\" \\N", LocalDate.of(1999, 12, 31),
                LocalTime.of(23, 59, 59, 999_999_000), Timestamp.valueOf(LocalDateTime.of(1999, 12, 31, 23, 59, 59)),
                new byte[] {0, 15, (byte) 0xab, -1, '\n', '\\'}});
        rijen.add(new Object[] {3L, Integer.MAX_VALUE, Short.MIN_VALUE, false, "", "", LocalDate.of(2000, 1, 1), LocalTime.MIDNIGHT,
                LocalDateTime.of(2024, 2, 29, 9, 5, 0, 123_456_000), new byte[0]});
        byte[] groot = new byte[700_000];
        random.nextBytes(groot);
        rijen.add(new Object[] {4L, 0, (short) 0, true, "groot", "x".repeat(20_000) + "ü", LocalDate.of(2025, 12, 31), LocalTime.NOON,
                LocalDateTime.of(1970, 1, 1, 0, 0), groot});
        rijen.add(new Object[] {5L, 1, (short) 1, false, "kort", "y".repeat(9000), LocalDate.of(2020, 6, 1), LocalTime.NOON,
                null, new byte[20_000]});
        for (long id = 6; id < 3000; id++) {
            byte[] b = new byte[random.nextInt(3000)];
            random.nextBytes(b);
            rijen.add(new Object[] {id, random.nextInt(), null, random.nextBoolean(), "r" + id, null,
                    LocalDate.ofEpochDay(random.nextInt(40_000)), LocalTime.ofSecondOfDay(random.nextInt(86_400)), null, b});
        }

        Kopieer.naar(template, "kopieer_proef", KOLOMMEN, rijen);

        List<Object[]> terug = template.query("select " + String.join(", ", KOLOMMEN) + " from kopieer_proef order by id",
                (rs, n) -> new Object[] {rs.getLong(1), rs.getObject(2, Integer.class), rs.getObject(3, Short.class),
                    rs.getObject(4, Boolean.class), rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class),
                    rs.getObject(8, LocalTime.class), rs.getObject(9, LocalDateTime.class), rs.getBytes(10)});
        assertThat(terug).hasSameSizeAs(rijen);
        for (int i = 0; i < rijen.size(); i++) {
            Object[] verwacht = rijen.get(i).clone();
            if (verwacht[8] instanceof Timestamp ts) {
                verwacht[8] = ts.toLocalDateTime();
            }
            assertThat(Arrays.deepEquals(terug.get(i), verwacht)).as("rij %d: %s", i + 1, Arrays.deepToString(terug.get(i)))
                    .isTrue();
        }
    }

    @Test
    void aValueTheColumnCannotHoldNamesTheColumn() {
        assumeThat(TestDatabase.postgres()).as("the binary COPY is PostgreSQL's").isTrue();
        List<Object[]> rijen = List.<Object[]>of(new Object[] {1L, null, null, null, null, null, "2024-01-01", null, null, null});

        assertThatThrownBy(() -> Kopieer.naar(template, "kopieer_proef", KOLOMMEN, rijen))
                .hasMessageContaining("kopieer_proef.dag").hasMessageContaining("String");
        assertThatThrownBy(() -> Kopieer.naar(template, "kopieer_proef", List.of("id", "onbekend"),
                List.<Object[]>of(new Object[] {1L, 2L}))).hasMessageContaining("geen kolom onbekend");
    }
}
