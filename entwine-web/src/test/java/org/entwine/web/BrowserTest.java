package org.entwine.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.javalin.Javalin;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.entwine.app.BundledExample;
import org.entwine.app.DefaultMethod;
import org.entwine.datasets.events.EventFiles;
import org.entwine.datasets.events.EventLoad;
import org.entwine.store.DuckDbStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages in a real headless browser (Debian's chromium, driven through its chromedriver) against
 * a running server on the bundled example. Screenshots go to target/screenshots.
 */
class BrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SHOTS = Path.of("target", "screenshots");

  @TempDir static Path dir;
  static DuckDbStore store;
  static Javalin app;
  static ChromeDriver browser;
  static WebDriverWait wait;

  @BeforeAll
  static void start() throws Exception {
    boolean browserHere = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if ("true".equals(System.getenv("CI")) && !browserHere) {
      throw new AssertionError(
          "CI=true but chromium and chromium-driver are missing: .ci/run installs them");
    }
    assumeTrue(
        browserHere,
        "skipped: the browser tests need Debian's chromium and chromium-driver (.ci/run installs"
            + " them)");
    store = DuckDbStore.open(dir.resolve("browser.duckdb"));
    BundledExample.load(store);
    TestSource.add(store, dir);
    app = WebApp.create(store, DefaultMethod.load(), "127.0.0.1", "analyst (web)").start(0);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1400,1600",
        "--user-data-dir=" + dir.resolve("chromium"));
    // the page's console, read after each page: an error there fails the test
    options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
            .usingAnyFreePort()
            .build();
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    wait.ignoring(StaleElementReferenceException.class); // tables re-render while a wait reads them
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  static void stop() {
    if (browser != null) browser.quit();
    if (app != null) app.stop();
    if (store != null) store.close();
  }

  /** A write to the server, as a page sends it. */
  private static java.net.http.HttpResponse<String> post(String path, String body)
      throws Exception {
    return java.net.http.HttpClient.newHttpClient()
        .send(
            java.net.http.HttpRequest.newBuilder(java.net.URI.create(url(path)))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json")
                .header("X-Entwine-Request", "1")
                .build(),
            java.net.http.HttpResponse.BodyHandlers.ofString());
  }

  private static String url(String path) {
    return "http://127.0.0.1:" + app.port() + path;
  }

  private static void shot(String name) throws Exception {
    shot(name, null);
  }

  /** A screenshot with {@code element} scrolled into view. */
  private static void shot(String name, WebElement element) throws Exception {
    if (element != null)
      ((JavascriptExecutor) browser)
          .executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    Thread.sleep(1000); // the charts' drawing animation ends before the picture is taken
    Files.write(
        SHOTS.resolve(name + ".png"),
        ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }

  /**
   * Whether the chart in {@code selector} has drawn anything: a canvas with a pixel that is not
   * blank.
   */
  private static boolean drawn(String selector) {
    Object r =
        ((JavascriptExecutor) browser)
            .executeScript(
                """
                const c = document.querySelector(arguments[0] + ' canvas');
                if (!c || c.width === 0) return false;
                const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                for (let i = 3; i < d.length; i += 4) if (d[i] !== 0) return true;
                return false;\
                """,
                selector);
    return Boolean.TRUE.equals(r);
  }

  /** Whether the panel in {@code selector} drew its chart, or folded it away saying why. */
  private static boolean shown(String selector) {
    return drawn(selector)
        || "true"
            .equals(
                ((JavascriptExecutor) browser)
                    .executeScript(
                        "const e = document.querySelector(arguments[0]);"
                            + " return e && e.dataset.empty;",
                        selector));
  }

  /** The portfolio's executive page, shown with its judgements under its headings. */
  private static void executivePage(String heading, String changedSince) {
    wait.until(d -> d.findElement(By.id("executive")).isDisplayed());
    assertThat(browser.findElement(By.cssSelector("#executive h2")).getText()).isEqualTo(heading);
    assertThat(browser.findElements(By.cssSelector("#judgements li"))).isNotEmpty();
    assertThat(browser.findElement(By.id("changedHeading")).getText()).isEqualTo(changedSince);
  }

  private static List<String> column(int index) {
    return browser.findElements(By.cssSelector("#partners tbody tr")).stream()
        .map(tr -> tr.findElements(By.tagName("td")).get(index).getText())
        .toList();
  }

  @Test
  void thePartnerPageDrawsTheMonthlyRelationFromLoadedEvents() throws Exception {
    Path icews =
        org.entwine.testing.SharedData.fullOrExcerpt("icews/andybega+icews/events.2018.sample.tab");
    synchronized (store) {
      new EventLoad(store, store.load().crosswalk(), null, 2)
          .load(
              EventFiles.inputs(List.of(icews)),
              dir.resolve("quarantine.txt"),
              "test",
              org.entwine.datasets.Progress.NONE);
    }
    browser.get(url("/partner.html?actor=VNM&partner=JPN&asOf=2018-12-31"));
    wait.until(d -> drawn("#events"));
    // the series, not the placeholder: one month, June 2018, on the category axis
    wait.until(
        d ->
            Boolean.TRUE.equals(
                ((JavascriptExecutor) browser)
                    .executeScript(
                        "const c = echarts.getInstanceByDom(document.getElementById('events'));"
                            + " return !!c && JSON.stringify(c.getOption().xAxis[0].data) ==="
                            + " JSON.stringify(['2018-06']);")));
    assertThat(browser.findElement(By.id("eventsNote")).getText()).doesNotContain("no events");
    shot("partner-events", browser.findElement(By.id("events")));
  }

  @Test
  void markupInACommitmentsTextIsShownAsTextAndRunsNothing() throws Exception {
    String text =
        "<img src=x onerror=\"document.title='pwned by img'\"><script>document.title='pwned by"
            + " script'</script> promise";
    String body =
        "{\"entwine\": 1, \"commitments\": [{\"id\": \"xss-1\", \"by\": [\"VNM\", \"RUS\"],"
            + " \"area\": \"trade\", \"text\": "
            + org.entwine.json.DomainJson.json().writeValueAsString(text)
            + ", \"due\": \"2020-06-30\", \"sources\": [\"test-entry\"]}]}";
    var r = post("/api/records", body);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    consoleErrors();
    browser.get(url("/partner.html?actor=VNM&partner=RUS&asOf=2026-01-01"));
    wait.until(d -> d.findElement(By.id("commitments")).getText().contains("promise"));
    assertThat(browser.findElement(By.id("commitments")).getText())
        .as("the markup shown as the text it is")
        .contains("<img src=x onerror=")
        .contains("<script>");
    assertThat(browser.findElements(By.cssSelector("#commitments img"))).isEmpty();
    assertThat(browser.findElements(By.cssSelector("#commitments script"))).isEmpty();
    assertThat(browser.getTitle()).doesNotContain("pwned");
    assertThat(consoleErrors()).isEmpty();
  }

  @Test
  void theRegistryAndTheMethodPagesShowTheirTablesAndChart() throws Exception {
    browser.get(url("/registry.html?asOf=2013-08-30"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("counts"), "Vietnam"));
    wait.until(d -> drawn("#countsChart") && drawn("#network"));
    assertThat(browser.findElement(By.id("centrality")).getText()).contains("VNM");
    assertThat(browser.findElement(By.id("asymmetric")).getText()).contains("ASEAN-CHN");
    shot("registry");
    browser.get(url("/method.html"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("indicators"), "paper-quy-tung"));
    assertThat(browser.findElement(By.id("trust")).getText()).contains("insufficient evidence");
    shot("method");
  }

  @Test
  void thePortfolioSortsFiltersDrawsItsChartsAndLeadsToAPartnerWhereACommitmentCanBeEntered()
      throws Exception {
    browser.get(url("/?actor=VNM&asOf=2024-12-31"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#partners tbody tr")));
    assertThat(column(0)).contains("CHN", "RUS", "USA", "JPN", "IND");
    // the report of the same assessment, offered for download in the page's language
    assertThat(browser.findElement(By.id("pdf")).getAttribute("href"))
        .endsWith("/api/actors/VNM/report?asOf=2024-12-31&lang=en");
    assertThat(browser.findElement(By.id("reportHtml")).getAttribute("href"))
        .endsWith("&lang=en&format=html");
    // sort by depth, both ways
    WebElement depth = browser.findElement(By.cssSelector("#partners th[data-key='depth']"));
    depth.click();
    // every partner with a framework is listed, the EU (an organization, little data) among them
    assertThat(column(0)).contains("EU", "CUB", "ESP").hasSizeGreaterThan(35);
    List<Double> up =
        column(3).stream().filter(v -> !v.equals("no evidence")).map(Double::valueOf).toList();
    assertThat(up).hasSizeGreaterThan(3).isSortedAccordingTo(Double::compare);
    depth.click();
    List<Double> down =
        column(3).stream().filter(v -> !v.equals("no evidence")).map(Double::valueOf).toList();
    assertThat(down).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    assertThat(depth.getAttribute("aria-sort")).isEqualTo("descending");
    // filter
    browser.findElement(By.id("filter")).sendKeys("India");
    assertThat(column(0)).containsExactly("IND");
    browser.findElement(By.id("filter")).clear();
    browser.findElement(By.id("filter")).sendKeys(" ");
    wait.until(d -> drawn("#matrix") && drawn("#levels"));
    // the executive page above the charts: the key judgements in sentences, the risks, what changed
    // over the year before
    executivePage("Key judgements", "What changed since 31 December 2023");
    shot("portfolio");

    // the partner page
    browser.findElement(By.id("filter")).clear();
    ((JavascriptExecutor) browser)
        .executeScript("document.getElementById('filter').dispatchEvent(new Event('input'))");
    browser.findElement(By.linkText("RUS")).click();
    // the lapsed nuclear plant and the USD 10 billion trade target of 2020, missed
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("confidence"), "Commitments fallen due: 2"));
    // the event panel, with no event data loaded, is folded away with the line saying so
    wait.until(
        d -> drawn("#radar") && shown("#events") && drawn("#history") && drawn("#timelineChart"));
    assertThat(browser.findElement(By.id("eventsNote")).getText())
        .isEqualTo("No loaded event data (GDELT or ICEWS) holds this pair.");
    assertThat(browser.findElement(By.id("commitments")).getText())
        .contains("rus-2010-ninh-thuan-1");
    // and each commitment as the check judged it: the trade target of 2020, missed, with the
    // figure of that year and its source
    String checks = browser.findElement(By.id("checks")).getText();
    assertThat(checks).contains("VNM-RUS-02").contains("missed").contains("(2020)");
    assertThat(checks).contains("rus-2010-ninh-thuan-1");
    // each indicator by its name (its id stays in the downloads)
    assertThat(browser.findElement(By.id("explain")).getText())
        .contains("partner’s share of the focal actor’s trade");
    // the headline says how old the evidence is
    assertThat(browser.findElement(By.id("headline")).getText()).contains("years old on average");
    assertThat(browser.findElement(By.id("timeline")).getText())
        .contains("Comprehensive strategic partnership");
    // and its own brief for download
    assertThat(browser.findElement(By.id("briefPdf")).getAttribute("href"))
        .contains("/api/actors/VNM/report?asOf=")
        .contains("&partner=RUS&lang=en");
    shot("partner");

    // an entry the ledger refuses: no text
    WebElement form = browser.findElement(By.id("entry"));
    form.findElement(By.name("id")).sendKeys("rus-browser-entry");
    form.findElement(By.name("area")).sendKeys("trade");
    form.findElement(By.name("due")).sendKeys("2020-06-30");
    new Select(form.findElement(By.name("status"))).selectByValue("FULFILLED");
    form.findElement(By.name("statusDate")).sendKeys("2020-07-01");
    form.findElement(By.name("sources")).sendKeys(TestSource.ID);
    form.findElement(By.tagName("button")).click();
    WebElement result =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("entryResult")));
    wait.until(d -> !result.getText().isBlank());
    assertThat(result.getAttribute("class")).isEqualTo("error");
    assertThat(result.getText()).contains("text: missing required field 'text'");
    shot("entry-refused", result);

    // the same with its text: stored, in the ledger, and in the trust figures
    form.findElement(By.name("text")).sendKeys("A test entry made in the browser test");
    form.findElement(By.tagName("button")).click();
    wait.until(ExpectedConditions.attributeToBe(By.id("entryResult"), "class", "ok"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("commitments"), "rus-browser-entry"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("confidence"), "Commitments fallen due: 3"));
    shot("entry-stored", browser.findElement(By.id("entryResult")));

    // and its new status, recorded through the status form
    WebElement status = browser.findElement(By.id("statusEntry"));
    new Select(status.findElement(By.name("id"))).selectByVisibleText("rus-browser-entry");
    new Select(status.findElement(By.name("status"))).selectByValue("BROKEN");
    status.findElement(By.name("date")).sendKeys("2021-01-01");
    status.findElement(By.name("sources")).sendKeys(TestSource.ID);
    status.findElement(By.tagName("button")).click();
    wait.until(ExpectedConditions.attributeToBe(By.id("statusResult"), "class", "ok"));
    wait.until(
        d ->
            browser.findElements(By.cssSelector("#commitments tbody tr")).stream()
                .anyMatch(
                    tr ->
                        tr.getText().contains("rus-browser-entry")
                            && tr.getText().contains("broken")));
    shot("status-recorded", browser.findElement(By.id("statusResult")));

    // edit a record: pick it, change its JSON, store it as a new version
    new Select(browser.findElement(By.id("editPick")))
        .selectByVisibleText("commitment rus-browser-entry");
    WebElement json = browser.findElement(By.cssSelector("#rawEntry textarea"));
    wait.until(d -> json.getAttribute("value").contains("rus-browser-entry"));
    ((JavascriptExecutor) browser)
        .executeScript(
            "arguments[0].value = arguments[0].value.replace("
                + "'A test entry made in the browser test', 'A test entry, edited')",
            json);
    browser.findElement(By.id("replaceButton")).click();
    wait.until(ExpectedConditions.attributeToBe(By.id("rawResult"), "class", "ok"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("commitments"), "A test entry, edited"));
    shot("record-edited", browser.findElement(By.id("rawResult")));
  }

  @Test
  void aPageOnAnotherSiteCanWriteNothingThroughTheBrowser() throws Exception {
    String api = "http://127.0.0.1:" + app.port();
    // the classic tricks: a JSON body sent as text/plain (no preflight), a form post, and a fetch
    // with the
    // server's header (which needs a preflight the server never grants)
    String page =
        """
        <!doctype html><title>attacker</title>
        <iframe name="sink"></iframe>
        <form id="f" method="POST" enctype="text/plain" target="sink" action="API/api/commitments/rus-2010-ninh-thuan-1/status">
          <input name='{"date": "2026", "status": "BROKEN", "sources": ["test-entry"], "x": "' value='"}'>
        </form>
        <script>
        const entry = JSON.stringify({entwine: 1, commitments: [{id: "forged-1", by: ["VNM", "RUS"], area: "trade",
          text: "forged", due: "2020", sources: ["test-entry"]}]});
        Promise.allSettled([
          fetch("API/api/records", {method: "POST", mode: "no-cors", headers: {"Content-Type": "text/plain"}, body: entry}),
          fetch("API/api/records", {method: "POST", headers: {"Content-Type": "application/json", "X-Entwine-Request": "1"},
            body: entry})
        ]).then(r => {
          document.getElementById("f").submit();
          setTimeout(() => { document.title = "done " + r.map(x => x.status).join(","); }, 1500);
        });
        </script>\
        """
            .replace("API", api);
    var counts = store.counts();
    Javalin other =
        Javalin.create(
                c -> {
                  c.startup.showJavalinBanner = false;
                  c.routes.get("/attack.html", ctx -> ctx.html(page));
                })
            .start("127.0.0.1", 0);
    try {
      browser.get("http://localhost:" + other.port() + "/attack.html");
      wait.until(d -> d.getTitle().startsWith("done"));
      // the no-cors fetch reaches the server (and is refused there); the one with the header is
      // stopped by the browser
      assertThat(browser.getTitle()).isEqualTo("done fulfilled,rejected");
    } finally {
      other.stop();
    }
    synchronized (store) {
      assertThat(store.counts()).isEqualTo(counts);
      assertThat(store.load().commitments())
          .filteredOn(c -> c.id().equals("rus-2010-ninh-thuan-1"))
          .singleElement()
          .satisfies(
              c ->
                  assertThat(c.status())
                      .noneSatisfy(x -> assertThat(x.date().toString()).isEqualTo("2026")));
      assertThat(store.load().commitments())
          .noneSatisfy(c -> assertThat(c.id()).isEqualTo("forged-1"));
    }
  }

  @Test
  void aTeamServerSendsAStrangerToSignInAndBackAndSignsOut() throws Exception {
    Path file = dir.resolve("team.duckdb");
    try (DuckDbStore team = DuckDbStore.open(file)) {
      BundledExample.loadRegistry(team);
      new org.entwine.app.accounts.Accounts(team)
          .add(
              "ana",
              "a long enough passphrase".toCharArray(),
              org.entwine.storage.Role.ANALYST,
              org.entwine.registry.Entry.of("test", "test"));
      new org.entwine.app.accounts.Accounts(team)
          .add(
              "rea",
              "another long passphrase".toCharArray(),
              org.entwine.storage.Role.READER,
              org.entwine.registry.Entry.of("test", "test"));
      Javalin server = WebApp.create(team, DefaultMethod.load(), "127.0.0.1", "x").start(0);
      try {
        String base = "http://127.0.0.1:" + server.port();
        consoleErrors();
        browser.get(base + "/registry.html");
        wait.until(d -> d.getCurrentUrl().contains("/login.html?next="));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("name")));
        browser.findElement(By.id("name")).sendKeys("ana");
        browser.findElement(By.id("password")).sendKeys("not her password");
        browser.findElement(By.cssSelector("#signin button")).click();
        wait.until(d -> d.findElement(By.id("error")).isDisplayed());
        assertThat(browser.findElement(By.id("error")).getText())
            .contains("wrong name or password");
        browser.findElement(By.id("password")).clear();
        browser.findElement(By.id("password")).sendKeys("a long enough passphrase");
        browser.findElement(By.cssSelector("#signin button")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("/registry.html"));
        wait.until(d -> !d.findElements(By.id("user")).isEmpty());
        assertThat(browser.findElement(By.id("user")).getText()).contains("ana (analyst)");
        var cookie = browser.manage().getCookieNamed(SignIn.COOKIE);
        assertThat(cookie).as("the browser keeps the session cookie").isNotNull();
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.isSecure()).isTrue();
        shot("signed-in");
        // an analyst may edit: the partner page offers its forms
        browser.get(base + "/partner.html?actor=VNM&partner=RUS&asOf=2026-06-30");
        wait.until(d -> d.findElement(By.id("entry")).isDisplayed());
        browser.findElement(By.linkText("Sign out")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("/login.html"));
        // a reader may not: the same page without a form
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("name")));
        browser.findElement(By.id("name")).sendKeys("rea");
        browser.findElement(By.id("password")).sendKeys("another long passphrase");
        browser.findElement(By.cssSelector("#signin button")).click();
        wait.until(d -> !d.getCurrentUrl().contains("/login.html"));
        browser.get(base + "/partner.html?actor=VNM&partner=RUS&asOf=2026-06-30");
        wait.until(d -> !d.findElement(By.id("headline")).getText().isBlank());
        Thread.sleep(500); // the session is asked for with the page's answers
        assertThat(browser.findElement(By.id("entry")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.id("rawEntry")).isDisplayed()).isFalse();
        shot("reader-partner");
        browser.findElement(By.linkText("Sign out")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("/login.html"));
        browser.get(base + "/");
        wait.until(d -> d.getCurrentUrl().contains("/login.html?next="));
        assertThat(consoleErrors())
            .as("only the refused sign-in and the requests before signing in")
            .allSatisfy(e -> assertThat(e).containsAnyOf("401", "Unauthorized"));
      } finally {
        server.stop();
        browser.manage().deleteAllCookies();
      }
    }
  }

  @Test
  void theAuditPageShowsWhoChangedWhatWithTheRecordsBeforeAndAfterAsText() throws Exception {
    String body =
        "{\"entwine\": 1, \"commitments\": [{\"id\": \"audit-markup\", \"by\": [\"VNM\","
            + " \"RUS\"], \"area\": \"trade\", \"text\": \"<img src=x"
            + " onerror=\\\"document.title='pwned'\\\"> kept\", \"due\": \"2020-06-30\","
            + " \"sources\": [\"test-entry\"]}]}";
    var r = post("/api/records?reason=checked%20twice", body);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    consoleErrors();
    browser.get(url("/audit.html?user=analyst%20(web)"));
    wait.until(d -> !d.findElements(By.cssSelector("#changes details")).isEmpty());
    WebElement first = browser.findElement(By.cssSelector("#changes details"));
    assertThat(first.getText())
        .contains("analyst (web)")
        .contains("from 127.0.0.1")
        .contains("web: POST /api/records")
        .contains("checked twice");
    first.findElement(By.tagName("summary")).click();
    wait.until(d -> first.findElement(By.cssSelector(".versions pre")).isDisplayed());
    assertThat(first.findElements(By.cssSelector(".versions pre")).get(1).getText())
        .contains("<img src=x onerror=");
    assertThat(browser.findElements(By.cssSelector("#changes img"))).isEmpty();
    assertThat(browser.getTitle()).doesNotContain("pwned");
    // how current the event sources are: one row per source, gdelt always
    wait.until(d -> !d.findElements(By.cssSelector("#freshness tbody tr")).isEmpty());
    assertThat(browser.findElement(By.cssSelector("#freshness tbody tr")).getText())
        .startsWith("gdelt");
    shot("audit");
    assertThat(consoleErrors()).isEmpty();
  }

  /** The console's errors since the last call (the log is drained as it is read). */
  private static List<String> consoleErrors() {
    return browser
        .manage()
        .logs()
        .get(org.openqa.selenium.logging.LogType.BROWSER)
        .getAll()
        .stream()
        .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
        .map(e -> e.getMessage())
        .toList();
  }

  @Test
  void everyFrameworkPartnersPageDrawsEveryPanelWithoutAConsoleError() throws Exception {
    java.time.LocalDate day = java.time.LocalDate.of(2026, 6, 30); // 45 partners by then
    List<String> partners;
    synchronized (store) {
      partners =
          org.entwine.registry.Portfolio.pairLevels(store.load(), "VNM", day).keySet().stream()
              .sorted()
              .toList();
    }
    assertThat(partners).hasSizeGreaterThan(40);
    consoleErrors();
    java.util.Map<String, List<String>> problems = new java.util.TreeMap<>();
    java.util.Set<String> units = new java.util.TreeSet<>();
    for (String p : partners) {
      browser.get(url("/partner.html?actor=VNM&partner=" + p + "&asOf=" + day));
      // a panel draws its chart, or is folded away with a line saying why
      wait.until(
          d -> shown("#radar") && shown("#history") && shown("#timelineChart") && shown("#events"));
      wait.until(d -> !d.findElements(By.cssSelector("#timeline tbody tr")).isEmpty());
      List<String> wrong = new java.util.ArrayList<>(consoleErrors());
      if (!browser.findElement(By.id("error")).getAttribute("hidden").equals("true")) {
        wrong.add("error box: " + browser.findElement(By.id("error")).getText());
      }
      if (browser.findElement(By.id("headline")).getText().isBlank()) wrong.add("no headline");
      if (browser.findElements(By.cssSelector("#explain tbody tr")).isEmpty())
        wrong.add("no contributions");
      browser.findElements(By.cssSelector("#explain tbody td:nth-child(5)")).stream()
          .map(org.openqa.selenium.WebElement::getText)
          .forEach(units::add);
      if (!browser.findElement(By.id("title")).getText().contains("as of 30 June 2026"))
        wrong.add("no date in the title");
      if (!browser.findElement(By.id("headline")).getText().contains("years old"))
        wrong.add("no evidence age in the headline");
      if (!wrong.isEmpty()) problems.put(p, wrong);
      Thread.sleep(400); // the charts' drawing animation ends before the picture is taken
      Files.write(
          SHOTS.resolve("partner-" + p + ".png"),
          ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
    assertThat(problems).isEmpty();
    // the unit of a count from the ledgers comes from the measure's kind, as the API gives it
    assertThat(units).contains("count (ledger)");
  }

  @Test
  void thePagesSpeakVietnameseWhenAskedKeepItAndSwitchBack() throws Exception {
    consoleErrors();
    try {
      browser.get(url("/?actor=VNM&asOf=2024-12-31&lang=vi"));
      wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#partners tbody tr")));
      assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("vi");
      assertThat(browser.findElement(By.cssSelector("header a[href='/']")).getText())
          .isEqualTo("Danh mục đối tác");
      assertThat(browser.findElement(By.cssSelector("#partners th[data-key='level']")).getText())
          .isEqualTo("Cấp độ");
      // the levels by their official Vietnamese names, figures with a decimal comma
      assertThat(column(2)).contains("Đối tác chiến lược toàn diện", "Đối tác chiến lược");
      assertThat(column(3).stream().filter(v -> v.matches("\\d+,\\d"))).hasSizeGreaterThan(3);
      assertThat(browser.findElement(By.id("pdf")).getAttribute("href")).endsWith("&lang=vi");
      // partners by their Vietnamese names (Unicode CLDR), found by the words on the page
      browser.findElement(By.id("filter")).sendKeys("Trung Quốc");
      assertThat(column(0)).containsExactly("CHN");
      browser.findElement(By.id("filter")).clear();
      browser.findElement(By.id("filter")).sendKeys("toàn diện");
      assertThat(column(0)).contains("CHN", "JPN", "USA");
      browser.findElement(By.id("filter")).clear();
      ((JavascriptExecutor) browser)
          .executeScript("document.getElementById('filter').dispatchEvent(new Event('input'))");
      wait.until(d -> drawn("#matrix") && drawn("#levels"));
      // the executive page in the page's language, its dates as Vietnamese writes them
      executivePage("Nhận định chính", "Những thay đổi kể từ ngày 31 tháng 12 năm 2023");
      shot("portfolio-vi");

      // kept for the next page, without asking again
      browser.get(url("/registry.html"));
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.tagName("h3"), "Số quan hệ đối tác theo chủ thể và cấp độ"));
      browser.get(url("/partner.html?actor=VNM&partner=RUS&asOf=2024-12-31"));
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("confidence"), "Cam kết đã đến hạn"));
      assertThat(browser.findElement(By.id("headline")).getText())
          .startsWith("Đối tác chiến lược toàn diện; chiều sâu");
      assertThat(browser.findElement(By.id("briefPdf")).getAttribute("href"))
          .endsWith("&partner=RUS&lang=vi");
      wait.until(d -> drawn("#radar") && drawn("#history") && drawn("#timelineChart"));
      shot("partner-vi");
      assertThat(consoleErrors()).as("no missing words, no script error").isEmpty();

      // and back to English by the switch
      browser.findElement(By.id("lang-en")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("confidence"), "Commitments fallen due"));
      assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
    } finally {
      browser.get(url("/?lang=en")); // the other tests read the pages in English
    }
  }

  /**
   * Every page, read in Vietnamese as a reader sees it (the text of the page once it is drawn, the
   * placeholders of its forms), holds no English word beyond names, records' own words and sources'
   * titles: the headings, the units, the records' vocabulary, the degrees' reasons and the forms
   * are all Vietnamese.
   */
  @Test
  void everyPageInVietnameseHoldsNoEnglishWordBeyondNamesAndTheRecordsOwnWords() throws Exception {
    java.util.List<String> own;
    synchronized (store) {
      own = new java.util.ArrayList<>(org.entwine.testing.OwnWords.of(store.load()));
    }
    var method = DefaultMethod.load();
    own.add(method.id());
    own.add(method.hash());
    method
        .indicators()
        .forEach(
            i -> {
              own.add(i.id());
              own.add(i.measure());
              own.add(i.paper()); // the papers' own sentences, quoted
            });
    method.stability().forEach(x -> own.add(x.measure()));
    method.priorities().forEach(g -> own.add(g.name()));
    own.addAll(
        java.util.List.of("entwine registry network", "entwine users add", "docs/user-guide.md"));
    // the audit trail's own words: where each change came from, the reason its author gave
    var trail =
        org.entwine.json.DomainJson.json()
            .readTree(
                java.net.http.HttpClient.newHttpClient()
                    .send(
                        java.net.http.HttpRequest.newBuilder(
                                java.net.URI.create(url("/api/audit?limit=200")))
                            .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString())
                    .body());
    for (var change : trail)
      for (String field : java.util.List.of("origin", "reason", "enteredBy"))
        if (change.hasNonNull(field)) own.add(change.get(field).asText());
    var english =
        org.entwine.testing.EnglishWords.of(
            PageWords.of("en").values(), PageWords.of("vi").values());
    consoleErrors();
    java.util.Map<String, java.util.List<String>> found = new java.util.TreeMap<>();
    try {
      for (String page :
          java.util.List.of(
              "/?actor=VNM&asOf=2026-06-30&lang=vi",
              "/partner.html?actor=VNM&partner=RUS&asOf=2026-06-30",
              "/partner.html?actor=VNM&partner=CHN&asOf=2026-06-30",
              "/partner.html?actor=VNM&partner=TLS&asOf=2026-06-30",
              "/registry.html?asOf=2026-06-30",
              "/method.html",
              "/audit.html",
              "/login.html")) {
        browser.get(url(page));
        wait.until(
            d ->
                "vi".equals(d.findElement(By.tagName("html")).getAttribute("lang"))
                    && ((JavascriptExecutor) d)
                            .executeScript(
                                "return document.querySelectorAll('table').length > 0"
                                    + " || location.pathname === '/login.html'"
                                    + " || document.querySelector('#changes p, #changes details')")
                        != null);
        // the portfolio's executive page is read too, once its sentences are in
        if (page.startsWith("/?")) wait.until(d -> d.findElement(By.id("executive")).isDisplayed());
        Thread.sleep(1500); // the page's last answers are in
        String text =
            (String)
                ((JavascriptExecutor) browser)
                    .executeScript(
                        "return document.body.innerText + '\\n' + [...document.querySelectorAll("
                            + "'input[placeholder], textarea')].map(e => e.placeholder).join('\\n')"
                            + " + '\\n' + document.title;");
        var words = english.in(text, own);
        if (!words.isEmpty()) found.put(page, words);
      }
      assertThat(found).isEmpty();
      assertThat(consoleErrors()).as("no missing words, no script error").isEmpty();
    } finally {
      browser.get(url("/?lang=en")); // the other tests read the pages in English
    }
  }

  @Test
  void aPartnerThePortfolioDoesNotListHasItsPageWhole() throws Exception {
    consoleErrors();
    browser.get(url("/partner.html?actor=VNM&partner=TLS&asOf=2026-06-30"));
    wait.until(d -> !d.findElement(By.id("headline")).getText().isBlank());
    assertThat(browser.findElement(By.id("title")).getText()).contains("Timor-Leste (TLS)");
    wait.until(d -> !d.findElement(By.id("confidence")).getText().isBlank());
    wait.until(
        d -> shown("#radar") && shown("#history") && shown("#timelineChart") && shown("#events"));
    assertThat(browser.findElement(By.id("briefLinks")).isDisplayed()).isTrue();
    shot("partner-unlisted");
    assertThat(consoleErrors()).isEmpty();
  }

  @Test
  void theHtmlReportDrawsItsChartsInABrowserWithoutAConsoleError() throws Exception {
    // as an analyst gets it: downloaded, then opened from disk
    var response =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(
                            url("/api/actors/VNM/report?asOf=2024-12-31&format=html&lang=vi")))
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).isEqualTo(200);
    Path file = dir.resolve("VNM-report.html");
    Files.write(file, response.body());
    consoleErrors();
    browser.get(file.toUri().toString());
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".partner")));
    int partners = browser.findElements(By.cssSelector("div.partner")).size();
    assertThat(partners).as("a page per framework partner").isGreaterThan(30);
    // every chart drawn with a size: the matrix, the ranking, and each partner's radar and history
    Object sizes =
        ((JavascriptExecutor) browser)
            .executeScript(
                "return [...document.querySelectorAll('.chart svg')].map(s => {"
                    + " const r = s.getBoundingClientRect(); return r.width > 50 && r.height > 50"
                    + " && s.querySelectorAll('path, rect, line, polygon').length > 5; });");
    @SuppressWarnings("unchecked")
    List<Boolean> drawnCharts = (List<Boolean>) sizes;
    assertThat(drawnCharts).hasSizeGreaterThan(2 + partners).doesNotContain(false);
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("vi");
    shot("report-html", browser.findElement(By.cssSelector(".chart svg")));
    assertThat(consoleErrors()).isEmpty();
  }
}
