package nl.jeugdregie.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.jeugdregie.access.DemoAccounts;
import nl.jeugdregie.demo.DemoRegio;
import nl.jeugdregie.messages.BerichtBronnen;
import nl.jeugdregie.messages.Intake;
import nl.jeugdregie.support.Browser;
import nl.jeugdregie.support.JeugdregieTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The overview in Debian's headless Chromium: real numbers, all municipalities, no serious accessibility faults. */
@JeugdregieTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "jeugdregie.test=browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OverzichtBrowserTest {

    @LocalServerPort
    int poort;
    @Autowired
    DemoRegio demo;
    @Autowired
    Intake intake;
    @Autowired
    DemoAccounts accounts;
    @Autowired
    nl.jeugdregie.indicators.Indicatoren indicatoren;

    String wachtwoord;
    java.util.Map<String, String> wachtwoorden = new java.util.HashMap<>();

    Browser browser;

    @BeforeAll
    void start() throws Exception {
        Path map = Files.createTempDirectory("demo").resolve("berichten");
        demo.genereer(map, 0.03);
        intake.ontvang(BerichtBronnen.van(map), t -> { });
        accounts.maak("GM0141", "Almelo", "98100001", "Zonnebrug Jeugdhulp")
                .forEach(a -> wachtwoorden.put(a.gebruikersnaam(), a.wachtwoord()));
        wachtwoord = wachtwoorden.get("analist");
        browser = new Browser(poort);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void signingInShowsTheRoleMenuAndSigningOutEndsTheSession() throws Exception {
        Page page = browser.nieuwePagina();
        page.navigate("http://localhost:" + poort + "/");
        assertThat(page.url()).endsWith("/inloggen");
        assertThat(Browser.ernstig(page)).as("axe op de inlogpagina").isEmpty();
        page.fill("#username", "analist");
        page.fill("#password", "fout-wachtwoord");
        page.locator("form button[type=submit]").click();
        assertThat(page.locator("[role=alert]").textContent()).contains("onjuist");
        page.fill("#username", "analist");
        page.fill("#password", wachtwoord);
        page.locator("main form button[type=submit]").click();
        page.waitForURL("http://localhost:" + poort + "/");
        assertThat(page.locator("nav .menu a").allTextContents()).contains("Overzicht", "Berichten");
        com.microsoft.playwright.options.Cookie sessie = page.context().cookies().stream()
                .filter(c -> c.name.equals("JSESSIONID")).findFirst().orElseThrow();
        assertThat(sessie.httpOnly).isTrue();
        assertThat(sessie.secure).isTrue();
        assertThat(sessie.sameSite).isEqualTo(com.microsoft.playwright.options.SameSiteAttribute.STRICT);
        page.locator("form.uitloggen button").click();
        page.waitForURL("**/inloggen?uitgelogd");
        page.navigate("http://localhost:" + poort + "/");
        assertThat(page.url()).endsWith("/inloggen");
    }

    /** The error pages a browser gets (issue 15): Dutch, axe clean, no console errors, no sideways scrolling on a phone. */
    @Test
    void errorPagesAreDutchPagesThatPassAxeOnAPhoneAndADesktop() {
        for (int breedte : new int[] {390, 1366}) {
            for (String[] geval : new String[][] {{"/bestaat-niet", "Niet gevonden"}, {"/inloggen?lang=xx", "Ongeldig verzoek"}}) {
                Page page = browser.nieuwePagina();
                page.setViewportSize(breedte, 800);
                java.util.List<String> console = new java.util.ArrayList<>();
                String adres = "http://localhost:" + poort + geval[0];
                // Chromium reports the page's own 404/400 status as a console error; any other error counts.
                page.onConsoleMessage(m -> {
                    if (m.type().equals("error") && !(m.text().startsWith("Failed to load resource") && m.location().startsWith(adres))) {
                        console.add(m.text() + " @ " + m.location());
                    }
                });
                page.navigate(adres);
                assertThat(page.locator("h1").textContent()).as(geval[0]).isEqualTo(geval[1]);
                assertThat(console).as("console op " + geval[0]).isEmpty();
                assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                        .as("niet breder dan %d px: %s", breedte, geval[0]).isTrue();
                assertThat(Browser.ernstig(page)).as("axe op " + geval[0]).isEmpty();
                page.close();
            }
        }
    }

    @Test
    void theAdministrationAccessLogAndMessagePagesPassAxe() {
        for (String[] pagina : new String[][] {{"beheerder", "/beheer"}, {"privacy", "/toegangslog"}, {"analist", "/berichten"},
                {"gemeente", "/indicatoren"}, {"analist", "/indicatoren/jeugdigen-in-zorg?gemeente=GM0153"},
                {"analist", "/indicatoren/jeugdigen-in-zorg?segment=verblijf"}, {"gemeente", "/signalen?gemeente="},
                {"aanbieder", "/indicatoren?aanbieder=98100001"},
                {"analist", "/indicatoren/instroom?segment=hulpvorm-11&periode=kwartaal"},
                {"gemeente", "/wachttijden"}, {"analist", "/wachttijden/definities"}, {"gemeente", "/definities"},
                {"analist", "/indicatoren/uitgaven?segment=verblijf"}, {"aanbieder", "/wachtenden"}}) {
            Page page = aangemeld(pagina[0]);
            page.navigate("http://localhost:" + poort + pagina[1]);
            assertThat(page.locator("h1").count()).isEqualTo(1);
            assertThat(Browser.ernstig(page)).as("axe op " + pagina[1]).isEmpty();
            page.close();
        }
    }

    @Test
    void theIndicatorPageShowsTheMonthlySeriesAsChartAndTable() throws Exception {
        Page page = aangemeld("analist");
        page.navigate("http://localhost:" + poort + "/indicatoren");
        assertThat(page.locator("table.dashboard tbody tr").count()).isEqualTo(indicatoren.catalogus().size());
        assertThat(page.locator("table.dashboard svg.sparkline").count()).isGreaterThan(20);
        page.locator("#dashboard a").first().click();
        page.locator("#grafiek svg").first().waitFor();
        assertThat(page.locator("#reeks tbody tr").count()).isGreaterThan(60);
        assertThat(page.locator("#per-gemeente tbody tr").count()).isEqualTo(14);
        assertThat(page.locator("#per-aanbieder tbody tr").count()).isGreaterThan(5);

        page.selectOption("#periode", "kwartaal");
        page.locator("form.filters button[type=submit]").click();
        page.waitForURL(u -> u.contains("periode=kwartaal"));
        assertThat(page.locator("#reeks tbody tr").count()).isBetween(20, 30);
        assertThat(page.locator("#reeks tbody th").first().textContent()).matches("\\d{4}-K1");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "indicator.png")).setFullPage(false));
    }

    private Page aangemeld() {
        return aangemeld("analist");
    }

    private Page aangemeld(String gebruiker) {
        return browser.aangemeld(gebruiker, wachtwoorden.get(gebruiker));
    }

    @Test
    void theOverviewShowsAllMunicipalitiesAChartAndPassesAxe() throws Exception {
        Page page = aangemeld();
        assertThat(page.locator("h1").textContent()).contains("Jeugdigen met jeugdhulp").contains("Twente");
        List<String> gemeenten = page.locator("#per-gemeente tbody th").allTextContents().stream().map(String::strip).toList();
        assertThat(gemeenten).hasSize(14).contains("Almelo", "Enschede", "Wierden");
        assertThat(page.locator("#per-gemeente tbody td").allTextContents()).anyMatch(t -> !t.strip().equals("0"));
        page.locator("#grafiek svg").first().waitFor();

        Path map = Path.of("target", "screenshots");
        Files.createDirectories(map);
        page.screenshot(new Page.ScreenshotOptions().setPath(map.resolve("overzicht.png")).setFullPage(true));

        assertThat(Browser.ernstig(page)).as("ernstige of kritieke axe-overtredingen").isEmpty();
    }

    @Test
    void aMunicipalityCanBeChosenAndEnglishIsAvailable() {
        Page page = aangemeld();
        page.selectOption("#gemeente", "GM0153");
        page.selectOption("#jaar", "2023");
        page.locator("form.filters button").click();
        page.waitForURL("**gemeente=GM0153**");
        assertThat(page.locator("h1").textContent()).contains("Enschede");
        page.navigate("http://localhost:" + poort + "/?lang=en");
        assertThat(page.locator("h1").textContent()).contains("Youths with youth help");
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");
    }
}
