package nl.jeugdregie.indicators;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import nl.jeugdregie.access.Gebruiker;

/** The steering monitor's read side. */
public interface Indicatoren {

    List<Indicator> catalogus();

    Optional<Indicator> indicator(String code);

    /** The series of one indicator for a slice, one value per period that overlaps {@code van}–{@code tot}. */
    List<Waarde> reeks(String indicator, Doorsnede doorsnede, Periode periode, YearMonth van, YearMonth tot);

    /** Monthly series of one indicator for a scope ({@link Waarde#REGIO} or a CBS code) and segment. */
    default List<Waarde> reeks(String indicator, String gemeente, String segment, YearMonth van, YearMonth tot) {
        return reeks(indicator, Doorsnede.gemeente(gemeente, segment), Periode.MAAND, van, tot);
    }

    /** Every municipality's value of one indicator and segment in one period. */
    List<Waarde> perGemeente(String indicator, String segment, Periode periode, YearMonth begin);

    /** Every provider's value of one indicator and segment in one period, region-wide. */
    List<Waarde> perAanbieder(String indicator, String segment, Periode periode, YearMonth begin);

    /** The targets in force, newest version per indicator, scope and segment. */
    List<Streefwaarde> streefwaarden();

    /** Earlier versions of one target, newest first. */
    List<Streefwaarde> geschiedenis(String indicator, String gemeente, String segment);

    /** A new version of a target; the old one stays as history. */
    Streefwaarde stelVast(String indicator, String gemeente, String segment, int basisjaar, double veranderingPerJaar,
                          String toelichting, String auteur);

    /**
     * The target path and status of a series in its latest month: the scope's own target, else the
     * region's percentage applied to the scope's own base year.
     */
    Optional<Koers> koers(String indicator, String gemeente, String segment);

    /** Signals of the last twelve months, for a scope ({@link Waarde#REGIO} or a CBS code), newest first. */
    List<Signaal> signalen(String gemeente);

    /** The current notes on a series, by month. */
    List<Duiding> duidingen(String indicator, String gemeente, String segment);

    /** Earlier versions of a note, newest first. */
    List<Duiding> eerdereVersies(long duiding);

    Duiding schrijfDuiding(String indicator, String gemeente, String segment, YearMonth maand, String tekst, Gebruiker auteur);

    /**
     * A new version of a note by its author.
     *
     * @throws IllegalStateException when someone else tries to edit it
     */
    Duiding wijzigDuiding(long id, String tekst, Gebruiker auteur);

    /** When the values were last computed, and the latest full month they cover. */
    Optional<Stand> stand();

    /**
     * The last month of a slice whose data are complete (see the definitions page): values after it
     * are provisional. Dashboards compare this month with a year earlier; signals stop here.
     */
    Optional<YearMonth> laatsteVolledigeMaand(Doorsnede doorsnede);

    record Stand(LocalDateTime berekendOp, YearMonth laatsteMaand) {
    }
}
