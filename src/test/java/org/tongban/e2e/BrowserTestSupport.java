package org.tongban.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.tongban.TestConfig;
import org.tongban.TestDatabase;
import org.tongban.shared.IdNumber;

/**
 * The platform in Debian's Chromium (-Pe2e), for browser tests: the server on a random port, one browser for
 * the class, a fresh context per test, and screenshots at desktop (1366×768) and phone (390×844) widths in
 * target/screenshots/ that also check nothing spills sideways and no message key is missing. Playwright
 * never downloads a browser here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestDatabase.class)
@Import(TestConfig.class)
public abstract class BrowserTestSupport {

    static final Path SHOTS = Paths.get("target/screenshots");
    static final Map<String, int[]> VIEWPORTS = Map.of("desktop", new int[] {1366, 768}, "mobile", new int[] {390, 844});

    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    protected int port;

    protected BrowserContext context;
    protected Page page;

    @BeforeAll
    static void launch() throws Exception {
        Files.createDirectories(SHOTS);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(System.getProperty("tongban.e2e.chromium", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void open() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 768).setLocale("zh-CN"));
        page = context.newPage();
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Screenshots at both widths, and checks that nothing spills sideways and no message key is missing. */
    protected void shoot(String name) {
        assertThat(page.locator("body").innerText()).as(name + " has a missing message").doesNotContain("??");
        for (var viewport : VIEWPORTS.entrySet()) {
            page.setViewportSize(viewport.getValue()[0], viewport.getValue()[1]);
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + "-" + viewport.getKey() + ".png"))
                    .setFullPage(true));
            Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
            assertThat(((Number) overflow).intValue()).as(name + " overflows at " + viewport.getKey()).isLessThanOrEqualTo(0);
        }
        page.setViewportSize(1366, 768);
    }


    /** A valid ID number for a person a test registers. */
    protected static String idNumber() {
        int n = (int) (System.nanoTime() % 1_000_000);
        String first17 = "3713021975" + String.format("%02d", 1 + n % 12) + String.format("%02d", 1 + n / 12 % 28)
                + String.format("%03d", n % 1000);
        return first17 + IdNumber.checkCharacter(first17);
    }

    protected static String mobile() {
        return "139" + String.format("%08d", System.nanoTime() % 100_000_000L);
    }

    /** Signs in through the form with a username (or mobile / ID number) and password. */
    protected void signIn(String login, String password) {
        page.navigate(url("/login"));
        page.locator("#username").fill(login);
        page.locator("#password").fill(password);
        page.locator("form[action='/login'] button[type=submit]").click();
        page.waitForLoadState();
    }

    protected void signOut() {
        page.locator("form[action='/logout'] button[type=submit]").click();
        page.waitForLoadState();
    }
}
