package nl.jeugdregie.placement;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.jeugdregie.access.DemoAccounts;
import nl.jeugdregie.capacity.Melding;
import nl.jeugdregie.capacity.Plaatsen;
import nl.jeugdregie.support.Browser;
import nl.jeugdregie.support.JeugdregieTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A regisseur in the browser: creates a request, answers the route map, sees the places ranked
 * with their reasons and reserves one; the provider accepts. Every page passes axe-core.
 */
@JeugdregieTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "jeugdregie.test=plaatsing-browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlaatsingBrowserTest {

    @LocalServerPort
    int poort;
    @Autowired
    DemoAccounts accounts;
    @Autowired
    Plaatsen plaatsen;

    Browser browser;
    Map<String, String> wachtwoorden = new HashMap<>();

    @BeforeAll
    void start() {
        accounts.maak("GM0141", "Almelo", "98100003", "Veldkei Gezinshuizen")
                .forEach(a -> wachtwoorden.put(a.gebruikersnaam(), a.wachtwoord()));
        LocalDateTime nu = LocalDateTime.now();
        plaatsen.meld("98100003-44A02", new Melding(4, 0, null, List.of()), "planner", nu);
        plaatsen.meld("98100015-44A02-3", new Melding(5, 0, null, List.of()), "planner", nu);
        plaatsen.meld("98100013-43A01", new Melding(20, 0, null, List.of()), "planner", nu);
        browser = new Browser(poort);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aRegisseurCreatesARequestAnswersTheGatesSeesRankedPlacesAndReserves() throws Exception {
        Page page = browser.aangemeld("regisseur", wachtwoorden.get("regisseur"));
        page.navigate(browser.basis() + "/plaatsingen/nieuw");
        assertThat(Browser.ernstig(page)).as("axe op het nieuwe verzoek").isEmpty();
        page.fill("#bsn", "999990056");
        page.fill("#initialen", "J.K.");
        page.fill("#geboortedatum", "2013-06-01");
        page.selectOption("#geslacht", "m");
        page.selectOption("#gemeente", "GM0141");
        page.fill("#postcode", "7604");
        page.selectOption("#zorgvorm0", "gezinshuis");
        page.selectOption("#zorgvorm1", "open-residentieel");
        page.selectOption("#urgentie", "twee-weken");
        page.locator("#indienen").click();
        page.waitForURL(u -> u.matches(".*/plaatsingen/\\d+$"));
        assertThat(page.locator("#poorten-stand").textContent()).contains("Nog niet alle vragen");
        assertThat(page.locator("#kandidaten").count()).isZero();

        page.fill("#ambulant", "Ambulante gezinsbehandeling, een half jaar; onvoldoende");
        page.fill("#analyse", "Verklarende analyse van 2 november");
        page.fill("#school", "De school in Almelo blijft bereikbaar");
        page.locator("#poorten-opslaan").click();
        page.locator("#kandidaten").waitFor();
        List<String> namen = page.locator("#kandidaten tbody tr td:nth-child(2) span:first-child").allTextContents();
        List<String> vormen = page.locator("#kandidaten tbody tr td:nth-child(2) span:nth-of-type(2)").allTextContents();
        assertThat(namen).hasSizeGreaterThanOrEqualTo(3);
        assertThat(namen.getFirst()).as("the family home in Almelo first").isEqualTo("Veldkei Gezinshuizen locatie Almelo");
        assertThat(vormen.getLast()).as("residential after every family home").startsWith("Open residentieel");
        assertThat(namen).as("the LVB group does not take this youth").noneMatch(n -> n.contains("Reggedal"));
        assertThat(page.locator("#kandidaten tbody tr").first().locator("ul.redenen li").allTextContents())
                .anyMatch(t -> t.contains("Gezinsgericht")).anyMatch(t -> t.contains("km van huis"));
        assertThat(Browser.ernstig(page)).as("axe op het verzoek met kandidaten").isEmpty();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "plaatsing.png")).setFullPage(true));

        page.locator("#reserveer-98100003-44A02").click();
        page.locator("#gedaan").waitFor();
        assertThat(page.locator("#gedaan").textContent()).contains("gereserveerd");
        assertThat(page.locator("#reserveringen tbody tr").count()).isOne();
        assertThat(plaatsen.van("98100003-44A02").orElseThrow().gereserveerd()).isOne();

        Page planner = browser.aangemeld("aanbieder", wachtwoorden.get("aanbieder"));
        planner.navigate(browser.basis() + "/plaatsingen");
        assertThat(planner.locator("#te-beantwoorden tbody tr").count()).isOne();
        assertThat(Browser.ernstig(planner)).as("axe op de reserveringen van de aanbieder").isEmpty();
        planner.locator("#te-beantwoorden button.utrecht-button--primary-action").click();
        planner.locator("#gedaan").waitFor();
        assertThat(planner.locator("#gedaan").textContent()).contains("geaccepteerd");
    }

    @Test
    void theAvailabilityGuideAndTheResponseMonitorPassAxe() {
        for (String[] pagina : new String[][] {{"regisseur", "/plaatsen"}, {"aanbieder", "/plaatsen/locaties/98100003-44A02"},
                {"analist", "/plaatsingen/reacties"}, {"gemeente", "/plaatsingen"}, {"analist", "/plaatsen/prognose"}}) {
            Page page = browser.aangemeld(pagina[0], wachtwoorden.get(pagina[0]));
            page.navigate(browser.basis() + pagina[1]);
            assertThat(page.locator("h1").count()).isEqualTo(1);
            assertThat(Browser.ernstig(page)).as("axe op " + pagina[1]).isEmpty();
            page.close();
        }
        Page page = browser.aangemeld("regisseur", wachtwoorden.get("regisseur"));
        page.navigate(browser.basis() + "/plaatsen");
        page.locator("#kaart svg").first().waitFor();
        assertThat(page.locator("#per-gemeente tbody tr").count()).isEqualTo(14);
    }
}
