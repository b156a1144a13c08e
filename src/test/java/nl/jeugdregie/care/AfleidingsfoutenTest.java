package nl.jeugdregie.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;
import nl.jeugdregie.access.DemoAccounts;
import nl.jeugdregie.indicators.Doorsnede;
import nl.jeugdregie.indicators.Indicator;
import nl.jeugdregie.indicators.Indicatoren;
import nl.jeugdregie.indicators.Periode;
import nl.jeugdregie.indicators.Waarde;
import nl.jeugdregie.messages.BerichtBronnen;
import nl.jeugdregie.messages.Intake;
import nl.jeugdregie.messages.Pseudoniemen;
import nl.jeugdregie.region.RegioCatalogus;
import nl.jeugdregie.support.JeugdregieTest;
import nl.jeugdregie.waiting.Wachttijden;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * One youth whose derivation fails (a named fault, {@code jeugdregie.storing}, thrown halfway
 * through that youth) is recorded with its pseudonym and error, is left out of that step's figures,
 * and the other youths' figures are exactly those of a store without it. The hand-built message
 * set of the correctness suite, one youth per letter, through the real intake.
 */
@JeugdregieTest(properties = "jeugdregie.test=afleidingsfouten")
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the first works on the state the set-up left
class AfleidingsfoutenTest {

    private static final Path BERICHTEN = Path.of("src", "test", "resources", "correctheid", "berichten");

    @Autowired
    Intake intake;
    @Autowired
    Indicatoren indicatoren;
    @Autowired
    ZorgGebruik zorg;
    @Autowired
    ZorgFeiten feiten;
    @Autowired
    Wachttijden wachttijden;
    @Autowired
    Pseudoniemen pseudoniemen;
    @Autowired
    RegioCatalogus regio;
    @Autowired
    ConfigurableApplicationContext context;
    @Autowired
    MockMvc mvc;
    @Autowired
    DemoAccounts accounts;
    @Autowired
    UserDetailsService gebruikers;

    /** Youth "d" (ambulant care, then a residential stay and a family home) and the figures without it. */
    String d;
    Map<String, String> zonderD;
    Map<String, String> metDDieMislukt;

    @BeforeAll
    void leesInMetEenJeugdigeDieMislukt() throws IOException {
        d = pseudoniemen.van("999990068").orElseThrow();
        lees(f -> !f.startsWith("d"));
        zonderD = cijfers();
        storing("indicatoren:" + d);
        lees(f -> f.startsWith("d"));
        metDDieMislukt = cijfers();
    }

    @AfterEach
    void zonderStoring() {
        System.clearProperty("jeugdregie.storing");
    }

    @Test
    @Order(1)
    void aYouthWhoseCountFailsIsLeftOutOfTheIndicatorsAndListed() throws Exception {
        assertThat(zorg.trajectenVan(d)).as("d's trajectories were derived").isNotEmpty();
        assertThat(metDDieMislukt).as("the others' figures as without d, after the message that failed").isEqualTo(zonderD);
        assertThat(zorg.mislukteAfleidingen(20))
                .containsExactly(new ZorgGebruik.MislukteAfleiding("indicatoren", d,
                        "java.lang.IllegalStateException: ingestelde storing bij indicatoren"));
        assertThat(zorg.aantalMislukteAfleidingen()).isOne();
        accounts.maak("GM0141", "Almelo", "98100001", "Zonnebrug Jeugdhulp");
        for (String wie : List.of("analist", "beheerder")) {
            mvc.perform(get("/indicatoren").with(user(gebruikers.loadUserByUsername(wie))))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Voor 1 jeugdige(n) kon een stap van de afleiding niet")))
                    .andExpect(content().string(containsString(d.substring(0, 12) + "…")))
                    .andExpect(content().string(containsString("Telling in de stuurindicatoren")));
        }
        mvc.perform(get("/indicatoren").with(user(gebruikers.loadUserByUsername("aanbieder"))))
                .andExpect(content().string(containsString("Voor 1 jeugdige(n) kon een stap van de afleiding niet")))
                .andExpect(content().string(not(containsString(d.substring(0, 12)))));

        context.publishEvent(TrajectenBijgewerkt.alles(6));
        assertThat(cijfers()).as("and after a full computation").isEqualTo(zonderD);
        assertThat(zorg.aantalMislukteAfleidingen()).isOne();

        System.clearProperty("jeugdregie.storing");
        context.publishEvent(TrajectenBijgewerkt.alles(6));
        assertThat(zorg.aantalMislukteAfleidingen()).as("fixed: no longer listed").isZero();
        Map<String, String> metD = cijfers();
        assertThat(metD).isNotEqualTo(zonderD);
        assertThat(waarde("jeugdigen-in-zorg", YearMonth.of(2024, 4)))
                .as("d in care in April 2024 (ambulant and residential: one youth)")
                .isEqualTo(waarde(zonderD, "jeugdigen-in-zorg", YearMonth.of(2024, 4)) + 1);
    }

