package nl.jeugdregie.indicators;

/**
 * An indicator of the catalogue, with what its definition page says.
 *
 * @param richting which way is good: "lager" or "hoger"
 * @param thema    the dashboard group it belongs to
 */
public record Indicator(String code, String naam, String eenheid, String richting, String definitie, String formule,
                        String bron, String kanttekening, String thema) {
}
