package dev.quire.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The example site in dev mode, as {@code --dev} runs it: in a JVM of its own on {@code exec:java}'s
 * class path (with the provided processor), following a copy of this module's sources and content
 * ({@code -Dquire.dev} names the copy's resource root). Every page is byte for byte the built page,
 * plus the reload script; an edit is served on the next request; a broken edit gives the error page
 * with the build's message; the next good save recovers; and an open page in a real browser reloads
 * itself after a save.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DevModeTest {
  /** The reload script dev mode adds before {@code </body>}, with the content version it was rendered from. */
  private static final Pattern RELOAD = Pattern.compile("<script data-quire-dev=\"(\\d+)\">\n[^<]*</script>\n(?=</body>)");

  @TempDir static Path copy;
  private static Process site;
  private static String base;
  private static Path ipso;
  private static String original;

  @BeforeAll
  static void start() throws IOException {
    for (String folder : List.of("java", "resources")) {
      Path from = Path.of("src/main").resolve(folder);
      try (Stream<Path> files = Files.walk(from)) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          Path to = copy.resolve(folder).resolve(from.relativize(file).toString());
          Files.createDirectories(to.getParent());
          Files.copy(file, to, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    ipso = copy.resolve("resources/pages/ipso.md");
    original = Files.readString(ipso);
    List<String> command = SiteAsRunTest.command("compile-classpath.txt",
        List.of("-Dquire.dev=" + copy.resolve("resources"), "-Dquire.dev.sources=" + copy.resolve("java")),
        "--port", "0");
    site = new ProcessBuilder(command).redirectError(copy.resolve("site.log").toFile()).start();
    base = SiteAsRunTest.baseAddress(site);
  }

  @AfterAll
  static void stop() throws Exception {
    if (site != null) {
      site.destroy();
      site.waitFor(10, TimeUnit.SECONDS);
    }
  }

  @Test
  @Order(1)
  void everyPageIsTheBuiltPageWithTheReloadScript() throws Exception {
    List<String> paths = new ArrayList<>(List.of("/", "/news/", "/news/?tag=modules", "/downloads/"));
    PageIndex.slugs().forEach(slug -> paths.add("/" + slug + "/"));
    for (String path : paths) {
      String query = path.contains("?") ? path.substring(path.indexOf('?') + 1) : null;
      String built = ExampleSite.renderer().renderDocument(
          ExampleSite.pageFor(path.replaceAll("\\?.*", ""), query).orElseThrow());
      String served = get(path).body();
      Matcher script = RELOAD.matcher(served);
      assertTrue(script.find(), path + " carries the reload script before </body>");
      assertEquals(built, script.replaceFirst(""), path + " is the built page, byte for byte, besides the script");
    }
    assertTrue(paths.size() >= 12, paths.toString());
  }

  @Test
  @Order(2)
  void anEditIsServedABrokenEditGivesItsMessageAndTheNextSaveRecovers() throws Exception {
    long before = version(get("/ipso/").body());
    Files.writeString(ipso, original.replace("About OMA SpecWorks", "About OMA SpecWorks, edited"));
    String edited = get("/ipso/").body();
    assertTrue(edited.contains("About OMA SpecWorks, edited"), "the edit is served on the next request");
    assertTrue(version(edited) > before);

    Files.writeString(ipso, original.replace("widths: [6,6]", "widths: [6,7]"));
    HttpResponse<String> broken = get("/ipso/");
    assertEquals(500, broken.statusCode(), "a broken page answers 500, with the error page");
    Document page = Jsoup.parse(broken.body());
    assertEquals("Content errors \u2013 Quire examples", page.title());
    assertEquals(List.of("""
        pages/ipso.md:6:13: [QUIRE-GRID-001] RowMultiColumns widths [6, 7] add up to 13; a row has 12 columns
              widths: [6,7]
                      ^"""), page.select("div.quire-dev-errors pre").stream().map(Element::wholeText).toList());
    HttpResponse<String> home = get("/");
    assertEquals("Content errors \u2013 Quire examples", Jsoup.parse(home.body()).title(),
        "while the content has errors, every page is the error page");
    assertEquals(500, home.statusCode());

    Files.writeString(ipso, original);
    HttpResponse<String> fixed = get("/ipso/");
    assertEquals(200, fixed.statusCode());
    String recovered = fixed.body();
    assertEquals(ExampleSite.renderer().renderDocument(IpsoPage.page()), RELOAD.matcher(recovered).replaceFirst(""));
  }

  /** The open page reloads itself after a save: headless Chromium shows the new title without being told to reload. */
  @Test
  @Order(3)
  void anOpenPageReloadsItselfAfterASave() throws Exception {
    BrowserTest.assumeChromium();
    ChromeDriver browser = BrowserTest.chromium();
    try {
      browser.get(base + "/ipso/");
      String title = browser.getTitle();
      Files.writeString(ipso, original.replaceFirst("^---\n", "---\ntitle: Saved a moment ago\n"));
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (browser.getTitle().equals(title) && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      assertEquals("Saved a moment ago \u2013 Quire examples", browser.getTitle(), "the page reloaded itself");
    } finally {
      browser.quit();
      Files.writeString(ipso, original);
    }
  }

  @Test
  @Order(4)
  void withoutTheSwitchNoDocumentHasTheScript() {
    String document = ExampleSite.renderer().renderDocument(IpsoPage.page());
    assertTrue(!document.contains("data-quire-dev"), "this JVM is not in dev mode");
    assertEquals(1, document.split("<script", -1).length - 1, "one script: the navigation's dropdown, no reload script");
    assertNotEquals(-1, document.indexOf("</body>"));
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return SiteAsRunTest.get(base + path);
  }

  private static long version(String document) {
    Matcher script = RELOAD.matcher(document);
    assertTrue(script.find(), "the reload script");
    return Long.parseLong(script.group(1));
  }
}
