package nl.jeugdregie.support;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;

/** Debian's headless Chromium through Playwright, signed in as a demo account, with axe-core at hand. */
public final class Browser implements AutoCloseable {

    public static final List<String> CHROMIUM_FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;
    private final String basis;

    public Browser(int poort) {
        basis = "http://localhost:" + poort;
        playwright = Playwright.create();
        chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of("/usr/bin/chromium")).setHeadless(true).setArgs(CHROMIUM_FLAGS));
    }

    public String basis() {
        return basis;
    }

    public Page nieuwePagina() {
        return chromium.newPage();
    }

    /** A new page, signed in through the sign-in form and landed on the start page. */
    public Page aangemeld(String gebruiker, String wachtwoord) {
        Page page = chromium.newPage();
        page.navigate(basis + "/inloggen");
        page.fill("#username", gebruiker);
        page.fill("#password", wachtwoord);
        page.locator("main form button[type=submit]").click();
        page.waitForURL(basis + "/");
        return page;
    }

    /** The serious and critical WCAG 2.1 A/AA violations axe-core finds on the page. */
    public static List<String> ernstig(Page page) {
        return new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze().getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(Rule::getId).toList();
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }
}
