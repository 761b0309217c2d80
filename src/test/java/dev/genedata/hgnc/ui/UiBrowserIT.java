package dev.genedata.hgnc.ui;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

import dev.genedata.hgnc.support.LoadedSample;
import dev.genedata.hgnc.support.RedisTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;

/**
 * The web interface in a real browser (headless Chromium) against the packaged application, run as its own
 * process, with the 503-record sample loaded: from a search to a gene page, the list checker's round trip, a job
 * submitted through its form reaching its chart (live over server-sent events), and a bad parameter shown beside
 * its field. Each page's screenshot goes to docs/images/ for the README's tour.
 */
@QuarkusIntegrationTest
@WithTestResource(RedisTestResource.class)
class UiBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private static ChromeDriver browser;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void loadSample() {
        LoadedSample.load();
    }

    @Test
    void aSearchLeadsToAGenePage() {
        open("/");
        assertThat(browser.getTitle()).isEqualTo("Home · HGNC gene-data service");
        assertThat(browser.findElement(By.cssSelector("[data-testid=records]")).getText()).isEqualTo("503");
        Browser.screenshot(browser, "home");

        browser.findElement(By.id("q")).sendKeys("glycoprotein", Keys.ENTER);
        await().atMost(WAIT).until(() -> browser.getTitle().startsWith("Search: glycoprotein"));
        assertThat(browser.getCurrentUrl()).endsWith("/ui/search?q=glycoprotein");
        List<String> symbols = browser.findElements(By.cssSelector("ol.hits li strong")).stream()
                .map(WebElement::getText).toList();
        assertThat(symbols).contains("A1BG", "PSG10P");
        Browser.screenshot(browser, "search");

        browser.findElement(By.linkText("A1BG")).click();
        await().atMost(WAIT).until(() -> browser.getTitle().startsWith("A1BG"));
        assertThat(browser.getCurrentUrl()).endsWith("/ui/genes/HGNC:5");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("A1BG alpha-1-B glycoprotein");
        assertThat(browser.findElement(By.linkText("P04217")).getAttribute("href"))
                .isEqualTo("https://www.uniprot.org/uniprotkb/P04217");
        Browser.screenshot(browser, "gene");
    }

    @Test
    void theListCheckerRoundTrip() {
        open("/ui/resolve");
        browser.findElement(By.id("symbols")).sendKeys("A1BG\nPXE\nNOSUCHGENE");
        browser.findElement(By.cssSelector("button[value=html]")).click();
        await().atMost(WAIT).until(() -> !browser.findElements(By.cssSelector("table.resolutions")).isEmpty());
        assertThat(browser.findElement(By.id("checked")).getText())
                .isEqualTo("3 inputs: 2 resolved, 0 ambiguous, 1 unmatched");
        assertThat(browser.findElement(By.cssSelector("tr.unmatched th")).getText()).isEqualTo("NOSUCHGENE");
        assertThat(browser.findElement(By.id("symbols")).getAttribute("value")).isEqualTo("A1BG\nPXE\nNOSUCHGENE");
        browser.executeScript("arguments[0].scrollIntoView()", browser.findElement(By.cssSelector(".buttons")));
        Browser.screenshot(browser, "resolve");

        browser.findElement(By.linkText("ABCC6")).click();
        await().atMost(WAIT).until(() -> browser.getCurrentUrl().endsWith("/ui/genes/HGNC:57"));
    }

    @Test
    void aJobSubmittedThroughTheFormReachesItsChart() {
        open("/ui/jobs");
        WebElement form = browser.findElement(By.cssSelector("form:has(input[value=counts])"));
        new Select(form.findElement(By.id("counts-group_by"))).selectByVisibleText("chromosome");
        new Select(form.findElement(By.id("counts-locus_group"))).selectByVisibleText("protein-coding gene");
        Browser.screenshot(browser, "jobs");
        form.findElement(By.cssSelector("button[type=submit]")).click();

        await().atMost(WAIT).until(() -> browser.getCurrentUrl().matches(".*/ui/jobs/[0-9a-f-]{36}$"));
        WebElement chart = await().atMost(WAIT).until(() -> browser.findElements(By.cssSelector("img.chart")),
                found -> !found.isEmpty()).get(0);
        await().atMost(WAIT).until(() -> (Boolean) browser.executeScript(
                "return arguments[0].complete && arguments[0].naturalWidth > 0", chart));
        assertThat(((Number) browser.executeScript("return arguments[0].naturalWidth", chart)).intValue()).isEqualTo(1200);
        assertThat(browser.findElement(By.cssSelector("[data-status]")).getText()).isEqualTo("finished");
        assertThat(browser.findElement(By.cssSelector("#result h2")).getText())
                .isEqualTo("Genes per chromosome (220 matched genes)");
        assertThat(browser.findElements(By.cssSelector("table.result tbody tr"))).hasSize(26);
        assertThat(browser.findElement(By.partialLinkText("Download the table")).getAttribute("href")).endsWith("/result.csv");
        Browser.screenshot(browser, "job");
    }

    @Test
    void aBadParameterIsShownBesideItsField() {
        open("/ui/jobs");
        WebElement form = browser.findElement(By.cssSelector("form:has(input[value=counts])"));
        new Select(form.findElement(By.id("counts-group_by"))).selectByVisibleText("gene_group");
        form.findElement(By.id("counts-top")).sendKeys("500");
        form.findElement(By.cssSelector("button[type=submit]")).click();

        WebElement error = await().atMost(WAIT).until(() -> browser.findElements(By.id("counts-top-error")),
                found -> !found.isEmpty()).get(0);
        assertThat(error.getText()).isEqualTo("top must be an integer from 1 to 100; got 500");
        WebElement field = browser.findElement(By.id("counts-top"));
        assertThat(field.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(field.getAttribute("value")).isEqualTo("500");
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", field);
        Browser.screenshot(browser, "job-error");
    }

    @Test
    void theDataPageShowsWhatIsLoaded() {
        open("/ui/data");
        assertThat(browser.getTitle()).isEqualTo("Data · HGNC gene-data service");
        assertThat(browser.findElement(By.cssSelector("[data-testid=records]")).getText()).isEqualTo("503");
        Browser.screenshot(browser, "data");
    }

    @Test
    void everyPageFitsAPhoneAndTheSearchWorksFromTheKeyboard() {
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            for (String path : List.of("/", "/ui/search?q=glycoprotein", "/ui/genes/HGNC:5", "/ui/resolve", "/ui/jobs",
                    "/ui/data")) {
                open(path);
                Number sideways = (Number) browser.executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                assertThat(sideways.intValue()).as("%s scrolls sideways on a phone by %s px", path, sideways)
                        .isLessThanOrEqualTo(0);
            }
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }

        open("/");
        for (int tab = 0; tab < 12 && !"q".equals(browser.switchTo().activeElement().getAttribute("id")); tab++) {
            browser.switchTo().activeElement().sendKeys(Keys.TAB);
        }
        WebElement focused = browser.switchTo().activeElement();
        assertThat(focused.getAttribute("id")).as("the search box is reached with Tab").isEqualTo("q");
        focused.sendKeys("A1BG", Keys.ENTER);
        await().atMost(WAIT).until(() -> browser.getTitle().startsWith("Search: A1BG"));
        assertThat(browser.findElements(By.cssSelector("ol.hits li strong")).get(0).getText()).isEqualTo("A1BG");
    }

    private static void open(String path) {
        browser.get("http://localhost:" + RestAssured.port + path);
    }
}
