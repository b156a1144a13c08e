package nl.jeugdregie.waiting;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import nl.jeugdregie.region.Segment;
import nl.jeugdregie.region.Werkdagen;

/**
 * One youth's wait for one requested or assigned product at one provider. Whether it still runs
 * is judged against a reference date ("peildatum"), so waits need not be derived again as time
 * passes.
 *
 * @param route           A: a request (JW315) after a GP's or specialist's referral; B: an assignment without one
 * @param verzoek         request date (route A), else null
 * @param toewijzing      assignment date, null while only requested
 * @param toewijzingEinde the assignment's end date, null when open-ended
 * @param start           first care start, null when none
 * @param afsluiting      why the wait ended without care, null when it did not
 * @param afgeslotenOp    when that happened: the refusal's date, the removed assignment's date
 */
public record Wacht(String jeugdige, String gemeente, String aanbieder, String productcategorie, String productcode,
                    Segment segment, Route route, LocalDate verzoek, LocalDate toewijzing, LocalDate toewijzingEinde,
                    LocalDate start, Afsluiting afsluiting, LocalDate afgeslotenOp) {

    /**
     * Days after its beginning that a wait nothing ended (no start — on its own assignment or
     * in the same care form at the same provider —, no refusal, removal or end of the assignment)
     * counts as waiting. Beyond it the wait is presumed orphaned: the start arrived under another
     * assignment number, or never arrived. Six months: well past the longest norm a region sets
     * (stay, 42 days; ambulant, 98 days), so a real long wait is left out only when nobody has
     * reported anything about it for half a year — and then it stands on the provider's list as a
     * finding to correct.
     */
    public static final int VERWEESD_NA_DAGEN = 183;

    public enum Route { A, B }

    public enum Afsluiting { AFGEWEZEN, VERWIJDERD }

    public enum Stand {
        /** No start yet, and nothing ended the wait. */
        WACHTEND,
        /** Care started. */
        GESTART,
        /** The municipality refused the request (JW319). */
        AFGEWEZEN,
        /** The assignment was removed, or ended before care started. */
        VERVALLEN,
        /**
         * Presumed orphaned: open for more than {@link #VERWEESD_NA_DAGEN} days without anything
         * ending it. A data-quality finding ("toewijzing zonder start, vermoedelijk verweesd"), not a
         * waiting youth; from that day on it is in no waiting figure.
         */
        VERWEESD
    }

    public Stand stand(LocalDate peildatum) {
        if (start != null) {
            return Stand.GESTART;
        }
        if (afsluiting == Afsluiting.AFGEWEZEN) {
            return Stand.AFGEWEZEN;
        }
        if (verweesd() && peildatum.isAfter(verweesdOp())) {
            return Stand.VERWEESD;
        }
        if (afsluiting == Afsluiting.VERWIJDERD || (toewijzingEinde != null && toewijzingEinde.isBefore(peildatum))) {
            return Stand.VERVALLEN;
        }
        return Stand.WACHTEND;
    }

    /** A started wait met its segment's norm when both its parts did: the decision (route A) and the start. */
    public boolean binnenNorm(Wachtnorm norm) {
        if (norm == null || start == null) {
            return norm == null;
        }
        Integer beslis = beslisWerkdagen(start);
        return (beslis == null || beslis <= norm.beslisWerkdagen()) && startDagen(start) <= norm.startDagen();
    }

    /** Whether the youth was still waiting at the end of {@code dag}: an orphaned wait only up to its orphan age. */
    public boolean wachtOp(LocalDate dag) {
        return begin() != null && !begin().isAfter(dag) && (start == null || start.isAfter(dag))
                && (afgeslotenOp == null || afgeslotenOp.isAfter(dag)) && (toewijzingEinde == null || !toewijzingEinde.isBefore(dag))
                && !(verweesd() && dag.isAfter(verweesdOp()));
    }

    /**
     * Nothing ended this wait — no start, refusal or removal — and its assignment, if it has an
     * end, runs past the orphan age: from {@link #verweesdOp()} on it is presumed orphaned.
     */
    public boolean verweesd() {
        return start == null && afsluiting == null && begin() != null
                && (toewijzingEinde == null || !toewijzingEinde.isBefore(verweesdOp()));
    }

    /** The last day an orphaned wait counts as waiting. */
    public LocalDate verweesdOp() {
        return begin().plusDays(VERWEESD_NA_DAGEN);
    }

    /** Where the wait began: the request, or for route B the assignment. */
    public LocalDate begin() {
        return verzoek != null ? verzoek : toewijzing;
    }

    /** Days from the beginning to the start — or to its end without care, or, while waiting, to {@code peildatum}. */
    public long dagen(LocalDate peildatum) {
        LocalDate tot = switch (stand(peildatum)) {
            case GESTART -> start;
            case AFGEWEZEN -> afgeslotenOp;
            case VERVALLEN -> afsluiting == Afsluiting.VERWIJDERD ? afgeslotenOp : toewijzingEinde;
            case WACHTEND, VERWEESD -> peildatum;
        };
        return Math.max(0, ChronoUnit.DAYS.between(begin(), tot));
    }

    /**
     * The municipality's part in working days: after the request up to and including the first
     * assignment (or the refusal, or while undecided {@code peildatum}); 0 when decided the same day.
     */
    public Integer beslisWerkdagen(LocalDate peildatum) {
        if (verzoek == null) {
            return null;
        }
        LocalDate tot = toewijzing != null ? toewijzing : afsluiting == Afsluiting.AFGEWEZEN ? afgeslotenOp : peildatum;
        return Werkdagen.naTotEnMet(verzoek, tot);
    }

    /** The provider's part in days: assignment to start, or while waiting to {@code peildatum}; null before the assignment. */
    public Long startDagen(LocalDate peildatum) {
        if (toewijzing == null) {
            return null;
        }
        LocalDate tot = start != null ? start : peildatum;
        return Math.max(0, ChronoUnit.DAYS.between(toewijzing, tot));
    }
}