    @Test
    @Order(2)
    void aYouthWhoseWaitsFailHasNoneAndTheOthersKeepTheirs() {
        String f = pseudoniemen.van("999990093").orElseThrow();
        String a = pseudoniemen.van("999990032").orElseThrow();
        assertThat(wachttijden.wachtenVan(Set.of(a, f)).get(f)).isNotEmpty();

        storing("wachttijden:" + f);
        context.publishEvent(TrajectenBijgewerkt.alles(6));
        assertThat(wachttijden.wachtenVan(Set.of(a, f)).getOrDefault(f, List.of())).isEmpty();
        assertThat(wachttijden.wachtenVan(Set.of(a, f)).get(a)).isNotEmpty();
        assertThat(zorg.mislukteAfleidingen(20)).extracting(ZorgGebruik.MislukteAfleiding::stap, ZorgGebruik.MislukteAfleiding::jeugdige)
                .contains(org.assertj.core.groups.Tuple.tuple("wachttijden", f));

        System.clearProperty("jeugdregie.storing");
        context.publishEvent(TrajectenBijgewerkt.alles(6));
        assertThat(wachttijden.wachtenVan(Set.of(a, f)).get(f)).isNotEmpty();
        assertThat(zorg.mislukteAfleidingen(20)).extracting(ZorgGebruik.MislukteAfleiding::stap).doesNotContain("wachttijden");
    }

    @Test
    @Order(3)
    void aYouthWhoseTrajectoriesFailIsStoredAsAFindingAndAStartStillSucceeds() {
        String e = pseudoniemen.van("999990081").orElseThrow();
        String c = pseudoniemen.van("999990056").orElseThrow();
        int vanC = zorg.trajectenVan(c).size();

        storing("trajecten:" + e + ",wachttijden:" + e + ",indicatoren:" + c);
        feiten.herberekenTrajecten(n -> { });
        assertThat(zorg.trajectenVan(e)).isEmpty();
        assertThat(zorg.trajectenVan(c)).hasSize(vanC);
        assertThat(zorg.mislukteAfleidingen(20)).extracting(ZorgGebruik.MislukteAfleiding::stap, ZorgGebruik.MislukteAfleiding::jeugdige)
                .contains(org.assertj.core.groups.Tuple.tuple("trajecten", e), org.assertj.core.groups.Tuple.tuple("indicatoren", c));
        assertThatCode(() -> context.publishEvent(new ApplicationReadyEvent(new SpringApplication(), new String[0], context,
                Duration.ZERO))).as("a start with three steps failing").doesNotThrowAnyException();

        System.clearProperty("jeugdregie.storing");
        feiten.herberekenTrajecten(n -> { });
        assertThat(zorg.trajectenVan(e)).isNotEmpty();
        assertThat(zorg.aantalMislukteAfleidingen()).isZero();
        assertThat(cijfers()).isNotEqualTo(zonderD);
    }

    private void lees(Predicate<String> welke) throws IOException {
        Path map = Files.createTempDirectory("afleidingsfouten");
        try (Stream<Path> bestanden = Files.list(BERICHTEN)) {
            for (Path p : bestanden.filter(p -> welke.test(p.getFileName().toString())).toList()) {
                Files.copy(p, map.resolve(p.getFileName()));
            }
        }
        intake.ontvang(BerichtBronnen.van(map), t -> { });
    }

    private static void storing(String waarde) {
        System.setProperty("jeugdregie.storing", waarde);
    }

    /**
     * Every monthly value of every per-youth indicator, for the region and each municipality. The
     * data-quality indicators count messages, not youths, and are left out.
     */
    private Map<String, String> cijfers() {
        Map<String, String> uit = new TreeMap<>();
        List<String> gebieden = new ArrayList<>(List.of(Waarde.REGIO));
        regio.regio().gemeenten().forEach(g -> gebieden.add(g.code()));
        for (Indicator i : indicatoren.catalogus()) {
            if (i.thema().equals("Datakwaliteit")) {
                continue;
            }
            for (String gebied : gebieden) {
                Doorsnede doorsnede = gebied.equals(Waarde.REGIO) ? Doorsnede.regio(Waarde.ALLE) : Doorsnede.gemeente(gebied, Waarde.ALLE);
                for (Waarde w : indicatoren.reeks(i.code(), doorsnede, Periode.MAAND, YearMonth.of(2023, 1), YearMonth.of(2024, 12))) {
                    uit.put(i.code() + " " + gebied + " " + w.maand(), w.waarde() + " " + w.teller() + "/" + w.noemer());
                }
            }
        }
        return uit;
    }

    private double waarde(String indicator, YearMonth maand) {
        return waarde(cijfers(), indicator, maand);
    }

    private static double waarde(Map<String, String> cijfers, String indicator, YearMonth maand) {
        String w = cijfers.get(indicator + " " + Waarde.REGIO + " " + maand);
        return w == null || w.startsWith("null") ? 0 : Double.parseDouble(w.substring(0, w.indexOf(' ')));
    }
}
