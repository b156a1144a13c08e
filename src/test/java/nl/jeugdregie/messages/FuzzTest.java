package nl.jeugdregie.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.jeugdregie.access.DemoAccounts;
import nl.jeugdregie.demo.DemoRegio;
import nl.jeugdregie.indicators.Indicatoren;
import nl.jeugdregie.support.Gedeeld;
import nl.jeugdregie.support.JeugdregieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A fuzz suite that stays: 12,000 messages made from the iJw samples and the demo generator, each
 * mutated by a seeded random — bytes flipped, cut short, elements deleted or doubled, garbage,
 * extreme dates and numbers, other encodings, deep nesting — through the real intake. Whatever
 * comes in: the outcomes add up to the input, every rejection has its reason, no exception
 * escapes, and afterwards the application starts again and every page answers 200.
 */
@JeugdregieTest(properties = "jeugdregie.test=fuzz")
@AutoConfigureMockMvc
class FuzzTest {

    private static final long ZAAD = 20261203L;
    private static final int AANTAL = 12_000;
    private static final Pattern DATUM = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern BLAD = Pattern.compile("<([A-Za-z0-9]+:)?([A-Za-z]+)>[^<]*</\\1?\\2>");
    private static final Pattern GETAL = Pattern.compile(">(\\d{1,12})</");
    private static final String[] DATUMS = {"9999-12-31", "0001-01-01", "1900-01-01", "2014-12-31", "2099-01-01",
            "2024-02-30", "2023-13-01", "0000-00-00", "2025-06-15"};
    private static final String[] GETALLEN = {"-1", "0", "99999999", "100000000", "9223372036854775807",
            "99999999999999999999", "1e9", " 12", ""};

    @Autowired
    Intake intake;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    DemoAccounts accounts;
    @Autowired
    UserDetailsService gebruikers;
    @Autowired
    Indicatoren indicatoren;
    @Autowired
    ConfigurableApplicationContext context;

    @Test
    void anyMutationIsAnsweredWithAnOutcomeAndTheApplicationStillStartsAndServes() throws Exception {
        List<byte[]> basis = basis();
        Random kans = new Random(ZAAD);
        List<BerichtBron> bronnen = new ArrayList<>(AANTAL);
        for (int i = 0; i < AANTAL; i++) {
            byte[] bericht = basis.get(kans.nextInt(basis.size()));
            int mutaties = kans.nextInt(10) == 0 ? 0 : 1 + kans.nextInt(3);
            for (int m = 0; m < mutaties; m++) {
                bericht = muteer(bericht, kans);
            }
            bronnen.add(BerichtBron.van("fuzz-" + i, bericht));
        }

        long voor = jdbc.queryForObject("select count(*) from bericht", Long.class);
        List<Uitkomst> enkel = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            enkel.add(intake.ontvangEen(bronnen.get(i)));
        }
        Iterator<BerichtBron> rest = bronnen.subList(200, AANTAL).iterator();
        IntakeTelling t = intake.ontvang(rest, x -> { });

        assertThat(t.accepted() + t.duplicate() + t.rejected()).isEqualTo(AANTAL - 200);
        assertThat(enkel).allSatisfy(u -> assertThat(u.status() != Uitkomst.Status.AFGEWEZEN || !u.reden().isBlank()).isTrue());
        assertThat(jdbc.queryForObject("select count(*) from bericht", Long.class) - voor).isEqualTo(AANTAL);
        assertThat(jdbc.queryForObject("select count(*) from bericht where status = 'afgewezen' and (reden is null or reden = '')",
                Long.class)).isZero();
        assertThat(t.rejected()).as("the mutations reject most messages").isGreaterThan(AANTAL / 3);
        assertThat(t.accepted()).as("some survive unchanged or harmlessly changed").isPositive();

