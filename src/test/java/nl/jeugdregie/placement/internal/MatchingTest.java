package nl.jeugdregie.placement.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.jeugdregie.capacity.Beschikbaarheid;
import nl.jeugdregie.capacity.Melding;
import nl.jeugdregie.region.Voorziening;
import org.junit.jupiter.api.Test;

/** Hand-built cases: each hard constraint, each ranking rule, and the partial matches when nothing fits. */
class MatchingTest {

    static final LocalDate NODIG = LocalDate.of(2026, 12, 1);
    static final double[] ALMELO = {52.3567, 6.6625};
    static final double[] ENSCHEDE = {52.2215, 6.8937};

    @Test
    void eachHardConstraintExcludesAndNamesWhatIsMissing() {
        Matching.Vraag vraag = vraag(List.of("gezinshuis"), 1);
        assertThat(Matching.ontbreekt(vraag, plek("a", "gezinshuis", ALMELO, 2))).isEmpty();
        assertThat(Matching.ontbreekt(vraag, plek("b", "open-residentieel", ALMELO, 2))).containsExactly("match.ontbreekt.zorgvorm");
        assertThat(Matching.ontbreekt(vraag, locatie("c", "gezinshuis", ALMELO, List.of("lvb"), 4, 17, "alle", 2)))
                .containsExactly("match.ontbreekt.doelgroep");
        assertThat(Matching.ontbreekt(vraag, locatie("d", "gezinshuis", ALMELO, List.of("jeugd-opvoeding"), 12, 17, "alle", 2)))
                .as("the youth is 10 on the needed date").containsExactly("match.ontbreekt.leeftijd");
        assertThat(Matching.ontbreekt(vraag, locatie("e", "gezinshuis", ALMELO, List.of("jeugd-opvoeding"), 4, 17, "m", 2)))
                .containsExactly("match.ontbreekt.geslacht");
        assertThat(Matching.ontbreekt(vraag, plek("f", "gezinshuis", ALMELO, 0))).containsExactly("match.ontbreekt.vrij");
        assertThat(Matching.ontbreekt(vraag(List.of("gezinshuis"), 3), plek("g", "gezinshuis", ALMELO, 2)))
                .as("three siblings together, two places").containsExactly("match.ontbreekt.broersZussen");
    }

    @Test
    void aPlannedDischargeBeforeTheNeededDateCounts() {
        Beschikbaarheid vol = new Beschikbaarheid(voorziening("h", "gezinshuis", ALMELO, List.of("jeugd-opvoeding"), 4, 17, "alle"),
                4, 4, 0, null, 0, List.of(new Melding.Uitstroom(NODIG.minusDays(3), 1)), "p", LocalDateTime.now(), false);
        assertThat(Matching.ontbreekt(vraag(List.of("gezinshuis"), 1), vol)).isEmpty();
        Beschikbaarheid later = new Beschikbaarheid(vol.locatie(), 4, 4, 0, null, 0,
                List.of(new Melding.Uitstroom(NODIG.plusDays(3), 1)), "p", LocalDateTime.now(), false);
        assertThat(Matching.ontbreekt(vraag(List.of("gezinshuis"), 1), later)).containsExactly("match.ontbreekt.vrij");
    }

    @Test
    void familyLikeRanksBeforeResidentialEvenWhenFarther() {
        Matching.Uitkomst u = Matching.zoek(vraag(List.of("open-residentieel", "gezinshuis"), 1),
                List.of(plek("resi", "open-residentieel", ALMELO, 3), plek("gezin", "gezinshuis", ENSCHEDE, 1)), Map.of());
        assertThat(u.passend()).extracting(k -> k.plek().locatie().id()).containsExactly("gezin", "resi");
        assertThat(u.passend().getFirst().redenen()).extracting(Matching.Reden::regel).contains("gezinsgericht", "afstandThuis");
        assertThat(u.passend().getFirst().kmThuis()).isBetween(19.0, 23.0);
    }

