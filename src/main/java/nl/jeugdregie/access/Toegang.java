package nl.jeugdregie.access;

import java.util.List;

/**
 * One look at or change of person-level data, for the access log. Who, from where and when are
 * added by the log itself.
 *
 * @param doel      the task the data is used for (plaatsing, RET, wachtlijst-opvolging, …)
 * @param jeugdigen the pseudonyms of the youths concerned; never a BSN
 */
public record Toegang(Actie actie, boolean toegestaan, String doel, List<String> jeugdigen, String objectType,
                      String objectId) {

    public enum Actie { LEZEN, AANMAKEN, WIJZIGEN, VERWIJDEREN, EXPORTEREN }
}
