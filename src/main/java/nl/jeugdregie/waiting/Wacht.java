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
        VERVALLEN
    }

    public Stand stand(LocalDate peildatum) {
        if (start != null) {
            return Stand.GESTART;
        }
        if (afsluiting == Afsluiting.AFGEWEZEN) {
            return Stand.AFGEWEZEN;
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

    /** Whether the youth was still waiting at the end of {@code dag}. */
    public boolean wachtOp(LocalDate dag) {
        return begin() != null && !begin().isAfter(dag) && (start == null || start.isAfter(dag))
                && (afgeslotenOp == null || afgeslotenOp.isAfter(dag)) && (toewijzingEinde == null || !toewijzingEinde.isBefore(dag));
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
            case WACHTEND -> peildatum;
        };
        return Math.max(0, ChronoUnit.DAYS.between(begin(), tot));
    }

    /** The municipality's part in working days: request to assignment, or while undecided to {@code peildatum}. */
    public Integer beslisWerkdagen(LocalDate peildatum) {
        if (verzoek == null) {
            return null;
        }
        LocalDate tot = toewijzing != null ? toewijzing : afsluiting == Afsluiting.AFGEWEZEN ? afgeslotenOp : peildatum;
        return verzoek.isBefore(tot) ? 1 + Werkdagen.tussen(verzoek, tot) : 0;
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