    @Test
    void nearerSameMunicipalityCurrentProviderAndLowerBreakdownEachRankHigher() {
        Matching.Vraag vraag = vraag(List.of("gezinshuis"), 1);
        assertThat(ids(Matching.zoek(vraag, List.of(plek("ver", "gezinshuis", ENSCHEDE, 1), plek("dichtbij", "gezinshuis", ALMELO, 1)),
                Map.of()))).containsExactly("dichtbij", "ver");
        Beschikbaarheid zelfde = new Beschikbaarheid(new Voorziening("zelfde", "P1", "zelfde", "GM0141", "7607", "gezinshuis", "44A02", 4,
                null, ALMELO[0] + 0.01, ALMELO[1], List.of("jeugd-opvoeding"), 4, 17, "alle", "nabij"), 4, 3, 0, null, 0, List.of(),
                "p", LocalDateTime.now(), false);
        Beschikbaarheid ander = new Beschikbaarheid(new Voorziening("ander", "P1", "ander", "GM0189", "7641", "gezinshuis", "44A02", 4,
                null, ALMELO[0] - 0.01, ALMELO[1], List.of("jeugd-opvoeding"), 4, 17, "alle", "nabij"), 4, 3, 0, null, 0, List.of(),
                "p", LocalDateTime.now(), false);
        assertThat(ids(Matching.zoek(vraag, List.of(ander, zelfde), Map.of()))).containsExactly("zelfde", "ander");

        Beschikbaarheid eigen = new Beschikbaarheid(new Voorziening("eigen", "HUIDIG", "eigen", "GM0141", "7607", "gezinshuis", "44A02", 4,
                null, ALMELO[0], ALMELO[1], List.of("jeugd-opvoeding"), 4, 17, "alle", "nabij"), 4, 3, 0, null, 0, List.of(),
                "p", LocalDateTime.now(), false);
        Matching.Uitkomst u = Matching.zoek(vraag, List.of(plek("vreemd", "gezinshuis", ALMELO, 1), eigen), Map.of());
        assertThat(ids(u)).containsExactly("eigen", "vreemd");
        assertThat(u.passend().getFirst().redenen()).extracting(Matching.Reden::regel).contains("continuiteit");

        assertThat(ids(Matching.zoek(vraag, List.of(plek("wankel", "gezinshuis", ALMELO, 1), plek("stabiel", "gezinshuis", ALMELO, 1)),
                Map.of("wankel", 30.0, "stabiel", 5.0)))).containsExactly("stabiel", "wankel");
    }

    @Test
    void theSchoolCountsHalfAsMuchAsHome() {
        Matching.Vraag metSchool = new Matching.Vraag(List.of("gezinshuis"), "jeugd-opvoeding", NODIG.minusYears(10), "v", 1, NODIG,
                "GM0141", ALMELO, ENSCHEDE, Set.of());
        Matching.Kandidaat k = Matching.zoek(metSchool, List.of(plek("a", "gezinshuis", ALMELO, 1)), Map.of()).passend().getFirst();
        Matching.Reden school = k.redenen().stream().filter(r -> r.regel().equals("afstandSchool")).findFirst().orElseThrow();
        assertThat(school.punten()).isEqualTo(-Matching.PER_KM_SCHOOL * Matching.afstand(ALMELO, ENSCHEDE));
    }

    @Test
    void nothingFitsGivesTheNearestPartialMatchesWithWhatTheyMiss() {
        Matching.Uitkomst u = Matching.zoek(vraag(List.of("gezinshuis"), 1), List.of(plek("vol", "gezinshuis", ALMELO, 0),
                plek("resi", "open-residentieel", ENSCHEDE, 0), locatie("jongens", "gezinshuis", ENSCHEDE, List.of("jeugd-opvoeding"), 4, 17, "m", 2)),
                Map.of());
        assertThat(u.passend()).isEmpty();
        assertThat(u.gedeeltelijk()).extracting(k -> k.plek().locatie().id()).containsExactly("vol", "jongens", "resi");
        assertThat(u.gedeeltelijk().getFirst().ontbreekt()).containsExactly("match.ontbreekt.vrij");
        assertThat(u.gedeeltelijk().get(2).ontbreekt()).containsExactly("match.ontbreekt.zorgvorm", "match.ontbreekt.vrij");
    }

    private static List<String> ids(Matching.Uitkomst u) {
        return u.passend().stream().map(k -> k.plek().locatie().id()).toList();
    }

    /** A girl of 10 on the needed date, at home in Almelo, no school given. */
    private static Matching.Vraag vraag(List<String> zorgvormen, int aantal) {
        return new Matching.Vraag(zorgvormen, "jeugd-opvoeding", NODIG.minusYears(10), "v", aantal, NODIG, "GM0141", ALMELO, null,
                Set.of("HUIDIG"));
    }

    private static Beschikbaarheid plek(String id, String zorgvorm, double[] waar, int vrij) {
        return locatie(id, zorgvorm, waar, List.of("jeugd-opvoeding"), 0, 17, "alle", vrij);
    }

    private static Beschikbaarheid locatie(String id, String zorgvorm, double[] waar, List<String> doelgroepen, int van, int tot,
                                           String geslacht, int vrij) {
        return new Beschikbaarheid(voorziening(id, zorgvorm, waar, doelgroepen, van, tot, geslacht), 6, 6 - vrij, 0, null, 0, List.of(),
                "planner", LocalDateTime.now(), false);
    }

    private static Voorziening voorziening(String id, String zorgvorm, double[] waar, List<String> doelgroepen, int van, int tot,
                                           String geslacht) {
        return new Voorziening(id, "P1", id, waar == ALMELO ? "GM0141" : "GM0153", "7600", zorgvorm, "44A02", 6, null, waar[0], waar[1],
                doelgroepen, van, tot, geslacht, "nabij");
    }
}
