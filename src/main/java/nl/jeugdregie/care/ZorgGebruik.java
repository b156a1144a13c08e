package nl.jeugdregie.care;

import java.util.List;

/** Read side of the care facts, for pages, exports and the command line. */
public interface ZorgGebruik {

    /** The code of the finding recorded for a youth whose trajectories could not be derived. */
    String AFLEIDING_MISLUKT = "AFLEIDING_MISLUKT";

    /**
     * A youth for whom a derivation step ({@link Afleidingsfouten#TRAJECTEN}, {@link Afleidingsfouten#WACHTTIJDEN}
     * or {@link Afleidingsfouten#INDICATOREN}) failed: pseudonym and the error, for the data-quality view.
     */
    record MislukteAfleiding(String stap, String jeugdige, String fout) {
    }

    /** Youths for whom a derivation step failed (at most {@code maximaal}), and how many failures there are in all. */
    List<MislukteAfleiding> mislukteAfleidingen(int maximaal);

    long aantalMislukteAfleidingen();

    /** Segment value of the rows that count all segments together. */
    String ALLE_SEGMENTEN = "totaal";

    long aantalTrajecten();

    /** Person-level: one youth's trajectories. Callers check scope and record the look in the access log. */
    List<Traject> trajectenVan(String jeugdige);

    /** Invoice lines (JW323) taken together per municipality, provider, product, period, unit, tariff and date. */
    List<Uitgave> gedeclareerd();

    /** Timeliness of assignments and of care starts and stops, for the data-quality indicators. */
    List<Levering> leveringen();

    /** Every trajectory once, ordered by youth and start, for aggregate figures; never shown one by one. */
    void elkTraject(java.util.function.Consumer<Traject> verwerker);

    /** Every youth's assigned products as they stand now, for aggregate figures; never shown one by one. */
    void elkeToewijzing(java.util.function.Consumer<Toegewezen> verwerker);

    /** The assigned products of some youths as they stand now, for updating aggregate figures; never shown. */
    void toewijzingenVan(java.util.Collection<String> jeugdigen, java.util.function.Consumer<Toegewezen> verwerker);

    /** The trajectories of some youths, ordered by youth and start, for updating aggregate figures; never shown. */
    void trajectenVan(java.util.Collection<String> jeugdigen, java.util.function.Consumer<Traject> verwerker);

    /** Every youth's requests, assignments and first starts, for the waiting-time figures. */
    void elkeAanvraag(java.util.function.Consumer<Aanvragen> verwerker);

    /** The requests, assignments and first starts of some youths — everyone listed gets an answer, empty or not. */
    void aanvragenVan(java.util.Collection<String> jeugdigen, java.util.function.Consumer<Aanvragen> verwerker);

    /** Every answer to a request (JW319). */
    List<Aanvragen.Antwoord> antwoorden();

    /**
     * The newest assignment's message date: "now" for the waiting figures. Municipalities assign
     * every working day; stops and invoices trail behind by weeks and would age every wait.
     */
    java.util.Optional<java.time.LocalDate> laatsteDagtekening();

    /** Years from the first to the latest start or stop report, ascending. */
    List<Integer> jaren();

    /**
     * Distinct youths with a trajectory overlapping each year, at every level: per municipality
     * and segment, per municipality ({@link #ALLE_SEGMENTEN}), per segment for the region
     * (municipality null) and for the region as a whole. A youth in two segments counts in both
     * and once in the total.
     */
    List<JeugdigenInZorg> jeugdigenInZorg();
}
