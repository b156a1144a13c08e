package nl.jeugdregie.access;

/** API keys of organisations for their own systems. */
public interface ApiSleutelBeheer {

    /** A new key; the returned text is the only time anyone sees it. */
    String maak(String organisatieId, String omschrijving);

    void trekIn(long id);
}
