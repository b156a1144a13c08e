package nl.jeugdregie.region;

/** A provider location where youths stay (foster care, family home, residential group, …). */
public record Voorziening(String id, String aanbieder, String naam, String gemeente, String postcode,
                          String zorgvorm, String productcode, int capaciteit) {
}
