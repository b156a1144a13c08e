package nl.jeugdregie.indicators;

import java.time.LocalDateTime;
import java.time.YearMonth;

/**
 * An interpretation note on a month of a series, for instance the outcome of a session with
 * providers. Editing makes a new version; {@code vervangt} points at the one it replaced.
 */
public record Duiding(long id, String indicator, String gemeente, String segment, YearMonth maand, String tekst,
                      String auteur, String auteurNaam, LocalDateTime geschrevenOp, Long vervangt) {
}
