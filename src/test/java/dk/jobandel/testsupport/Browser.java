package dk.jobandel.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real Chromium (Debian's {@code chromium} and {@code chromium-driver} packages), headless, pointed at the
 * application under test. Pages are checked with axe-core and photographed into {@code target/screenshots}. One
 * browser serves the journeys one after another ({@link BrowserExtension}); each journey starts with no cookies and
 * no stored data, as a fresh profile would.
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("JOBANDEL_CHROMIUM", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER =
            Path.of(System.getenv().getOrDefault("JOBANDEL_CHROMEDRIVER", "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /**
     * Whether every checked page is photographed (for people to look at), or only a page where a journey failed: under
     * {@code CI=true} nobody looks at the passing pages' pictures, which took about a tenth of a second each. The
     * property {@code jobandel.screenshots=all} keeps them all under CI too.
     */
    private static final boolean EVERY_PAGE =
            !"true".equalsIgnoreCase(System.getenv("CI")) || "all".equals(System.getProperty("jobandel.screenshots"));

    private static final Duration POLL = Duration.ofMillis(50);
    private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");

    private final WebDriver driver;
    private final Path profile;
    private String baseUrl;
    private String name;
    private boolean javascript;
    private int shots;

    private Browser(WebDriver driver, Path profile, String baseUrl, String name, boolean javascript) {
        this.driver = driver;
        this.profile = profile;
        this.baseUrl = baseUrl;
        this.name = name;
        this.javascript = javascript;
    }

    static boolean isInstalled() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    static Browser start(String baseUrl, String name, boolean javascript) {
        try {
            Path profile = Files.createTempDirectory("jobandel-chromium-");
            var options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments(
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--disable-quic",
                    "--no-first-run",
                    "--window-size=1280,1000",
                    "--user-data-dir=" + profile);
            var service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .build();
            WebDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            if (!javascript) {
                allowScripts((ChromeDriver) driver, false);
            }
            return new Browser(driver, profile, baseUrl, name, javascript);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Readies this browser for the next journey as if it were new: no cookies and no data stored for the application,
     * the first window size, and scripts on or off as the journey asks. Starting Chromium again for every journey
     * cost about two seconds each.
     */
    void reuse(String nextBaseUrl, String nextName, boolean nextJavascript) {
        var chrome = (ChromeDriver) driver;
        chrome.get("about:blank");
        chrome.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        chrome.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", baseUrl, "storageTypes", "all"));
        driver.manage().window().setSize(new Dimension(1280, 1000));
        allowScripts(chrome, nextJavascript);
        baseUrl = nextBaseUrl;
        name = nextName;
        javascript = nextJavascript;
        shots = 0;
    }

    public void open(String path) {
        driver.get(baseUrl + path);
    }

    public WebDriver driver() {
        return driver;
    }

    public WebElement find(By by) {
        return driver.findElement(by);
    }

    public List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Kinds of field whose text a person can type or paste in one go ({@link #type}). */
    private static final Set<String> TEXT_FIELDS =
            Set.of("text", "search", "email", "password", "tel", "url", "number", "textarea");

    /**
     * Types into the field labelled by the element with this id, replacing what was there. A text field gets the text
     * as one insertion into the focused field, as the keyboard's input method or a paste gives it (Chromium's
     * {@code Input.insertText}: the page sees the same {@code input} events); WebDriver's key-by-key typing took
     * about 180 ms a field. Other fields (a date, say) are typed key by key.
     */
    public void type(String id, String value) {
        WebElement field = driver.findElement(By.id(id));
        // clearing runs a script in the page (a tenth of a second or more): only a field with something in it needs it
        String shown = field.getDomProperty("value");
        if (shown != null && !shown.isEmpty()) {
            field.clear();
        }
        if (value.isEmpty()) {
            return;
        }
        if (TEXT_FIELDS.contains(String.valueOf(field.getDomProperty("type")))) {
            field.click();
            ((ChromeDriver) driver).executeCdpCommand("Input.insertText", Map.of("text", value));
        } else {
            field.sendKeys(value);
        }
    }

    public void choose(String selectId, String visibleText) {
        new Select(driver.findElement(By.id(selectId))).selectByVisibleText(visibleText);
    }

    public void check(String id) {
        WebElement box = driver.findElement(By.id(id));
        if (!box.isSelected()) {
            box.click();
        }
    }

    /** Clicks the (first) button with this text and waits for the next page. */
    public void press(String buttonText) {
        WebElement button = driver.findElement(By.xpath("//button[normalize-space()='" + buttonText + "']"));
        WebElement html = driver.findElement(By.tagName("html"));
        clickAsAPerson(button);
        waitUntilReplaced(html);
    }

    /** Types into the field and presses Enter in it, as a person does who submits a form from the keyboard, and waits for the next page. */
    public void typeAndEnter(String id, String value) {
        WebElement html = driver.findElement(By.tagName("html"));
        driver.findElement(By.id(id)).sendKeys(value + org.openqa.selenium.Keys.ENTER);
        waitUntilReplaced(html);
    }

    /** Clicks the element (a link or a button found by any means) and waits for the next page. */
    public void click(By by) {
        WebElement html = driver.findElement(By.tagName("html"));
        WebElement target = driver.findElement(by);
        clickAsAPerson(target);
        waitUntilReplaced(html);
    }

    public void follow(String linkText) {
        WebElement html = driver.findElement(By.tagName("html"));
        List<WebElement> shown = driver.findElements(By.linkText(linkText));
        // a link in a closed menu has no visible text, and a header link with a count reads "Gennemgang 4": found by
        // its own text or its first part's
        String literal = linkText.contains("'") ? "\"" + linkText + "\"" : "'" + linkText + "'";
        WebElement link = shown.isEmpty()
                ? driver.findElement(
                        By.xpath("//a[normalize-space()=" + literal + " or normalize-space(*[1])=" + literal + "]"))
                : shown.getFirst();
        clickAsAPerson(link);
        waitUntilReplaced(html);
    }

    /**
     * Opens the closed disclosures ({@code <details>}) around an element that is not shown, outermost first, as a
     * person does who opens the header's menu to reach "Log ud". Works without JavaScript.
     */
    public void reveal(WebElement element) {
        if (!element.isDisplayed()) {
            openAround(element);
        }
    }

    /** {@link #reveal} for an element already known not to be shown (WebDriver refused to click it). */
    private void openAround(WebElement element) {
        // the header's menus are at the top of the page: go there first, as a person scrolls up to the menu
        if (!element.findElements(By.xpath("ancestor::header")).isEmpty()) {
            pointer().scrollToElement(driver.findElement(By.tagName("header"))).perform();
        }
        for (WebElement details : element.findElements(By.xpath("ancestor::details[not(@open)]"))) {
            WebElement summary = details.findElement(By.xpath("./summary"));
            // a wide header shows its closed menu's links, and hides the summary. WebDriver calls everything inside a
            // closed disclosure hidden, also what CSS shows (::details-content), so a summary with a size on the page
            // counts as shown: a person sees it and can open it
            // (the DOM property, not getAttribute: that runs a script in the page)
            if ("true".equals(details.getDomProperty("open"))) {
                continue;
            }
            clickAsSeen(summary);
        }
    }

    /**
     * Clicks the element where it is drawn; when WebDriver will not (it is hidden, or something covers it), opens what
     * hides it first, as a person does. Asking WebDriver whether an element is shown before every click cost about a
     * quarter of a second each time (a script runs in the page), so the click goes first.
     */
    private void clickAsAPerson(WebElement element) {
        try {
            element.click();
        } catch (ElementNotInteractableException notReachable) {
            openAround(element);
            clickAsSeen(element);
        }
    }

    /**
     * Clicks an element as a person does. WebDriver calls everything inside a closed disclosure hidden, also what CSS
     * shows (the wide header's links, through ::details-content), and will not click it; an element with a size on
     * the page is clicked where it is drawn instead (the header is at the top of the page, so the page's and the
     * window's coordinates agree). An element with no size (display: none) is left alone.
     */
    private void clickAsSeen(WebElement element) {
        // a click tried is cheaper than asking whether the element is shown (a script in the page), and WebDriver
        // refuses exactly what it does not call shown
        try {
            element.click();
            return;
        } catch (ElementNotInteractableException notShown) {
            // clicked where it is drawn, below
        }
        var box = element.getRect();
        if (box.getWidth() > 0 && box.getHeight() > 0) {
            pointer()
                    .moveToLocation(box.getX() + box.getWidth() / 2, box.getY() + box.getHeight() / 2)
                    .click()
                    .perform();
        }
    }

    /**
     * Waits until the old page's root element is gone, i.e. the next page has loaded. Chromium reports a
     * node of an unloaded document either as stale or as "not belonging to the document".
     */
    private void waitUntilReplaced(WebElement oldRoot) {
        // looked at every 50 ms rather than WebDriverWait's default 500 ms: most pages are there within a tenth of a
        // second
        new WebDriverWait(driver, Duration.ofSeconds(15)).pollingEvery(POLL).until(d -> {
            try {
                oldRoot.isEnabled();
                return false;
            } catch (StaleElementReferenceException gone) {
                return true;
            } catch (WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        });
    }

    /** Waits until the page shows the text, for pages that update themselves (such as a run's progress). */
    public void waitForText(String expected, Duration atMost) {
        new WebDriverWait(driver, atMost)
                .pollingEvery(POLL)
                .ignoring(StaleElementReferenceException.class)
                .until(d -> text().contains(expected));
    }

    public String path() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    /** The error message shown next to a form field, or empty when there is none. */
    public String errorOf(String field) {
        List<WebElement> errors = driver.findElements(By.id(field + "-error"));
        return errors.isEmpty() ? "" : errors.getFirst().getText();
    }

    /**
     * axe reports only what the check asserts on: the violations. By default it also writes out every node of the
     * passed, inapplicable and undecided rules (a JSON answer of several hundred kilobytes a page); two journeys'
     * 16 checks took 929 instead of 1,206 ms each on average with this, the same violations found.
     */
    private static final AxeRunOptions VIOLATIONS_ONLY = violationsOnly();

    private static AxeRunOptions violationsOnly() {
        var options = new AxeRunOptions();
        options.setResultTypes(List.of("violations"));
        return options;
    }

    /** A screenshot for people to look at, and axe-core's check that nothing serious or critical is wrong. */
    public void checkPage(String label) {
        if (EVERY_PAGE) {
            screenshot(label);
        }
        assertThat(text())
                .as("a text missing from the message files on " + path())
                .doesNotContain("??");
        // axe needs scripts to run: without JavaScript they are allowed just for the check, on the page as the
        // server sent it (the page's own scripts did not run at load and do not run now).
        if (!javascript) {
            allowScripts((ChromeDriver) driver, true);
        }
        Results results;
        try {
            results = new AxeBuilder()
                    .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
                    // axe runs in the page itself: our pages have no frames to combine, and the default mode opens
                    // and switches to a second window for every check, which took about a fifth longer here and
                    // timed out ("switchToWindow failed") on a loaded machine
                    .setLegacyMode(true)
                    .withOptions(VIOLATIONS_ONLY)
                    .analyze(driver);
        } finally {
            if (!javascript) {
                allowScripts((ChromeDriver) driver, false);
            }
        }
        List<Rule> blocking = results.getViolations().stream()
                .filter(rule -> BLOCKING_IMPACTS.contains(rule.getImpact()))
                .toList();
        assertThat(blocking)
                .as(() -> "Accessibility violations on " + path() + ":\n"
                        + blocking.stream()
                                .map(rule -> "- " + rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp()
                                        + " at "
                                        + rule.getNodes().stream()
                                                .map(node -> String.valueOf(node.getTarget()))
                                                .collect(Collectors.joining(", ")))
                                .collect(Collectors.joining("\n")))
                .isEmpty();
    }

    /**
     * Mouse and wheel actions with no travel time: Selenium's default moves the pointer over 250 ms, a quarter of a
     * second spent on every header link and menu that is clicked where it is drawn.
     */
    private org.openqa.selenium.interactions.Actions pointer() {
        return new org.openqa.selenium.interactions.Actions(driver, Duration.ZERO);
    }

    private static void allowScripts(ChromeDriver driver, boolean allowed) {
        driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", !allowed));
    }

    /** The page as it is now, kept whatever the setting: the picture of a page where a journey failed. */
    void failureScreenshot() {
        try {
            screenshot("failed");
        } catch (RuntimeException e) {
            // a browser that cannot take a picture any more has nothing to show
        }
    }

    public void screenshot(String label) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path shot = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE).toPath();
            String file = "%s-%02d-%s.png".formatted(name, ++shots, label.replaceAll("[^A-Za-z0-9-]", "-"));
            Files.copy(shot, SCREENSHOTS.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temporary profile is harmless
        }
    }
}
