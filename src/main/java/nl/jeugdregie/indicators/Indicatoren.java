package nl.jeugdregie.indicators;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** The steering monitor's read side. */
public interface Indicatoren {

    List<Indicator> catalogus();

    Optional<Indicator> indicator(String code);

    /** Monthly series of one indicator for a scope ({@link Waarde#REGIO} or a CBS code) and segment. */
    List<Waarde> reeks(String indicator, String gemeente, String segment, YearMonth van, YearMonth tot);

    /** Every municipality's value of one indicator and segment in one month. */
    List<Waarde> perGemeente(String indicator, String segment, YearMonth maand);

    /** When the values were last computed, and the latest full month they cover. */
    Optional<Stand> stand();

    record Stand(LocalDateTime berekendOp, YearMonth laatsteMaand) {
    }
}
