package nl.jeugdregie.care;

/**
 * Where a module that derives figures from a youth's care facts reports that it could not do so
 * for one youth: the youth is left out of that step's figures, the others go on, and the failure
 * shows in the data-quality view ({@link ZorgGebruik#mislukteAfleidingen}) until a later
 * computation succeeds. Trajectories record theirs with the stored facts; the steps computed in
 * memory at every start (waiting times, indicators) report here.
 */
public interface Afleidingsfouten {

    String TRAJECTEN = "trajecten";
    String WACHTTIJDEN = "wachttijden";
    String INDICATOREN = "indicatoren";

    /** A computation of the step for everyone begins: its earlier failures are forgotten. */
    void opnieuw(String stap);

    void mislukt(String stap, String jeugdige, RuntimeException fout);

    void gelukt(String stap, String jeugdige);
}
