package nl.botoc.monitor.e2e;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static nl.botoc.monitor.e2e.RunningSystem.asMinistry;
import static nl.botoc.monitor.e2e.RunningSystem.asMunicipality;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The dashboards in a real browser (Debian's headless Chromium) on the whole running system, with the BOTOC-2022
 * reference timeline loaded through registry: a person logs in through the local login as the ministry, sees the
 * national page on a peildatum, screenshots for the README, and a municipality page that changes in place, without a
 * reload, when an event is posted to registry; a person of one municipality sees its own page and not another's.
 */
@ExtendWith(RunningSystem.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserIT {

    private static final Path TIMELINE = RunningSystem.ROOT.resolve("deploy/reference-data/botoc-2022.json");
    private static final int EVENTS_IN_TIMELINE = 131;
    private static final Path ARTEFACTS = RunningSystem.ROOT.resolve("deploy/target/screenshots");
    private static final Path DOCS = RunningSystem.ROOT.resolve("docs/screenshots");
    private static final String AMSTERDAM = "GM0363";
    private static final String ARNHEM = "GM0202";
    private static final String TOKEN_COOKIE = "botoc_token";
    private static final int PHONE = 390;
    /** The elements that reach beyond the page's width, outside a region that scrolls sideways by design. */
    private static final String WIDER_THAN_THE_PAGE = "const width = document.documentElement.clientWidth;"
            + "return Array.from(document.querySelectorAll('body *'))"
            + ".filter(e => !e.closest('.table-scroll') && e.getBoundingClientRect().right > width + 1)"
            + ".map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)"
            + " + '>' + width);";

    private static Browser browser;

    @BeforeAll
    static void loadTheTimelineAndOpenABrowser() throws Exception {
        RunningSystem.referenceDataLoader().load(TIMELINE);
        // Both the scans (the current figures) and reporting's own event history (the peildatum) must be complete.
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).until(() ->
                overview("").getLong("logPosition") == EVENTS_IN_TIMELINE
                        && overview("?peildatum=2100-01-01").getLong("logPosition") == EVENTS_IN_TIMELINE);
        browser = Browser.start();
        logIn("ministry", null);
    }

    @AfterAll
    static void closeTheBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @Order(1)
    void onTheLastDayOfQ3In2020AllSixtyTwoArePlannedAndNoneStarted() {
        JsonPath then = overview("?peildatum=2020-09-30");
        assertThat(then.getMap("originalPlan")).containsEntry("interventions", 62).containsEntry("planned", 62)
                .containsEntry("inPractice", 0).containsEntry("notCarriedOut", 0);
        assertThat(then.getMap("portfolio")).containsEntry("interventions", 62).containsEntry("added", 0);
        assertThat(then.getLong("logPosition")).isEqualTo(62);

        open("/?peildatum=2020-09-30");
        assertThat(figure("planned")).isEqualTo(List.of("62", "62"));
        assertThat(figure("inPractice")).isEqualTo(List.of("0", "0"));
        assertThat(browser.driver().findElement(By.cssSelector(".banner-past")).getText())
                .contains("30 september 2020");
        assertThat(browser.driver().findElement(By.cssSelector("[data-log-position]")).getAttribute(
                "data-log-position")).isEqualTo("62");
    }

    @Test
    @Order(2)
    void todayTheOriginalPlanReadsAsTheReport() throws Exception {
        open("/");
        assertThat(figure("inPractice")).isEqualTo(List.of("53", "55"));
        assertThat(figure("notCarriedOut")).isEqualTo(List.of("9", "9"));
        assertThat(browser.driver().findElement(By.cssSelector("html")).getAttribute("lang")).isEqualTo("nl");
        browser.screenshot(ARTEFACTS.resolve("landelijk-overzicht.png"), DOCS.resolve("landelijk-overzicht.png"));

        open("/gemeenten/" + AMSTERDAM);
        assertThat(browser.driver().findElements(By.cssSelector("table.matrix thead th[data-intervention]")))
                .hasSize(8);
        assertThat(browser.driver().findElements(By.cssSelector("table.matrix [data-mark]"))).hasSizeGreaterThan(8);
        browser.screenshot(ARTEFACTS.resolve("gemeente-GM0363.png"), DOCS.resolve("gemeente-GM0363.png"));
        // On a phone the matrix scrolls sideways inside its region instead of widening the page.
        browser.screenshot(PHONE, ARTEFACTS.resolve("gemeente-GM0363-telefoon.png"));
        browser.resize(PHONE);
        assertThat(browser.script(WIDER_THAN_THE_PAGE)).asList().isEmpty();

        open("/dekking");
        assertThat(browser.driver().findElement(By.cssSelector("tr[data-factor='drugsgebruik']")).getAttribute("class"))
                .isEqualTo("gap-row");
        browser.screenshot(ARTEFACTS.resolve("dekking.png"));
    }

    @Test
    @Order(3)
    void aMunicipalityPageChangesInPlaceWhenAnEventIsPosted() throws Exception {
        open("/gemeenten/" + AMSTERDAM);
        awaitLive();
        browser.script("window.__notReloaded = 'marker'; window.scrollTo(0, 400);");
        assertThat(statusOf("AMS2")).isEqualTo("in de praktijk");

        Map<String, Object> ams2 = RunningSystem.registryIntervention(AMSTERDAM, "AMS2");
        long posted = System.nanoTime();
        asMunicipality(AMSTERDAM).contentType(ContentType.JSON)
                .header("If-Match", "\"" + ams2.get("version") + "\"")
                .body(Map.of("type", "completed", "occurred", Map.of("date", "2022-03-01", "precision", "month"),
                        "note", "Afgerond volgens plan."))
                .post(RunningSystem.registry() + "/api/v1/interventions/{id}/events", ams2.get("id"))
                .then().statusCode(201);

        new WebDriverWait(browser.driver(), Duration.ofSeconds(15), Duration.ofMillis(20))
                .until(driver -> "afgerond".equals(statusOf("AMS2")));
        Instant changed = Instant.now();
        long millis = Duration.ofNanos(System.nanoTime() - posted).toMillis();
        Instant derived = Instant.parse(asMinistry().get(RunningSystem.reporting() + "/api/v1/interventions/{id}",
                ams2.get("id")).then().statusCode(200).extract().jsonPath().getString("scan.derivedAt"));
        System.out.printf("browser: registry 201 -> municipality page changed in place in %d ms "
                + "(%d ms after scan-service derived the scan)%n", millis, Duration.between(derived, changed).toMillis());

        assertThat(browser.script("return window.__notReloaded")).isEqualTo("marker");
        assertThat(((Number) browser.script("return window.scrollY")).longValue()).isEqualTo(400);
        assertThat(browser.driver().findElement(By.cssSelector("[data-figure='completed']")).getText()).isEqualTo("1");
        assertThat(browser.driver().findElement(By.tagName("body")).getAttribute("data-patches")).isNotEqualTo("0");
        browser.screenshot(ARTEFACTS.resolve("gemeente-GM0363-na-melding.png"));
    }

    @Test
    @Order(4)
    void aMunicipalitysPersonSeesItsOwnPageAndNotAnothers() {
        logIn("municipality", AMSTERDAM);

        open("/gemeenten/" + AMSTERDAM);
        assertThat(browser.driver().findElements(By.cssSelector("table.matrix thead th[data-intervention]")))
                .hasSize(8);
        open("/gemeenten/" + ARNHEM);
        assertThat(browser.driver().findElements(By.cssSelector("table.matrix"))).isEmpty();

        // The browser's own session, replayed outside it: Arnhem's page does not exist for Amsterdam.
        Cookie session = browser.driver().manage().getCookieNamed(TOKEN_COOKIE);
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getSameSite()).isEqualTo("Strict");
        given().redirects().follow(false).cookie(TOKEN_COOKIE, session.getValue())
                .get(RunningSystem.reporting() + "/gemeenten/" + AMSTERDAM).then().statusCode(200);
        given().redirects().follow(false).cookie(TOKEN_COOKIE, session.getValue())
                .get(RunningSystem.reporting() + "/gemeenten/" + ARNHEM).then().statusCode(404);
    }

    /**
     * Through reporting's local login, as a person would: a browser without a session is sent to it, chooses a role
     * (and a CBS code for a municipality) and is given the session cookie.
     */
    private static void logIn(String role, String cbsCode) {
        browser.driver().manage().deleteAllCookies();
        open("/");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(driver -> driver.getCurrentUrl().contains("/inloggen"));
        assertThat(browser.driver().findElement(By.tagName("body")).getText()).contains("niet voor productie");

        WebElement roleField = browser.driver().findElement(By.cssSelector("[name='rol'][value='" + role + "']"));
        roleField.click();
        if (cbsCode != null) {
            WebElement cbs = browser.driver().findElement(By.name("cbs"));
            cbs.clear();
            cbs.sendKeys(cbsCode);
        }
        roleField.findElement(By.xpath("./ancestor::form//*[@type='submit']")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(driver -> driver.manage().getCookieNamed(TOKEN_COOKIE) != null);
    }

    private static void open(String path) {
        browser.driver().get(RunningSystem.reporting() + path);
    }

    /** Waits until the page's stream is open, so that the next change reaches it. */
    private static void awaitLive() {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(driver ->
                !driver.findElement(By.cssSelector("[data-stream-status]")).getText().isEmpty()
                        && driver.findElement(By.cssSelector("[data-stream-status]")).getText().startsWith("Live"));
    }

    private static List<String> figure(String name) {
        return browser.driver().findElements(By.cssSelector("tr[data-figure='" + name + "'] td")).stream()
                .map(WebElement::getText).toList();
    }

    /** Read in one script: the live script may replace the row between a find and a read. */
    private static String statusOf(String code) {
        return (String) browser.script("return document.querySelector(arguments[0]).textContent.trim()",
                "tr[data-intervention='" + code + "'] td.status");
    }

    private static JsonPath overview(String query) {
        return asMinistry().get(RunningSystem.reporting() + "/api/v1/overview" + query)
                .then().log().ifValidationFails().statusCode(200)
                .extract().jsonPath();
    }
}
