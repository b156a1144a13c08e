package nl.jeugdregie.indicators;

import java.time.LocalDateTime;

/**
 * A target: from the base year's monthly average the value should change by
 * {@code veranderingPerJaar} percent a year.
 *
 * @param gemeente {@link Waarde#REGIO} or a CBS code; a region target also applies to each municipality's own base
 */
public record Streefwaarde(long id, String indicator, String gemeente, String segment, int basisjaar,
                           double veranderingPerJaar, String toelichting, String auteur, LocalDateTime vastgesteldOp) {
}
