package org.llmatlas.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web view in a real browser: Debian's chromium and chromedriver, headless, against the real
 * server (Fuseki + Javalin on one port) over the real notes. Skipped when the browser is not
 * installed, unless {@code ATLAS_REQUIRE_BROWSER=1} (CI), where that is a failure. Screenshots go to
 * {@code target/screenshots/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserIT {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target/screenshots");
    private static final String GQA = "/concept/gqa";

    private static AtlasServer server;
    private static ChromeDriver driver;
    private static Path profile;
    private static String base;

    @BeforeAll
    static void start() throws IOException {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present) {
            String why = "browser tests need " + CHROMIUM + " and " + CHROMEDRIVER + " (apt-get install chromium chromium-driver)";
            if ("1".equals(System.getenv("ATLAS_REQUIRE_BROWSER"))) {
                fail(why + "; ATLAS_REQUIRE_BROWSER=1 makes their absence a failure");
            }
            Assumptions.abort(why + "; skipped");
        }
        Atlas atlas = TestAtlas.real();
        server = AtlasServer.start(atlas, AtlasApp.create(atlas), 0);
        base = "http://localhost:" + server.port();
        profile = Files.createTempDirectory("atlas-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1280,800", "--hide-scrollbars", "--lang=ko-KR");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static WebDriverWait await() {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    private static void shot(String name) throws IOException {
        Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    /** The page's viewport (not the window) at exactly this size; a phone is emulated below 600 px. */
    private static void viewport(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static void graphReady() {
        await().until(d -> "ready".equals(d.findElement(By.id("graph")).getAttribute("data-status")));
    }

    @Test
    @Order(1)
    void searchLeadsToTheConceptWhoseGraphShowsItsNeighboursAndClickingOneOpensItsPage() throws IOException {
        viewport(1280, 800);
        driver.get(base + "/");
        WebElement box = driver.findElement(By.cssSelector(".home-hero input[name=q]"));
        box.sendKeys("그룹 쿼리");
        WebElement first = await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".home-hero .ac li a")));
        assertThat(first.getAttribute("href")).endsWith(GQA);
        shot("home-autocomplete-1280");
        first.click();
        await().until(ExpectedConditions.urlContains(GQA));
        graphReady();
        long nodes = ((Number) js("return window.atlasGraph.nodes().length")).longValue();
        assertThat(nodes).isGreaterThan(1);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("GQA");
        shot("concept-1280");
        js("document.querySelector('.graph-card').scrollIntoView({block:'start'}); window.scrollBy(0, -72)");
        shot("concept-graph-1280");

        // click a neighbour on the canvas: its page opens
        @SuppressWarnings("unchecked")
        List<Object> target = (List<Object>) js("""
                var cy = window.atlasGraph;
                var n = cy.nodes().filter(function (x) { return !x.data('focus') && x.id().indexOf('/concept/') > 0; })[0];
                var p = n.renderedPosition();
                return [n.id(), p.x, p.y, cy.width(), cy.height()];""");
        String id = (String) target.get(0);
        WebElement graph = driver.findElement(By.id("graph"));
        int dx = (int) Math.round(((Number) target.get(1)).doubleValue() - ((Number) target.get(3)).doubleValue() / 2);
        int dy = (int) Math.round(((Number) target.get(2)).doubleValue() - ((Number) target.get(4)).doubleValue() / 2);
        new Actions(driver).moveToElement(graph, dx, dy).click().perform();
        String slug = id.substring(id.lastIndexOf('/') + 1);
        await().until(d -> d.getCurrentUrl().endsWith("/concept/" + slug) || d.getCurrentUrl().contains("/concept/" + slug));
        assertThat(driver.getCurrentUrl()).doesNotContain(GQA);
        graphReady();
        shot("neighbour-1280");
    }

    @Test
    @Order(2)
    void askBoxRoundTripShowsAnswersWithEvidence() throws IOException {
        viewport(1280, 800);
        driver.get(base + "/");
        WebElement ask = driver.findElement(By.cssSelector(".home-hero form.ask input[name=q]"));
        ask.sendKeys("which models use GQA", Keys.ENTER);
        await().until(ExpectedConditions.urlContains("/ask?q="));
        assertThat(driver.findElement(By.cssSelector(".interp")).getText()).contains("Understood as");
        assertThat(driver.findElements(By.cssSelector(".answers > li"))).hasSizeGreaterThan(1);
        assertThat(driver.findElements(By.cssSelector(".answers a.src"))).isNotEmpty();
        shot("ask-1280");
    }

    @Test
    @Order(3)
    void sparqlPageRunsANamedQueryThroughTheEndpoint() throws IOException {
        viewport(1280, 800);
        driver.get(base + "/sparql-ui");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("sparql-named"))).selectByValue("model-families");
        assertThat(driver.findElement(By.id("sparql-query")).getAttribute("value")).contains("ModelFamily");
        driver.findElement(By.id("sparql-run")).click();
        await().until(d -> "js".equals(d.findElement(By.id("sparql-results")).getAttribute("data-ran")));
        assertThat(driver.findElements(By.cssSelector("#sparql-results tbody tr"))).isNotEmpty();
        js("window.scrollTo(0, document.getElementById('sparql-run').getBoundingClientRect().top + window.scrollY - 80)");
        shot("sparql-1280");
    }

    @Test
    @Order(4)
    void evidenceLinkLandsOnTheHighlightedSourceLine() throws IOException {
        viewport(1280, 800);
        driver.get(base + GQA);
        WebElement src = driver.findElement(By.cssSelector(".definition a.src"));
        String href = src.getAttribute("href");
        src.click();
        await().until(ExpectedConditions.urlContains("/source/"));
        String line = href.substring(href.indexOf("#L") + 1);
        String bg = driver.findElement(By.id(line)).getCssValue("background-color");
        assertThat(bg).isNotIn("rgba(0, 0, 0, 0)", "transparent");
        shot("source-1280");
    }

    @Test
    @Order(5)
    void conceptPageReadsWellOnAPhone() throws IOException {
        viewport(390, 844);
        driver.get(base + GQA);
        graphReady();
        long overflow = ((Number) js("return document.documentElement.scrollWidth - document.documentElement.clientWidth")).longValue();
        assertThat(overflow).isLessThanOrEqualTo(0);
        shot("concept-390");
        driver.get(base + "/");
        shot("home-390");
    }
}
