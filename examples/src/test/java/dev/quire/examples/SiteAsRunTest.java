package dev.quire.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example site as the README runs it: in its own JVM, on the run-time class path (written by the
 * build to {@code target/runtime-classpath.txt}: what the site ships with; {@code exec:java} adds the
 * provided processor, which only dev mode uses), not on the test class path, where a test-scoped
 * dependency can hide a class the site needs. Every link from
 * {@code /} answers 200, the static export writes every page, and the server's own failures are
 * answers, never empty replies.
 */
class SiteAsRunTest {
  private static final Pattern SERVING = Pattern.compile("at (http://localhost:\\d+/)");
  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  void everyLinkFromTheHomePageAnswers200() throws Exception {
    Process site = start("--port", "0");
    try {
      String base = baseAddress(site);
      Map<String, Integer> statuses = crawl(base);
      Map<String, Integer> failed = new LinkedHashMap<>();
      statuses.forEach((path, status) -> {
        if (status != 200) {
          failed.put(path, status);
        }
      });
      assertEquals(Map.of(), failed, "every link from / answers 200");
      assertTrue(statuses.containsKey("/news/") && statuses.containsKey("/news/?tag=modules")
          && statuses.containsKey("/ipso/") && statuses.containsKey("/css/bootstrap.min.css"),
          "the crawl reaches the news index, its tag filter, the seed page and the CSS: " + statuses.keySet());
    } finally {
      site.destroy();
      site.waitFor(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void theStaticExportWritesEveryPageTheServerLinksTo(@TempDir Path out) throws Exception {
    Process export = start("--out", out.toString());
    String output = new String(export.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(export.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, export.exitValue(), output);

    List<String> missing = new ArrayList<>();
    List<Path> pages;
    try (var files = Files.walk(out)) {
      pages = files.filter(file -> file.toString().endsWith(".html")).toList();
    }
    assertEquals(PageIndex.slugs().size() + 2 + PageIndex.news().tags().size(), pages.size(),
        "a file per page, the news index, a page per tag and the downloads page: " + pages);
    for (Path page : pages) {
      Document document = Jsoup.parse(page.toFile(), "UTF-8");
      for (String link : links(document)) {
        if (link.startsWith("/") && !Files.isRegularFile(file(out, link))) {
          missing.add(out.relativize(page) + " -> " + link);
        }
      }
    }
    assertEquals(List.of(), missing, "every site link of every written page is a written file");
  }

  @Test
  void aFailingPageIsA500WithAMessageNotAnEmptyReply() throws Exception {
    HttpServer server = ExampleSite.start(0, (path, query) -> {
      throw new NoClassDefFoundError("org/example/Missing");
    });
    try {
      HttpResponse<String> response = get("http://localhost:" + server.getAddress().getPort() + "/ipso/");
      assertEquals(500, response.statusCode());
      assertEquals("Internal error while answering /ipso/: java.lang.NoClassDefFoundError: org/example/Missing"
          + " (the server's log has the details)", response.body());
    } finally {
      server.stop(0);
    }
  }

  @Test
  void aPortInUseIsNamedWithTheWayToChooseAnother() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getByName("localhost"))) {
      Process site = start("--port", String.valueOf(taken.getLocalPort()));
      String errors = new String(site.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(site.waitFor(30, TimeUnit.SECONDS));
      assertEquals(2, site.exitValue());
      assertEquals("ExampleSite: port " + taken.getLocalPort() + " is already in use (another server, or this one"
          + " still running); choose another with --port: add -Dexec.args=\"--port 9090\" to the command", errors.strip());
    }
  }

  /** Starts {@code ExampleSite} in a new JVM on the run-time class path. */
  private static Process start(String... args) throws IOException {
    return new ProcessBuilder(command("runtime-classpath.txt", List.of(), args)).start();
  }

  /**
   * The command that runs {@code ExampleSite} with {@code args} in a new JVM with {@code options}, on
   * the class path the build wrote to {@code target/<classpathFile>}.
   */
  static List<String> command(String classpathFile, List<String> options, String... args) throws IOException {
    Path file = Path.of("target", classpathFile);
    assertTrue(Files.isRegularFile(file), "the build writes " + file);
    String classpath = Path.of("target", "classes") + java.io.File.pathSeparator + Files.readString(file).strip();
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(options);
    command.addAll(List.of("-cp", classpath, ExampleSite.class.getName()));
    command.addAll(List.of(args));
    return command;
  }

  /** Reads the server's first line ({@code Serving … at http://localhost:N/ …}) for its address. */
  static String baseAddress(Process site) throws IOException {
    BufferedReader lines = new BufferedReader(new InputStreamReader(site.getInputStream(), StandardCharsets.UTF_8));
    String line = lines.readLine();
    if (line == null) {
      throw new AssertionError("the site printed nothing: "
          + new String(site.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }
    Matcher matcher = SERVING.matcher(line);
    assertTrue(matcher.find(), line);
    return matcher.group(1).replaceAll("/$", "");
  }

  /** Every site path reachable from {@code /} through links, stylesheets, images and scripts, with its status. */
  private static Map<String, Integer> crawl(String base) throws Exception {
    Map<String, Integer> statuses = new LinkedHashMap<>();
    Deque<String> queue = new ArrayDeque<>(List.of("/"));
    while (!queue.isEmpty()) {
      String path = queue.poll();
      if (statuses.containsKey(path)) {
        continue;
      }
      HttpResponse<String> response = get(base + path);
      statuses.put(path, response.statusCode());
      boolean html = response.headers().firstValue("Content-Type").orElse("").startsWith("text/html");
      if (response.statusCode() == 200 && html) {
        for (String link : links(Jsoup.parse(response.body(), base + path))) {
          if (link.startsWith("/") && !link.startsWith("//")) {
            queue.add(link);
          }
        }
      }
    }
    return statuses;
  }

  /** The addresses a document loads or links to, without their fragments. */
  private static List<String> links(Document document) {
    List<String> links = new ArrayList<>();
    for (Element element : document.select("a[href], link[href], img[src], script[src]")) {
      String link = element.hasAttr("href") ? element.attr("href") : element.attr("src");
      int hash = link.indexOf('#');
      link = hash < 0 ? link : link.substring(0, hash);
      if (!link.isEmpty()) {
        links.add(link);
      }
    }
    return links;
  }

  /** The file a static host serves for a site path: {@code /x/} is {@code x/index.html}; queries are ignored. */
  private static Path file(Path root, String link) {
    String path = link.replaceAll("\\?.*$", "");
    return root.resolve((path.endsWith("/") ? path + "index.html" : path).substring(1));
  }

  static HttpResponse<String> get(String address) throws Exception {
    return CLIENT.send(HttpRequest.newBuilder(URI.create(address)).timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
