package nl.jeugdregie.waiting.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import nl.jeugdregie.care.Aanvragen;
import nl.jeugdregie.region.Hulpvorm;
import nl.jeugdregie.region.ProductIndeling;
import nl.jeugdregie.region.Segment;
import nl.jeugdregie.waiting.Wacht;

/**
 * Derives each youth's waits from all their requests, assignments and starts — so the order in
 * which messages arrived never matters:
 * <ul>
 * <li>an assignment answering a request (same provider and reference) is route A and waits from the
 *     request; any other assignment is route B and waits from the assignment's <em>first</em>
 *     version: a correction, extension or shortening before care starts is a new version with a date
 *     of its own (IV013), which decides status, product and end, never where the wait began;</li>
 * <li>a wait ends at the first care start on the assignment; failing that, at the first start of
 *     care in the same care form at the same provider within the assignment's period (the start
 *     arrived under another assignment number); or without care when the assignment was removed
 *     (reason 13) or ended before the reference date (judged when asked, see {@link Wacht#stand}),
 *     or when the request was refused (JW319 answer 1);</li>
 * <li>a start before the assignment is a wait of 0 days (and a retroactive assignment, counted
 *     in the data quality);</li>
 * <li>a request that is neither assigned nor refused is still waiting for the municipality's decision;</li>
 * <li>a wait that nothing ended within {@link Wacht#VERWEESD_NA_DAGEN} days is presumed orphaned: a
 *     data-quality finding, not a waiting youth (see {@link Wacht.Stand#VERWEESD}).</li>
 * </ul>
 * Pure: facts in, waits out.
 */
final class WachtBerekening {

    static final String VERWIJDERD = "13";
    static final String AFGEWEZEN = "1";

    private final BiFunction<String, String, ProductIndeling> indeling;
    private final Map<String, Aanvragen.Antwoord> weigeringen = new HashMap<>();

    WachtBerekening(BiFunction<String, String, ProductIndeling> indeling, List<Aanvragen.Antwoord> antwoorden) {
        this.indeling = indeling;
        for (Aanvragen.Antwoord a : antwoorden) {
            if (AFGEWEZEN.equals(a.antwoord())) {
                weigeringen.merge(sleutel(a.gemeente(), a.aanbieder(), a.referentie()), a,
                        (x, y) -> x.dagtekening().isBefore(y.dagtekening()) ? x : y);
            }
        }
    }

    List<Wacht> wachten(Aanvragen a) {
        Map<String, Aanvragen.Verzoek> verzoeken = new HashMap<>();
        for (Aanvragen.Verzoek v : a.verzoeken()) {
            verzoeken.merge(sleutel(v.gemeente(), v.aanbieder(), v.referentie()), v,
                    (x, y) -> x.dagtekening().isBefore(y.dagtekening()) ? x : y);
        }
        Map<String, Aanvragen.Start> starts = new HashMap<>();
        for (Aanvragen.Start s : a.starts()) {
            starts.merge(sleutel(s.gemeente(), s.aanbieder(), s.nummer()), s,
                    (x, y) -> x.begindatum().isBefore(y.begindatum()) ? x : y);
        }
        Set<String> beantwoord = new HashSet<>();
        List<Wacht> wachten = new ArrayList<>();
        for (Aanvragen.Toewijzing t : a.toewijzingen()) {
            String verzoekSleutel = t.referentie() == null ? null : sleutel(t.gemeente(), t.aanbieder(), t.referentie());
            Aanvragen.Verzoek v = verzoekSleutel == null ? null : verzoeken.get(verzoekSleutel);
            if (v != null) {
                beantwoord.add(verzoekSleutel);
            }
            Aanvragen.Start eigen = starts.get(sleutel(t.gemeente(), t.aanbieder(), t.nummer()));
            wachten.add(wacht(a.jeugdige(), t, v, eigen != null ? eigen : elders(t, a.starts())));
        }
        verzoeken.forEach((k, v) -> {
            if (!beantwoord.contains(k)) {
                wachten.add(open(a.jeugdige(), v, weigeringen.get(k)));
            }
        });
        return wachten;
    }

    /**
     * The first start of care in the assignment's care form at its provider within its period,
     * reported under another assignment number: the youth is in care, the wait is over.
     */
    private Aanvragen.Start elders(Aanvragen.Toewijzing t, List<Aanvragen.Start> starts) {
        Hulpvorm vorm = indeling.apply(t.productcategorie(), t.productcode()).hulpvorm();
        LocalDate van = t.ingang() != null ? t.ingang() : t.eersteToewijzingsdatum();
        Aanvragen.Start eerste = null;
        for (Aanvragen.Start s : starts) {
            if (s.aanbieder().equals(t.aanbieder()) && s.productcategorie() != null && !s.begindatum().isBefore(van)
                    && (t.einde() == null || !s.begindatum().isAfter(t.einde()))
                    && indeling.apply(s.productcategorie(), s.productcode()).hulpvorm() == vorm
                    && (eerste == null || s.begindatum().isBefore(eerste.begindatum()))) {
                eerste = s;
            }
        }
        return eerste;
    }

    private Wacht wacht(String jeugdige, Aanvragen.Toewijzing t, Aanvragen.Verzoek v, Aanvragen.Start s) {
        boolean verwijderd = s == null && VERWIJDERD.equals(t.redenWijziging());
        return new Wacht(jeugdige, t.gemeente(), t.aanbieder(), t.productcategorie(), t.productcode(),
                segment(t.productcategorie(), t.productcode()), v == null ? Wacht.Route.B : Wacht.Route.A,
                v == null ? null : v.dagtekening(), t.eersteToewijzingsdatum(), t.einde(), s == null ? null : s.begindatum(),
                verwijderd ? Wacht.Afsluiting.VERWIJDERD : null, verwijderd ? t.toewijzingsdatum() : null);
    }

    private Wacht open(String jeugdige, Aanvragen.Verzoek v, Aanvragen.Antwoord weigering) {
        return new Wacht(jeugdige, v.gemeente(), v.aanbieder(), v.productcategorie(), v.productcode(),
                segment(v.productcategorie(), v.productcode()), Wacht.Route.A, v.dagtekening(), null, null, null,
                weigering == null ? null : Wacht.Afsluiting.AFGEWEZEN, weigering == null ? null : weigering.dagtekening());
    }

    private Segment segment(String categorie, String code) {
        return indeling.apply(categorie, code).segment();
    }

    private static String sleutel(String gemeente, String aanbieder, String nummerOfReferentie) {
        return gemeente + "|" + aanbieder + "|" + nummerOfReferentie;
    }
}
