package org.jiuzhu.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The browser stage: every kind of report, in both languages, opened in headless Chromium (the
 * Debian package, driven through chromedriver). A report fails on a console error, a chart whose
 * canvas is blank, text overflowing its box, or a request to any network address. Full-page
 * screenshots (and the notices as A4 PDFs) go to {@code target/screenshots/} for a person to look at.
 * Runs in {@code mvn verify} (failsafe); without Chromium it fails and says how to install it.
 */
final class ReportsInBrowserIT {
  private static final Path EXAMPLES = Path.of("../examples");
  private static final Path REPORTS = Path.of("target/reports");
  private static final Path SHOTS = Path.of("target/screenshots");
  private static final String CHROMIUM = System.getProperty("jiuzhu.chromium", "/usr/bin/chromium");
  private static final String CHROMEDRIVER = System.getProperty("jiuzhu.chromedriver", "/usr/bin/chromedriver");
  private static final String INSTALL = "apt-get update && apt-get install -y chromium chromium-driver fonts-noto-cjk";
  private static ChromeDriver driver;
  private static ChromeDriverService service;

  @BeforeAll
  static void reportsAndBrowser() throws IOException {
    if (!Files.isExecutable(Path.of(CHROMIUM)) || !Files.isExecutable(Path.of(CHROMEDRIVER))) {
      fail("The browser stage needs headless Chromium and chromedriver (" + CHROMIUM + ", " + CHROMEDRIVER
          + "), which are not installed. Install them with:\n    " + INSTALL
          + "\n(.ci/run does this; -Djiuzhu.chromium=… and -Djiuzhu.chromedriver=… name other paths; -DskipITs skips the stage.)");
    }
    Files.createDirectories(REPORTS);
    Files.createDirectories(SHOTS);
    String reform = EXAMPLES.resolve("reforms/dibao-standard-plus-10.yaml").toString();
    String tradeOff = EXAMPLES.resolve("reforms/dibao-plus-10-no-work-deduction.yaml").toString(); // winners and losers
    for (String lang : List.of("zh", "en")) {
      run("simulate", "--households", "3000", "--seed", "3", "--region", "620825,330105", "--reform", tradeOff, "--lang", lang,
          "--report", REPORTS.resolve("simulation-" + lang + ".html").toString());
      run("sweep", "--reform", reform, "--lang", lang, "--report", REPORTS.resolve("sweep-" + lang + ".html").toString(),
          EXAMPLES.resolve("households/dibao-marginal-car-story.json").toString()); // 620825: the reform's region
      run("monitor", "--region", "620825", "--synthetic", "400", "--months", "6", "--lang", lang, "--progress", "never",
          "--rejects", REPORTS.resolve("rejects.jsonl").toString(), "--output", REPORTS.resolve("monitor.txt").toString(),
          "--report", REPORTS.resolve("monitor-" + lang + ".html").toString());
      run("screen", "--date", "2025-10-01", "--lang", lang, "--report", REPORTS.resolve("notice-" + lang + ".html").toString(),
          EXAMPLES.resolve("households/dibao-marginal-car-story.json").toString());
    }
    // the simulation report's sections that wait for data from the run (deciles, gaps, FGT, targets), fed with fixtures
    org.jiuzhu.simulation.Aggregates agg = org.jiuzhu.cli.report.SimulationReportTest.aggregates();
    for (String lang : List.of("zh", "en")) {
      org.jiuzhu.cli.report.SimulationReportTest.withEverySection(org.jiuzhu.cli.report.Texts.of(lang.equals("zh")), agg).page()
          .write(REPORTS.resolve("sections-" + lang + ".html"));
    }
    ChromeOptions o = new ChromeOptions();
    o.setBinary(CHROMIUM);
    Path profile = Files.createTempDirectory("jiuzhu-chromium-");
    o.addArguments("--headless=new", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic", "--disable-extensions",
        "--disable-default-apps", "--no-default-browser-check", "--hide-scrollbars", "--force-device-scale-factor=1",
        "--user-data-dir=" + profile);
    if ("root".equals(System.getProperty("user.name"))) {
      o.addArguments("--no-sandbox");
    }
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    logs.enable(LogType.PERFORMANCE, Level.ALL);
    o.setCapability("goog:loggingPrefs", logs);
    service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort()
        .withLogFile(Path.of("target/chromedriver.log").toFile()).build();
    driver = new ChromeDriver(service, o);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(120));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
  }

  @AfterAll
  static void quit() {
    if (driver != null) {
      driver.quit();
    }
    if (service != null) {
      service.stop();
    }
  }

  private static void run(String... args) {
    CliRun r = CliRun.of(args);
    assertThat(r.exit()).as("jiuzhu %s: %s", String.join(" ", args), r.err()).isZero();
  }

  static Stream<Arguments> reports() {
    List<Arguments> out = new ArrayList<>();
    for (String kind : List.of("simulation", "sections", "sweep", "monitor", "notice")) {
      for (String lang : List.of("zh", "en")) {
        out.add(Arguments.of(kind, lang));
      }
    }
    return out.stream();
  }

  /** Pixels of each chart's canvas that are not the white background, as a share, once two frames are painted. */
  private static final String CHECK = """
      var done = arguments[arguments.length - 1];
      requestAnimationFrame(function () { requestAnimationFrame(function () {
        var out = {charts: document.querySelectorAll('.chart').length,
                   drawn: (window.jiuzhuCharts || []).length, ink: [], overflow: []};
        document.querySelectorAll('.chart').forEach(function (el) {
          var c = el.querySelector('canvas');
          if (!c || c.width === 0 || c.height === 0) { out.ink.push(0); return; }
          var d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data, ink = 0;
          for (var i = 0; i < d.length; i += 4) {
            if (d[i + 3] > 0 && (d[i] < 235 || d[i + 1] < 235 || d[i + 2] < 235)) { ink++; }
          }
          out.ink.push(ink / (c.width * c.height));
        });
        document.querySelectorAll('h1,h2,p,li,th,td,caption,figcaption,.table-box,nav').forEach(function (el) {
          if (el.scrollWidth > el.clientWidth + 1) {
            out.overflow.push(el.tagName + ' "' + (el.textContent || '').trim().slice(0, 60) + '" ' + el.scrollWidth + '>'
                + el.clientWidth);
          }
        });
        var page = document.documentElement;
        if (page.scrollWidth > window.innerWidth + 1) {
          out.overflow.push('page ' + page.scrollWidth + '>' + window.innerWidth);
        }
        out.height = Math.ceil(page.scrollHeight);
        done(JSON.stringify(out));
      }); });
      """;

  @ParameterizedTest(name = "{0} report in {1}")
  @MethodSource("reports")
  void opensOfflineWithChartsDrawnNoErrorNoOverflowAndNoRequest(String kind, String lang) throws Exception {
    Path file = REPORTS.resolve(kind + "-" + lang + ".html").toAbsolutePath();
    assertThat(file).exists();
    boolean notice = kind.equals("notice");
    driver.manage().window().setSize(new Dimension(notice ? 900 : 1280, 1000));
    driver.manage().logs().get(LogType.BROWSER); // drop what an earlier page left
    driver.manage().logs().get(LogType.PERFORMANCE);
    driver.get(file.toUri().toString());
    JsonNode check = new ObjectMapper().readTree((String) ((JavascriptExecutor) driver).executeAsyncScript(CHECK));

    List<String> errors = new ArrayList<>();
    for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
      if (e.getLevel().intValue() >= Level.WARNING.intValue()) {
        errors.add(e.getLevel() + " " + e.getMessage());
      }
    }
    List<String> requests = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE)) {
      JsonNode m = json.readTree(e.getMessage()).path("message");
      if (m.path("method").asText().equals("Network.requestWillBeSent")) {
        String url = m.path("params").path("request").path("url").asText();
        if (!(url.startsWith("file:") || url.startsWith("data:") || url.startsWith("blob:") || url.startsWith("about:"))) {
          requests.add(url);
        }
      }
    }

    // full-page screenshot for a person to look at
    long height = Math.min(check.path("height").asLong(1000), 16_000);
    Map<String, Object> shot = new LinkedHashMap<>();
    shot.put("format", "png");
    shot.put("captureBeyondViewport", true);
    shot.put("clip", Map.of("x", 0, "y", 0, "width", notice ? 900 : 1280, "height", height, "scale", 1));
    Map<String, Object> png = driver.executeCdpCommand("Page.captureScreenshot", shot);
    Files.write(SHOTS.resolve(kind + "-" + lang + ".png"), Base64.getDecoder().decode((String) png.get("data")));
    if (kind.equals("simulation")) { // the gains chart alone, with the losers' tail: README's picture
      Files.write(SHOTS.resolve(kind + "-" + lang + "-gains.png"),
          driver.findElement(org.openqa.selenium.By.id("gains")).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    }
    if (notice) {
      Map<String, Object> pdf = driver.executeCdpCommand("Page.printToPDF", Map.of("preferCSSPageSize", true,
          "printBackground", true));
      byte[] bytes = Base64.getDecoder().decode((String) pdf.get("data"));
      Files.write(SHOTS.resolve(kind + "-" + lang + ".pdf"), bytes);
      assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }

    assertThat(errors).as("console errors and warnings of %s", file).isEmpty();
    assertThat(requests).as("requests to the network from %s", file).isEmpty();
    assertThat(check.path("drawn").asInt()).as("charts drawn in %s", file).isEqualTo(check.path("charts").asInt());
    if (!notice) {
      assertThat(check.path("charts").asInt()).as("charts in %s", file).isGreaterThanOrEqualTo(3);
    }
    List<Double> ink = new ArrayList<>();
    check.path("ink").forEach(n -> ink.add(n.asDouble()));
    assertThat(ink).as("share of each chart's canvas drawn on, %s", file).allSatisfy(x -> assertThat(x).isGreaterThan(0.01));
    List<String> overflow = new ArrayList<>();
    check.path("overflow").forEach(n -> overflow.add(n.asText()));
    assertThat(overflow).as("text overflowing its box in %s", file).isEmpty();
  }
}
