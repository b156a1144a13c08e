package nl.jeugdregie.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.jeugdregie.access.ApiSleutelBeheer;
import nl.jeugdregie.access.DemoAccounts;
import nl.jeugdregie.care.JeugdigenInZorg;
import nl.jeugdregie.care.ZorgFeiten;
import nl.jeugdregie.care.ZorgGebruik;
import nl.jeugdregie.demo.DemoRegio;
import nl.jeugdregie.messages.BerichtBronnen;
import nl.jeugdregie.messages.BerichtenOverzicht;
import nl.jeugdregie.messages.Intake;
import nl.jeugdregie.messages.IntakeTelling;
import nl.jeugdregie.region.Aanbieder;
import nl.jeugdregie.region.Gemeente;
import nl.jeugdregie.region.Regio;
import nl.jeugdregie.region.RegioCatalogus;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code jeugdregie COMMAND}: serve, demo, ingest PATH, rebuild, stats, bench. Commands other than
 * serve and demo run without a web server and exit; machine-readable output is the last line.
 */
public final class Cli {

    /** Returned by serve and demo: the web server keeps the process alive. */
    public static final int BLIJFT_DRAAIEN = -1;


    private Cli() {
    }

    public static int run(Class<?> app, String[] args) {
        Opties opties;
        try {
            opties = Opties.lees(args);
        } catch (IllegalArgumentException e) {
            System.err.println("jeugdregie: " + e.getMessage());
            System.err.println(GEBRUIK);
            return 2;
        }
        try {
            return switch (opties.commando()) {
                case "serve" -> serve(app, opties);
                case "demo" -> demo(app, opties);
                case "ingest" -> ingest(app, opties);
                case "rebuild" -> rebuild(app, opties);
                case "stats" -> stats(app, opties);
                case "bench" -> Bench.run(app, opties);
                case "export" -> IndicatorExport.run(app, opties);
                case "help", "--help" -> {
                    System.out.println(GEBRUIK);
                    yield 0;
                }
                default -> {
                    System.err.println("jeugdregie: onbekend commando '" + opties.commando() + "'");
                    System.err.println(GEBRUIK);
                    yield 2;
                }
            };
        } catch (IllegalArgumentException e) {
            System.err.println("jeugdregie: " + e.getMessage());
            return 2;
        } catch (java.io.IOException e) {
            System.err.println("jeugdregie: " + e.getMessage());
            return 1;
        }
    }

    static final String GEBRUIK = """
            gebruik: jeugdregie COMMANDO [opties]
              demo           genereert de demoregio (eenmalig), leest haar in en start de webapplicatie
              serve          start de webapplicatie op http://localhost:8080
              ingest PAD     leest iJw-berichten in uit een bestand, map (recursief) of zip
              rebuild        leidt alle zorgfeiten en trajecten opnieuw af uit de berichtenopslag
              stats          telt berichten, trajecten en jeugdigen in zorg
              export indicatoren --jaar JJJJ
                             jaarwaarden van elke indicator voor de regio en elke gemeente (JSON als laatste regel)
              bench [ingest|indicators|plaatsingen|aanlevering]
                             meet inlezen (berichten/s, geheugen), indicatoren en wachttijden, plaatsingen
                             (matching, zichtbaarheid van een melding, 50 gelijktijdige planners), of 20 systemen
                             die tegelijk losse berichten posten (berichten/s, antwoordtijden, fouten)
            opties: --data-dir MAP  --db JDBC_URL  --db-user NAAM  --db-password WACHTWOORD
                    --region BESTAND  --port N  --jaar JJJJ  --json  --naam=waarde (elke Spring-instelling)""";

    private static int serve(Class<?> app, Opties opties) {
        start(app, opties, true);
        return BLIJFT_DRAAIEN;
    }

    private static int demo(Class<?> app, Opties opties) throws java.io.IOException {
        try (ConfigurableApplicationContext ctx = start(app, opties, false)) {
            Path map = opties.dataDir().resolve("demo-berichten");
            if (!Files.isDirectory(map)) {
                System.err.println("Demoregio genereren in " + map + " …");
                DemoRegio.Samenvatting s = ctx.getBean(DemoRegio.class).genereer(map);
                System.err.printf("%,d berichten in %,d bestanden gegenereerd%n", s.berichten(), s.bestanden());
            }
            // Read whole once; a first demo broken off part-way is read again (what was stored comes back as duplicates).
            Path ingelezen = opties.dataDir().resolve("demo-ingelezen");
            if (!Files.exists(ingelezen)) {
                System.err.println("Demoregio inlezen via de intake …");
                leesIn(ctx, map);
                Files.writeString(ingelezen, java.time.LocalDateTime.now() + "\n");
            }
            int[] plaatsingen = ctx.getBean(DemoRegio.class).laadPlaatsingen();
            if (plaatsingen[0] > 0) {
                System.err.printf("%,d meldingen van plaatsen en %d plaatsingsverzoeken tot vandaag gemaakt%n", plaatsingen[0],
                        plaatsingen[1]);
            }
        }
        ConfigurableApplicationContext web = start(app, opties, true);
        String poort = web.getEnvironment().getProperty("local.server.port", "8080");
        System.out.println("Jeugdregie draait op http://localhost:" + poort);
        toonDemoAccounts(web);
        return BLIJFT_DRAAIEN;
    }

