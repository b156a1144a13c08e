package nl.jeugdregie.messages.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The character-by-character code checks say what the regular expressions they stand for say. */
class CodeVormTest {

    private static final List<String> PATRONEN = List.of("\\d", "\\d{1,2}", "\\d{1,9}", "\\d{2}", "\\d{4}|\\d{8}",
            "[0-9A-Z]{5}", "[012]", "[1239]", "[DC]");
    private static final String TEKENS = "0123456789ABCDEFGHXYZabcz -_é\u00a0٣";

    @Test
    void everyPatternAgreesWithItsRegularExpressionOnRandomValues() {
        Random random = new Random(20261202);
        for (String patroon : PATRONEN) {
            Predicate<String> vorm = IjwParser.vorm(patroon);
            Pattern regex = Pattern.compile(patroon);
            for (int n = 0; n < 20_000; n++) {
                String waarde = willekeurig(random);
                assertThat(vorm.test(waarde)).as("%s tegen '%s'", patroon, waarde)
                        .isEqualTo(regex.matcher(waarde).matches());
            }
        }
    }

    @Test
    void typicalValuesAndTheirNearMisses() {
        assertThat(IjwParser.vorm("\\d{1,9}").test("123456789")).isTrue();
        assertThat(IjwParser.vorm("\\d{1,9}").test("1234567890")).isFalse();
        assertThat(IjwParser.vorm("\\d{1,9}").test("")).isFalse();
        assertThat(IjwParser.vorm("[0-9A-Z]{5}").test("45A12")).isTrue();
        assertThat(IjwParser.vorm("[0-9A-Z]{5}").test("45a12")).isFalse();
        assertThat(IjwParser.vorm("[DC]").test("C")).isTrue();
        assertThat(IjwParser.vorm("[DC]").test("DC")).isFalse();
        assertThat(IjwParser.vorm("\\d{2}").test("٣٣")).isFalse();
    }

    private static String willekeurig(Random random) {
        int lengte = random.nextInt(11);
        StringBuilder b = new StringBuilder(lengte);
        for (int i = 0; i < lengte; i++) {
            b.append(random.nextInt(3) == 0 ? TEKENS.charAt(random.nextInt(TEKENS.length()))
                    : (char) ('0' + random.nextInt(10)));
        }
        return b.toString();
    }
}
