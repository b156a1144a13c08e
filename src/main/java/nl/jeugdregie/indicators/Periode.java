package nl.jeugdregie.indicators;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.Optional;

/**
 * The period a value covers. A value is identified by the first month of its period; counts of
 * distinct youths are counted over the whole period, not summed over its months.
 */
public enum Periode {
    MAAND("maand", 1),
    KWARTAAL("kwartaal", 3),
    HALFJAAR("halfjaar", 6),
    JAAR("jaar", 12);

    private final String code;
    private final int maanden;

    Periode(String code, int maanden) {
        this.code = code;
        this.maanden = maanden;
    }

    public String code() {
        return code;
    }

    public int maanden() {
        return maanden;
    }

    /** The first month of the period that holds {@code maand}. */
    public YearMonth begin(YearMonth maand) {
        return YearMonth.of(maand.getYear(), (maand.getMonthValue() - 1) / maanden * maanden + 1);
    }

    /** How people write the period: 2024-03, 2024-K1, 2024-H1, 2024. */
    public String label(YearMonth begin) {
        int volgnummer = (begin.getMonthValue() - 1) / maanden + 1;
        return switch (this) {
            case MAAND -> begin.toString();
            case KWARTAAL -> begin.getYear() + "-K" + volgnummer;
            case HALFJAAR -> begin.getYear() + "-H" + volgnummer;
            case JAAR -> String.valueOf(begin.getYear());
        };
    }

    public static Optional<Periode> vanCode(String code) {
        return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
    }
}