    /** Fresh passwords for the demo's accounts at every start; they are printed here and nowhere else. */
    private static void toonDemoAccounts(ConfigurableApplicationContext ctx) {
        Regio regio = ctx.getBean(RegioCatalogus.class).regio();
        Gemeente gemeente = regio.gemeenten().stream().filter(g -> g.code().equals("GM0141")).findFirst()
                .orElse(regio.gemeenten().getFirst());
        Aanbieder aanbieder = ctx.getBean(DemoRegio.class).demoAanbieder();
        List<DemoAccounts.Account> accounts = ctx.getBean(DemoAccounts.class)
                .maak(gemeente.code(), gemeente.naam(), aanbieder.agb(), aanbieder.naam());
        System.out.println("Demo-accounts (wachtwoorden gelden tot de volgende start):");
        for (DemoAccounts.Account a : accounts) {
            System.out.printf("  %-10s %-22s %-10s %s%n", a.gebruikersnaam(), a.wachtwoord(), a.rol(), a.organisatie());
        }
        String sleutel = ctx.getBean(ApiSleutelBeheer.class).maak(aanbieder.agb(), "demo " + java.time.LocalDate.now());
        System.out.println("API-sleutel van " + aanbieder.naam() + " voor POST /api/v1/berichten (X-API-Key): " + sleutel);
    }

    private static int ingest(Class<?> app, Opties opties) {
        if (opties.argumenten().size() != 1) {
            throw new IllegalArgumentException("ingest verwacht één PAD (bestand, map of zip)");
        }
        Path pad = Path.of(opties.argumenten().getFirst());
        try (ConfigurableApplicationContext ctx = start(app, opties, false)) {
            IntakeTelling t = leesIn(ctx, pad);
            System.out.println(opties.json() ? t.alsJson()
                    : "geaccepteerd %,d, dubbel %,d, afgewezen %,d".formatted(t.accepted(), t.duplicate(), t.rejected()));
        }
        return 0;
    }

    static IntakeTelling leesIn(ConfigurableApplicationContext ctx, Path pad) {
        return leesIn(ctx, pad, t -> { });
    }

    /** @param ook told of every batch's progress too, as the progress bar is */
    static IntakeTelling leesIn(ConfigurableApplicationContext ctx, Path pad, java.util.function.Consumer<IntakeTelling> ook) {
        Voortgangsbalk balk = new Voortgangsbalk(System.err, BerichtBronnen.tel(pad));
        IntakeTelling t = ctx.getBean(Intake.class).ontvang(BerichtBronnen.van(pad), voortgang -> {
            ook.accept(voortgang);
            balk.toon(voortgang);
        });
        balk.klaar();
        return t;
    }

    private static int rebuild(Class<?> app, Opties opties) {
        try (ConfigurableApplicationContext ctx = start(app, opties, false)) {
            Voortgangsbalk balk = new Voortgangsbalk(System.err, 0);
            ZorgFeiten feiten = ctx.getBean(ZorgFeiten.class);
            feiten.wis();
            long berichten = ctx.getBean(Intake.class).herbouw(n -> balk.stap("berichten opnieuw gelezen", n));
            balk.klaar();
            long jeugdigen = feiten.herberekenTrajecten(n -> balk.stap("jeugdigen herberekend", n));
            balk.klaar();
            System.out.printf("%,d berichten opnieuw verwerkt, trajecten van %,d jeugdigen herberekend in %.1f s%n",
                    berichten, jeugdigen, balk.seconden());
        }
        return 0;
    }

    private static int stats(Class<?> app, Opties opties) {
        try (ConfigurableApplicationContext ctx = start(app, opties, false)) {
            IntakeTelling t = ctx.getBean(BerichtenOverzicht.class).telling();
            ZorgGebruik zorg = ctx.getBean(ZorgGebruik.class);
            List<Map<String, Object>> perJaar = new ArrayList<>();
            for (JeugdigenInZorg j : zorg.jeugdigenInZorg().stream().filter(j -> !j.regio() && !j.alleSegmenten()).toList()) {
                Map<String, Object> rij = new LinkedHashMap<>();
                rij.put("year", j.jaar());
                rij.put("municipality", j.gemeente());
                rij.put("segment", j.segment());
                rij.put("youths", j.jeugdigen());
                perJaar.add(rij);
            }
            Map<String, Object> stats = new LinkedHashMap<>();
            stats.put("messages", Map.of("accepted", t.accepted(), "duplicate", t.duplicate(), "rejected", t.rejected()));
            stats.put("trajectories", zorg.aantalTrajecten());
            stats.put("youthsInCare", perJaar);
            if (!opties.json()) {
                System.out.printf("berichten: geaccepteerd %,d, dubbel %,d, afgewezen %,d; trajecten %,d%n",
                        t.accepted(), t.duplicate(), t.rejected(), zorg.aantalTrajecten());
            }
            System.out.println(JsonMapper.builder().build().writeValueAsString(stats));
        }
        return 0;
    }

    static ConfigurableApplicationContext start(Class<?> app, Opties opties, boolean web) {
        SpringApplication spring = new SpringApplication(app);
        spring.setWebApplicationType(web ? WebApplicationType.SERVLET : WebApplicationType.NONE);
        List<String> args = new ArrayList<>();
        opties.eigenschappen().forEach((k, v) -> args.add("--" + k + "=" + v));
        if (!web) {
            args.add("--logging.level.root=WARN");
        }
        return spring.run(args.toArray(String[]::new));
    }
}
