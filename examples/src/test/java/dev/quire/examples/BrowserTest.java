package dev.quire.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.sun.net.httpserver.HttpServer;
import dev.quire.runtime.PageRoutes;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The example site in a real browser: headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver}, which {@code .ci/run} installs) loads the served pages, and the layout is
 * checked with the browser's own geometry, the data table is clicked and typed into, and every page
 * must load without a console error. A screenshot of every page (the seed page's is {@code ipso.png})
 * is kept in {@code examples/target/screenshots/}. Skipped on a machine without Chromium, except on CI, where
 * that is a failure.
 */
class BrowserTest {
  private static final String CHROMIUM = System.getProperty("quire.chromium", "/usr/bin/chromium");
  private static final String DRIVER = System.getProperty("quire.chromedriver", "/usr/bin/chromedriver");
  private static HttpServer server;
  private static ChromeDriver browser;
  private static String base;

  @BeforeAll
  static void start() throws Exception {
    assumeChromium();
    server = ExampleSite.start(0);
    base = "http://localhost:" + server.getAddress().getPort();
    browser = chromium();
  }

  /** Skips the calling test class on a machine without Chromium, except on CI, where that is a failure. */
  static void assumeChromium() {
    if (!new File(CHROMIUM).canExecute() || !new File(DRIVER).canExecute()) {
      if (System.getenv("CI") != null) {
        fail("Chromium and chromedriver are needed on CI (" + CHROMIUM + ", " + DRIVER + "); .ci/run installs them");
      }
      // Said on the console too: JUnit counts a class skipped in @BeforeAll as "Tests run: 0".
      System.err.println("Browser tests SKIPPED: no Chromium here (" + CHROMIUM + ", " + DRIVER
          + "); install Debian's chromium and chromium-driver, or run with CI=true to make this a failure");
      Assumptions.abort("no Chromium here (" + CHROMIUM + ", " + DRIVER + "); install Debian's chromium and "
          + "chromium-driver (as .ci/run does), or run with CI=true to make this a failure");
    }
  }

  /** Headless Chromium in a 1280 × 1024 window, keeping the console's messages. */
  static ChromeDriver chromium() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
        "--window-size=1280,1024", "--hide-scrollbars");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
        .usingAnyFreePort().build();
    return new ChromeDriver(service, options);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.stop(0);
    }
  }

  @BeforeAll
  static void screenshotFolder() throws Exception {
    Files.createDirectories(Path.of("target", "screenshots"));
  }

  /** Each test starts on a 1280 px desktop window; the phone test emulates a 390 px phone and ends it. */
  @BeforeEach
  void desktop() {
    browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
  }

  /** A phone in portrait: 390 CSS pixels wide (an iPhone 12 to 15), touch, the viewport meta honoured. */
  private static void phone() {
    browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
        Map.of("width", 390, "height", 844, "deviceScaleFactor", 3, "mobile", true));
  }

  @Test
  void theSeedPagesTwoColumnsSitSideBySideAtEqualWidth() throws Exception {
    browser.get(base + "/ipso/");
    List<WebElement> columns = browser.findElements(By.cssSelector(".container > .row-multi-columns > .row > div"));
    assertEquals(2, columns.size());
    Rectangle left = columns.get(0).getRect();
    Rectangle right = columns.get(1).getRect();
    assertEquals(left.getY(), right.getY(), "the columns start at the same height");
    assertEquals(left.getWidth(), right.getWidth(), 1, "the columns are equally wide");
    assertEquals(left.getX() + left.getWidth(), right.getX(), 1, "the right column starts where the left one ends");
    assertTrue(left.getWidth() > 500, "at 1280 px a half of the 1140 px container, not a stacked column: " + left.getWidth());

    Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), Path.of("target", "screenshots", "ipso.png"),
        StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void textAndImageColumnsKeepTheirProportions() {
    browser.get(base + "/ipso/");
    // Inside a half-width column, cols: 4 gives the text 4 of 12 columns and the image the other 8.
    assertProportion(".row-multi-columns .row-text-image", 4.0 / 8.0);
    // At the page's full width, cols: 6 splits it in halves.
    assertProportion(".container > .row-text-image", 1.0);
    browser.get(base + "/showcase/");
    // RowImageText cols: 3 is the image column: 3 of 12 against the text's 9.
    WebElement row = browser.findElement(By.cssSelector(".container > .row-image-text"));
    double ratio = (double) row.findElement(By.cssSelector(".image-col")).getRect().getWidth()
        / row.findElement(By.cssSelector(".text-col")).getRect().getWidth();
    assertEquals(3.0 / 9.0, ratio, 0.02);
  }

  private static void assertProportion(String rowSelector, double textToImage) {
    WebElement row = browser.findElement(By.cssSelector(rowSelector));
    Rectangle text = row.findElement(By.cssSelector(".text-col")).getRect();
    Rectangle image = row.findElement(By.cssSelector(".image-col")).getRect();
    assertEquals(text.getY(), image.getY(), rowSelector + ": text and image side by side");
    assertEquals(textToImage, (double) text.getWidth() / image.getWidth(), 0.02, rowSelector + " text:image width");
  }

  /**
   * Every page of the example site through axe-core (the rules users' own audits run, WCAG 2.2 AA and
   * best practices), at 1280 px and on a 390 px phone: no violation of any impact. The seed page is the
   * original site's IPSO page as written: its first heading is ##### under the page's title, which the
   * build warns about (QUIRE-ACCESS-002 at ipso.md:29:7).
   */
  @Test
  void everyPageOfTheExampleSitePassesAxeAtBothWidths() throws Exception {
    List<String> paths = new ArrayList<>(PageRoutes.of(PageIndex.site()).paths());
    paths.add("/downloads/");
    Map<String, List<String>> expected = Map.of("/ipso", List.of("moderate heading-order (1)"));
    assertEquals(expected, axe(base, paths, false), "axe-core's violations at 1280 px, by page");
    assertEquals(expected, axe(base, paths, true), "axe-core's violations at 390 px, by page");
  }

  /**
   * The original site's pages (the corpus) through axe-core at both widths: what they show that axe
   * flags is their content's, each warned about where it is written when the corpus compiles
   * (CorpusTest): raw {@code <img>} without alt, links inside buttons, headings that skip levels.
   */
  @Test
  void theOriginalSitesPagesPassAxeButForTheirOwnContent(@TempDir Path work) throws Exception {
    Path corpus = CorpusSite.corpus().orElse(null);
    Assumptions.assumeTrue(corpus != null, "the original site's pages are not at " + System.getProperty("quire.corpus")
        + "; run with -Dcorpus.dir=<the folder that holds content/ and rendered/>");
    Path out = work.resolve("site");
    List<String> paths = CorpusSite.write(corpus, work, out);
    HttpServer files = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    files.createContext("/", exchange -> {
      String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
      byte[] body = path.equals("/css/bootstrap.min.css") ? ExampleSite.asset(path).orElseThrow()
          : Files.isRegularFile(out.resolve(path.substring(1)).resolve("index.html"))
              ? Files.readAllBytes(out.resolve(path.substring(1)).resolve("index.html")) : null;
      exchange.getResponseHeaders().set("Content-Type", path.endsWith(".css") ? "text/css" : "text/html;charset=UTF-8");
      exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
      if (body != null) {
        exchange.getResponseBody().write(body);
      }
      exchange.close();
    });
    files.start();
    try {
      String at = "http://127.0.0.1:" + files.getAddress().getPort();
      List<String> encoded = paths.stream().map(path -> path.replace(" ", "%20")).toList();
      assertEquals(CORPUS_CONTENT, axe(at, encoded, false), "axe-core's violations at 1280 px, by page");
      assertEquals(CORPUS_CONTENT, axe(at, encoded, true), "axe-core's violations at 390 px, by page");
    } finally {
      files.stop(0);
    }
  }

  private static final String HEADINGS = "moderate heading-order (1)";
  private static final String IN_BUTTON = "serious nested-interactive (1)";

  /** The corpus's own content that axe flags, by page (CorpusTest lists the warnings that point at each). */
  private static final Map<String, List<String>> CORPUS_CONTENT = Map.ofEntries(
      Map.entry("/", List.of("critical image-alt (1)", IN_BUTTON)),
      Map.entry("/about", List.of("moderate heading-order (2)")),
      Map.entry("/faq", List.of(HEADINGS)),
      Map.entry("/news", List.of(IN_BUTTON)),
      Map.entry("/news/2021-05-19-ENISA-lw2m2-wp", List.of(HEADINGS)),
      Map.entry("/news/2022-04-12-nuSIM_objects", List.of(HEADINGS)),
      Map.entry("/news/2022-06-14-bootstrapping-cellular-networks", List.of(HEADINGS)),
      Map.entry("/news/2023-06-09-IoT-Utilities%20Outreach-Post-Workshop", List.of(IN_BUTTON)),
      Map.entry("/news/2023-10-03-outreach-utility-november", List.of(IN_BUTTON)),
      Map.entry("/news/2023-10-16-SVE-40-Virtual-Test-Event-Nov-23", List.of("serious nested-interactive (2)")),
      Map.entry("/news/2024-05-22-Blog-post-SVE_41", List.of(HEADINGS)),
      Map.entry("/news/2024-07-05-SVE_41-Blog-Industrial-Automation", List.of("moderate heading-order (2)")),
      Map.entry("/news/2024-07-27-Blog-Optimizing-IoT", List.of(HEADINGS)),
      Map.entry("/news/2024-07-29-SVE_41-Blog-Intelligent-Transportation", List.of(HEADINGS)),
      Map.entry("/news/2024-10-02-Release-SVE_42", List.of(HEADINGS)),
      Map.entry("/news/2024-10-02-SVE_42-Blog-MQTT", List.of(HEADINGS)),
      Map.entry("/resources", List.of(HEADINGS)),
      Map.entry("/testfests", List.of(HEADINGS, IN_BUTTON)));

  /** axe-core's source, the copy Deque's Selenium jar bundles. */
  private static String axeSource() throws IOException {
    try (InputStream in = BrowserTest.class.getClassLoader().getResourceAsStream("axe.min.js")) {
      assertTrue(in != null, "axe.min.js is on the test class path (com.deque.html.axe-core:selenium)");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /**
   * axe-core's violations on each of {@code paths} under {@code site}, on a desktop or a phone, as
   * {@code impact rule (nodes)}, by path; pages without one are left out.
   */
  @SuppressWarnings("unchecked")
  private static Map<String, List<String>> axe(String site, List<String> paths, boolean onAPhone) throws Exception {
    String source = axeSource();
    if (onAPhone) {
      phone();
    } else {
      browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
    browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    Map<String, List<String>> found = new TreeMap<>();
    for (String path : paths) {
      browser.get(site + path);
      browser.executeScript(source);
      List<String> violations = (List<String>) browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
          + "axe.run(document).then(function (r) { done(r.violations.map(function (v) {"
          + " return v.impact + ' ' + v.id + ' (' + v.nodes.length + ')'; })); },"
          + " function (e) { done(['axe failed: ' + e]); });");
      if (!violations.isEmpty()) {
        found.put(path, violations);
      }
    }
    browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    browser.manage().logs().get(LogType.BROWSER); // read, so the console test sees only its own pages' messages
    return found;
  }

  /**
   * The keyboard reaches everything: Tab first meets the skip link, which leads to the content; a
   * dropdown of the navigation opens with Enter (its button says so), and Escape closes it and gives
   * the focus back to its button.
   */
  @Test
  void theSkipLinkAndTheNavigationsDropdownWorkFromTheKeyboard() {
    browser.get(base + "/ipso/");
    WebElement body = browser.findElement(By.tagName("body"));
    body.sendKeys(Keys.TAB);
    WebElement skip = browser.switchTo().activeElement();
    assertEquals("Skip to the content", skip.getText(), "the first stop of the keyboard");
    assertTrue(skip.isDisplayed() && skip.getRect().getWidth() > 20, "visible while it has the focus");
    skip.sendKeys(Keys.ENTER);
    assertEquals("main", browser.switchTo().activeElement().getAttribute("id"), "the content has the focus");

    WebElement toggle = browser.findElement(By.cssSelector(".main-nav-bar .dropdown-toggle"));
    WebElement menu = browser.findElement(By.id(toggle.getAttribute("aria-controls")));
    assertEquals("false", toggle.getAttribute("aria-expanded"));
    toggle.sendKeys(Keys.ENTER);
    assertEquals("true", toggle.getAttribute("aria-expanded"));
    assertTrue(menu.isDisplayed(), "Enter opens the list");
    browser.switchTo().activeElement().sendKeys(Keys.TAB);
    assertEquals(Boolean.TRUE, ((JavascriptExecutor) browser).executeScript(
        "return arguments[0].contains(document.activeElement) && document.activeElement.tagName === 'A'", menu),
        "Tab goes to the list's first link");
    browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);
    assertEquals("false", toggle.getAttribute("aria-expanded"));
    assertTrue(!menu.isDisplayed(), "Escape closes it");
    assertEquals(toggle, browser.switchTo().activeElement(), "and gives the focus back to its button");
  }

  @Test
  void theTableSortsByDateFiltersAndPages() {
    browser.get(base + "/table/");
    WebElement table = browser.findElement(By.cssSelector(".container > .row-dynamic-table"));
    assertEquals(5, rows(table).size(), "the first page of five rows");
    assertEquals(List.of("«", "‹", "1", "2", "›", "»"), table.findElements(By.cssSelector("ul.pagination li")).stream()
        .map(WebElement::getText).toList());

    WebElement published = table.findElement(By.cssSelector("th[data-key=published]"));
    WebElement sortButton = published.findElement(By.cssSelector("button.sort-button"));
    sortButton.click();
    assertEquals("ascending", published.getAttribute("aria-sort"));
    // Chronological, not alphabetical: 2025-Jan-15 before 2025-June-3 before 2025-10-02.
    assertEquals(List.of("", "2024-July-29", "2024-Oct-2", "2025-Jan-15", "2025-June-3"), column(table, 3));
    table.findElement(By.cssSelector("ul.pagination button[aria-label='Go to page 2']")).click();
    assertEquals(List.of("2025-10-02", "2026-Nov-2"), column(table, 3));
    assertEquals("2", table.findElement(By.cssSelector("ul.pagination button[aria-current=page]")).getText());
    assertEquals("Go to page 2", browser.switchTo().activeElement().getAttribute("aria-label"),
        "the focus stays on the pager when it is drawn again");
    // The keyboard: Enter on the focused sort button sorts the other way.
    sortButton.sendKeys(Keys.ENTER);
    assertEquals("descending", published.getAttribute("aria-sort"));
    assertEquals(List.of("2026-Nov-2", "2025-10-02", "2025-June-3", "2025-Jan-15", "2024-Oct-2"), column(table, 3));

    WebElement search = table.findElement(By.cssSelector("input[type=search]"));
    search.sendKeys("web page");
    assertEquals(List.of("Quire module reference", "Button grids", "Java documentation", "The seed page"), column(table, 1));
    assertTrue(table.findElements(By.cssSelector("ul.pagination")).stream().noneMatch(WebElement::isDisplayed),
        "one page of results needs no pager");
    search.clear();
    search.sendKeys("IMAGE");
    assertEquals(List.of("Grid diagram"), column(table, 1));
  }

  private static List<WebElement> rows(WebElement table) {
    return table.findElements(By.cssSelector("tbody tr"));
  }

  private static List<String> column(WebElement table, int index) {
    List<String> texts = new ArrayList<>();
    for (WebElement row : rows(table)) {
      texts.add(row.findElement(By.cssSelector("td:nth-child(" + index + ")")).getText());
    }
    return texts;
  }

  @Test
  void onAPhoneColumnsStackAndNothingIsWiderThanTheScreen() throws Exception {
    phone();
    try {
      List<String> problems = new ArrayList<>();
      for (String path : paths()) {
        browser.get(base + path);
        assertEquals(390L, browser.executeScript("return document.documentElement.clientWidth"), "a 390 px viewport");
        @SuppressWarnings("unchecked")
        List<String> found = (List<String>) browser.executeScript(OVERFLOW);
        found.forEach(problem -> problems.add(path + ": " + problem));
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(),
            Path.of("target", "screenshots", "phone-" + name(path) + ".png"), StandardCopyOption.REPLACE_EXISTING);
      }
      assertEquals(List.of(), problems, "at 390 px nothing is wider than the screen and no date wraps");

      browser.get(base + "/ipso/");
      List<WebElement> columns = browser.findElements(By.cssSelector(".container > .row-multi-columns > .row > div"));
      Rectangle first = columns.get(0).getRect();
      Rectangle second = columns.get(1).getRect();
      assertTrue(second.getY() >= first.getY() + first.getHeight(), "the second column is below the first");
      assertEquals(first.getWidth(), second.getWidth(), 1);
      int rowWidth = browser.findElement(By.cssSelector(".container > .row-multi-columns > .row")).getRect().getWidth();
      assertEquals(rowWidth, first.getWidth(), 1, "a stacked column is as wide as its row");
      WebElement row = browser.findElement(By.cssSelector(".container > .row-text-image"));
      Rectangle text = row.findElement(By.cssSelector(".text-col")).getRect();
      Rectangle image = row.findElement(By.cssSelector(".image-col")).getRect();
      assertTrue(image.getY() >= text.getY() + text.getHeight(), "the image is below its text");
      assertEquals(text.getWidth(), image.getWidth(), 1);
    } finally {
      desktop();
    }
  }

  /**
   * What sticks out of the window (390 px on the phone, 1280 px on the desktop): the page scrolling
   * sideways, any visible element reaching past an edge (unless a scrolling or clipping box holds it),
   * and a date that wraps.
   */
  private static final String OVERFLOW = """
      const width = document.documentElement.clientWidth;
      const found = [];
      if (document.documentElement.scrollWidth > width) {
        found.push('the page is ' + document.documentElement.scrollWidth + ' px wide');
      }
      const name = e => e.tagName.toLowerCase() + (e.className && e.className.baseVal === undefined
          ? '.' + e.className.trim().split(/\\s+/).join('.') : '');
      for (const e of document.body.querySelectorAll('*')) {
        const r = e.getBoundingClientRect();
        if (r.width === 0 || r.height === 0 || (r.left >= -0.5 && r.right <= width + 0.5)) continue;
        // Bootstrap's screen-reader-only text (the skip link, a supplied h1) is a clipped 1 px box by design.
        if (e.closest('.sr-only')) continue;
        let held = false;
        for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
          if (getComputedStyle(p).overflowX !== 'visible') { held = true; break; }
        }
        if (!held) found.push(name(e) + ' spans ' + Math.round(r.left) + '..' + Math.round(r.right) + ' px');
      }
      for (const a of document.querySelectorAll('a[href], button')) {
        const r = a.getBoundingClientRect();
        if (r.width === 0 || r.height === 0 || a.closest('.b-table')) continue;
        for (let p = a.parentElement; p && p !== document.body; p = p.parentElement) {
          const box = p.getBoundingClientRect();
          if (getComputedStyle(p).overflowX !== 'visible' && (r.right > box.right + 0.5 || r.left < box.left - 0.5)) {
            found.push('the link ' + a.textContent.trim() + ' is out of sight in ' + name(p) + ' (scroll sideways to reach it)');
            break;
          }
        }
      }
      for (const t of document.querySelectorAll('time')) {
        const line = parseFloat(getComputedStyle(t).lineHeight);
        if (t.getClientRects().length > 1 || t.getBoundingClientRect().height > 1.5 * line) {
          found.push('the date ' + t.textContent + ' wraps');
        }
      }
      return found.slice(0, 20);
      """;

  /** The news index and an entry, at 1280 and at 390 px: cards line up and stand apart, the by-line sits under the title. */
  @Test
  void theNewsAndItsEntriesLineUpAtBothWidths() {
    for (boolean onPhone : List.of(false, true)) {
      if (onPhone) {
        phone();
      }
      try {
        String at = onPhone ? " at 390 px" : " at 1280 px";
        browser.get(base + "/news/");
        List<Rectangle> cards = browser.findElements(By.cssSelector(".row-news-cards .card")).stream()
            .map(WebElement::getRect).toList();
        List<Rectangle> titles = browser.findElements(By.cssSelector(".row-news-cards .card-title")).stream()
            .map(WebElement::getRect).toList();
        assertEquals(3, cards.size());
        if (onPhone) {
          for (int i = 1; i < cards.size(); i++) {
            int gap = cards.get(i).getY() - (cards.get(i - 1).getY() + cards.get(i - 1).getHeight());
            assertTrue(gap >= 16, "stacked cards stand apart" + at + ": " + gap + " px between cards " + i + " and " + (i + 1));
          }
        } else {
          for (Rectangle title : titles) {
            assertEquals(titles.get(0).getY(), title.getY(), 1, "the titles of cards side by side line up" + at);
          }
        }
        for (WebElement time : browser.findElements(By.cssSelector(".row-news-cards time"))) {
          assertTrue(time.getText().matches("\\d{4}-[A-Z][a-z]{2}-\\d{1,2}"), "one date format" + at + ": " + time.getText());
        }

        browser.get(base + "/news/2026-10-05-quire-0-1/");
        WebElement header = browser.findElement(By.cssSelector(".row-document-header"));
        Rectangle title = header.findElement(By.cssSelector("h1")).getRect();
        Rectangle byline = header.findElement(By.cssSelector(".byline")).getRect();
        assertEquals(title.getX(), byline.getX(), 1, "the by-line starts where the title does" + at);
        assertTrue(byline.getY() >= title.getY() + title.getHeight(), "the by-line is under the title" + at);
        assertEquals("By The Quire team \u00b7 2026-Oct-5", header.findElement(By.cssSelector(".byline")).getText());
        assertEquals(List.of("/news/?tag=release", "/news/?tag=modules"), header.findElements(By.cssSelector(".entry-tags a"))
            .stream().map(a -> a.getDomAttribute("href")).toList());
        assertEquals("/news/", header.findElement(By.cssSelector("nav .collection-link")).getDomAttribute("href"));
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(),
            Path.of("target", "screenshots", (onPhone ? "phone-" : "") + "entry-header.png"), StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      } finally {
        if (onPhone) {
          desktop();
        }
      }
    }
  }

  private static List<String> paths() {
    List<String> paths = new ArrayList<>();
    for (String slug : PageIndex.slugs()) {
      paths.add(slug.equals("index") ? "/" : "/" + slug + "/");
    }
    paths.add("/news/");
    paths.add("/news/?tag=modules");
    return paths;
  }

  private static String name(String path) {
    return path.equals("/") ? "index" : path.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
  }

  @Test
  void noPageLogsAConsoleErrorOrIsWiderThanTheWindow() throws Exception {
    List<String> errors = new ArrayList<>();
    for (String path : paths()) {
      browser.get(base + path);
      Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), Path.of("target", "screenshots", name(path) + ".png"),
          StandardCopyOption.REPLACE_EXISTING);
      for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
        if (entry.getLevel().intValue() >= Level.WARNING.intValue()) {
          errors.add(path + ": " + entry.getMessage());
        }
      }
      @SuppressWarnings("unchecked")
      List<String> overflow = (List<String>) browser.executeScript(OVERFLOW);
      overflow.forEach(problem -> errors.add(path + " at 1280 px: " + problem));
    }
    assertEquals(List.of(), errors);
  }
}
