package org.taplatform.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real, headless Chromium driven through Selenium, as a person uses the web console: Debian's {@code chromium} and
 * {@code chromium-driver} (./platform test installs them), no driver downloaded at test time. Each instance is one
 * person's browser with its own cookies (its own profile), so a sign-in never leaks into another test.
 * <p>
 * Every page a test opens can be scanned by axe-core ({@link #assertAccessible}) and photographed
 * ({@link #screenshot}); with {@code -Dta.screenshots.update=true} the photographs replace those docs/web-console.md
 * shows.
 */
final class ConsoleBrowser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Path DOCS_SCREENSHOTS = Path.of("..", "docs", "images", "web-console");
    /** What axe-core checks: WCAG 2.0, 2.1 and 2.2, levels A and AA. */
    private static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private final ChromeDriver driver;
    private String loginPage;

    /** A desktop browser (1280 px wide). */
    ConsoleBrowser() {
        this(1280, 900);
    }

    /** A browser of this window size (a phone: 390 x 844). */
    ConsoleBrowser(int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary("chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=" + width + "," + height, "--lang=en-GB", "--force-device-scale-factor=1",
                "--hide-scrollbars");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(binary("chromedriver", "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(30));
    }

    private static String binary(String name, String debian) {
        if (Files.isExecutable(Path.of(debian))) {
            return debian;
        }
        throw new IllegalStateException(name + " is not installed (" + debian + "): ./platform test installs Debian's "
                + "chromium and chromium-driver packages when it runs as root; otherwise: sudo apt-get install chromium "
                + "chromium-driver");
    }

    /** Opens a page of the console (a path such as {@code /needs?lang=ar}). */
    ConsoleBrowser open(String path) {
        driver.get(Platform.CONSOLE + path);
        return this;
    }

    /**
     * Opens a page that needs a signed-in user: the console sends the browser to Keycloak's own login page, where the
     * user types their name and password, and Keycloak sends it back to the page asked for.
     */
    ConsoleBrowser signIn(String path, String user) {
        open(path);
        return signInOnKeycloak(user);
    }

    /** Types the user's name and password on Keycloak's login page, where the browser is now, and waits to be back. */
    ConsoleBrowser signInOnKeycloak(String user) {
        loginPage = driver.getCurrentUrl();
        assertThat(loginPage).as("Keycloak's login page").startsWith(Platform.KEYCLOAK);
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(user);
        driver.findElement(By.id("kc-login")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> d.getCurrentUrl().startsWith(Platform.CONSOLE));
        return this;
    }

    /**
     * Ends the console's session in this browser as time does (its session cookies gone), leaving Keycloak's own
     * session as it is; the browser must be on a console page.
     */
    ConsoleBrowser endConsoleSession() {
        driver.manage().getCookies().stream().filter(cookie -> cookie.getName().startsWith("q_session"))
                .forEach(cookie -> driver.manage().deleteCookieNamed(cookie.getName()));
        assertThat(driver.manage().getCookies()).noneMatch(cookie -> cookie.getName().startsWith("q_session"));
        return this;
    }

    /** The address of Keycloak's login page the last sign-in went through (the authorization request). */
    String loginPage() {
        return loginPage;
    }

    ChromeDriver driver() {
        return driver;
    }

    String url() {
        return driver.getCurrentUrl();
    }

    String title() {
        return driver.getTitle();
    }

    String source() {
        return driver.getPageSource();
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** The visible text of the element (the whole page for "body"). */
    String text(String css) {
        return find(css).getText();
    }

    ConsoleBrowser click(String css) {
        find(css).click();
        return this;
    }

    ConsoleBrowser type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Sets a field's value as a picker would (a date input's typed form depends on the browser's locale). */
    ConsoleBrowser set(String css, String value) {
        driver.executeScript("arguments[0].value = arguments[1];", find(css), value);
        return this;
    }

    ConsoleBrowser choose(String css, String value) {
        new Select(find(css)).selectByValue(value);
        return this;
    }

    /** Waits (bounded) until the page shows the element; when it does not, says what the page showed instead. */
    WebElement await(String css) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(30))
                    .until(d -> d.findElements(By.cssSelector(css)).stream().filter(WebElement::isDisplayed)
                            .findFirst().orElse(null));
        } catch (org.openqa.selenium.TimeoutException e) {
            String main = driver.findElements(By.tagName("main")).stream().map(WebElement::getText).findFirst()
                    .orElse(driver.getPageSource());
            throw new AssertionError("no " + css + " on " + url() + " within 30 s; the page showed: "
                    + main.substring(0, Math.min(main.length(), 2000)), e);
        }
    }

    Object script(String script, Object... arguments) {
        return driver.executeScript(script, arguments);
    }

    /**
     * Runs axe-core on the page as it is now and fails on any serious or critical violation of WCAG 2.2 A or AA,
     * naming the rule and the elements; lesser findings are printed.
     */
    ConsoleBrowser assertAccessible() {
        driver.executeScript(Axe.source());
        Object found = driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                    .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact || 'minor', help: v.help,
                        nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ': ' + n.failureSummary)}))))
                    .catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]));
                """, WCAG_AA);
        List<String> serious = new ArrayList<>();
        for (Object item : (List<?>) found) {
            Map<?, ?> violation = (Map<?, ?>) item;
            String line = "%s (%s): %s %s".formatted(violation.get("id"), violation.get("impact"), violation.get("help"),
                    violation.get("nodes"));
            if ("serious".equals(violation.get("impact")) || "critical".equals(violation.get("impact"))) {
                serious.add(line);
            } else {
                System.out.println("axe-core, " + url() + ": " + line);
            }
        }
        assertThat(serious).as("axe-core's serious and critical violations of WCAG 2.2 AA on " + url()).isEmpty();
        return this;
    }

    /**
     * Saves a photograph of the whole page as target/screenshots/NAME.png (and in docs/images/web-console when the
     * build runs with -Dta.screenshots.update=true).
     */
    ConsoleBrowser screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            if (Boolean.getBoolean("ta.screenshots.update")) {
                Files.createDirectories(DOCS_SCREENSHOTS);
                Files.copy(file, DOCS_SCREENSHOTS.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return this;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
