package nl.jeugdregie.region;

/** A product code of the region's list, mapped to its CBS care form and steering segment. */
public record Product(String code, String categorie, String omschrijving, String hulpvorm, String segment) {
}