        // A start over this store: every start listener again (derivations left over, waits, indicators).
        context.publishEvent(new ApplicationReadyEvent(new SpringApplication(), new String[0], context, Duration.ZERO));
        accounts.maak("GM0141", "Almelo", "98100001", "Zonnebrug Jeugdhulp");
        var analist = user(gebruikers.loadUserByUsername("analist"));
        List<String> paginas = new ArrayList<>(List.of("/", "/indicatoren", "/signalen", "/wachttijden", "/wachttijden/definities",
                "/plaatsen", "/plaatsen/prognose", "/plaatsingen/reacties", "/berichten", "/api/v1/indicatoren",
                "/api/v1/wachttijden", "/api/v1/signalen", "/api/v1/berichten?status=afgewezen"));
        indicatoren.catalogus().forEach(i -> paginas.add("/indicatoren/" + i.code()));
        for (String pagina : paginas) {
            int status = mvc.perform(get(pagina).with(analist)).andReturn().getResponse().getStatus();
            assertThat(status).as(pagina).isEqualTo(200);
        }
    }

    /** The samples that are messages, and a small demo region's traffic. */
    private static List<byte[]> basis() throws Exception {
        List<byte[]> basis = new ArrayList<>();
        try (var monsters = Files.list(Gedeeld.pad("ijw/berichten"))) {
            for (Path p : monsters.filter(p -> p.toString().endsWith(".xml")).sorted().toList()) {
                basis.add(Files.readAllBytes(p));
            }
        }
        Path demo = Files.createTempDirectory("fuzz").resolve("berichten");
        // A fixed last day: the same seed then gives the same messages to mutate on every run.
        new DemoRegio(new nl.jeugdregie.region.RegioCatalogus(nl.jeugdregie.region.RegioBestand.twente()), null, null, null)
                .genereer(demo, 0.01, java.time.LocalDate.of(2025, 12, 31));
        BerichtBronnen.van(demo).forEachRemaining(b -> {
            if (basis.size() < 3000) {
                basis.add(b.inhoud());
            }
        });
        return basis;
    }

    static byte[] muteer(byte[] bericht, Random kans) {
        String tekst = new String(bericht, StandardCharsets.UTF_8);
        return switch (kans.nextInt(11)) {
            case 0 -> flip(bericht, kans);
            case 1 -> java.util.Arrays.copyOf(bericht, bericht.length == 0 ? 0 : kans.nextInt(bericht.length));
            case 2 -> vervangBlad(tekst, kans, m -> "").getBytes(StandardCharsets.UTF_8);
            case 3 -> vervangBlad(tekst, kans, m -> m + m).getBytes(StandardCharsets.UTF_8);
            case 4 -> {
                byte[] rommel = new byte[kans.nextInt(2000)];
                kans.nextBytes(rommel);
                yield rommel;
            }
            case 5, 6 -> vervang(tekst, DATUM, kans, DATUMS[kans.nextInt(DATUMS.length)]).getBytes(StandardCharsets.UTF_8);
            case 7 -> vervang(tekst, GETAL, kans, ">" + GETALLEN[kans.nextInt(GETALLEN.length)] + "</").getBytes(StandardCharsets.UTF_8);
            case 8 -> codering(tekst, kans);
            case 9 -> diep(tekst, kans);
            default -> bericht;
        };
    }

    private static byte[] flip(byte[] bericht, Random kans) {
        byte[] uit = bericht.clone();
        for (int i = 0, n = 1 + kans.nextInt(5); i < n && uit.length > 0; i++) {
            uit[kans.nextInt(uit.length)] ^= (byte) (1 << kans.nextInt(8));
        }
        return uit;
    }

    private static String vervangBlad(String tekst, Random kans, java.util.function.UnaryOperator<String> door) {
        List<int[]> bladeren = new ArrayList<>();
        Matcher m = BLAD.matcher(tekst);
        while (m.find()) {
            bladeren.add(new int[] {m.start(), m.end()});
        }
        if (bladeren.isEmpty()) {
            return tekst;
        }
        int[] b = bladeren.get(kans.nextInt(bladeren.size()));
        return tekst.substring(0, b[0]) + door.apply(tekst.substring(b[0], b[1])) + tekst.substring(b[1]);
    }

    private static String vervang(String tekst, Pattern patroon, Random kans, String door) {
        List<int[]> treffers = new ArrayList<>();
        Matcher m = patroon.matcher(tekst);
        while (m.find()) {
            treffers.add(new int[] {m.start(), m.end()});
        }
        if (treffers.isEmpty()) {
            return tekst;
        }
        int[] t = treffers.get(kans.nextInt(treffers.size()));
        return tekst.substring(0, t[0]) + door + tekst.substring(t[1]);
    }

    private static byte[] codering(String tekst, Random kans) {
        return switch (kans.nextInt(5)) {
            case 0 -> tekst.replaceFirst("encoding=\"[^\"]*\"", "encoding=\"UTF-16\"").getBytes(StandardCharsets.UTF_8);
            case 1 -> tekst.replaceFirst("encoding=\"[^\"]*\"", "encoding=\"ISO-8859-1\"").getBytes(StandardCharsets.ISO_8859_1);
            case 2 -> tekst.getBytes(StandardCharsets.UTF_16);
            case 3 -> tekst.replaceFirst("encoding=\"[^\"]*\"", "encoding=\"X-ONBEKEND\"").getBytes(StandardCharsets.UTF_8);
            default -> {
                byte[] b = tekst.getBytes(StandardCharsets.UTF_8);
                if (b.length > 10) {
                    b[b.length / 2] = (byte) 0xC3;
                    b[b.length / 2 + 1] = (byte) 0x28;
                }
                yield b;
            }
        };
    }

    /** Thousands of nested elements in the middle of the message. */
    private static byte[] diep(String tekst, Random kans) {
        int diepte = 100 + kans.nextInt(5000);
        int plek = tekst.indexOf("</", tekst.length() / 2);
        if (plek < 0) {
            return tekst.getBytes(StandardCharsets.UTF_8);
        }
        return (tekst.substring(0, plek) + "<a>".repeat(diepte) + "</a>".repeat(diepte) + tekst.substring(plek))
                .getBytes(StandardCharsets.UTF_8);
    }
}
