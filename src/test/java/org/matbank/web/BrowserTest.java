package org.matbank.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.matbank.HttpApiTest;
import org.matbank.access.DatasetPeople;
import org.matbank.ingest.DemoLoader;
import org.matbank.search.SearchService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Base of the browser tests: Debian's chromium driven by Playwright against the test server
 * (real HTTP, the embedded PostgreSQL, the demo data loaded once). Playwright never downloads a
 * browser here; {@code MATBANK_CHROMIUM} may name another chromium than /usr/bin/chromium. A test
 * fails on any script error or failed request the page reports, as a user would see a broken page.
 */
public abstract class BrowserTest extends HttpApiTest {

    /** Where screenshots go, for a reviewer to look at. */
    static final Path SHOTS = Paths.get("target", "screenshots");

    private static Playwright playwright;
    private static Browser browser;
    private static boolean demoLoaded;

    @Autowired
    private DemoLoader demo;

    @Autowired
    private SearchService search;

    protected BrowserContext context;
    protected Page page;
    private final List<String> pageErrors = new ArrayList<>();

    private static synchronized Browser browser() {
        if (browser == null) {
            playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            String chromium = System.getenv().getOrDefault("MATBANK_CHROMIUM", "/usr/bin/chromium");
            if (!java.nio.file.Files.isExecutable(Paths.get(chromium))) {
                throw new IllegalStateException("the browser tests need Debian's chromium at " + chromium
                        + " and the Korean fonts: sudo apt-get install chromium fonts-nanum (.ci/run installs both)");
            }
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(Paths.get(chromium))
                    .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync")));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                browser.close();
                playwright.close();
            }));
        }
        return browser;
    }

    @BeforeEach
    void openBrowser() {
        synchronized (BrowserTest.class) {
            if (!demoLoaded) {
                demo.loadIfAbsent();
                demoLoaded = true;
            }
        }
        search.awaitIndexed();
        context = browser().newContext(new Browser.NewContextOptions().setLocale(locale()).setViewportSize(1280, 900));
        page = context.newPage();
        page.setDefaultTimeout(20_000);
        // a check as you type runs the whole validation on a loaded 2-core CI machine: wait as long for it
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        page.onPageError(error -> pageErrors.add("script error: " + error));
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                pageErrors.add("console error: " + message.text());
            }
        });
    }

    @AfterEach
    void closeBrowser() {
        context.close();
        assertThat(pageErrors).as("errors the pages reported").isEmpty();
    }

    /** The browser's language; the pages follow it until the user switches. */
    protected String locale() {
        return "en-US";
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Signs a person of {@link DatasetPeople} in through the sign-in page, as they would. */
    protected void signIn(DatasetPeople.Person person) {
        page.navigate(url("/login"));
        page.locator("#username").fill(person.login());
        page.locator("#password").fill(DatasetPeople.PASSWORD);
        page.locator("form.stack button[type=submit]").click();
        page.waitForURL(url("/"));
        PlaywrightAssertions.assertThat(page.locator(".who")).hasText(person.login());
    }

    /** The visible part of the page (1280 x 900), as a reviewer first sees it. */
    protected void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")));
    }
}
