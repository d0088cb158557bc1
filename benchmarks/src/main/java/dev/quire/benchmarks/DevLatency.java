package dev.quire.benchmarks;

import com.sun.net.httpserver.HttpServer;
import dev.quire.dsl.Page;
import dev.quire.runtime.HtmlRenderer;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import javax.tools.ToolProvider;

/**
 * Dev mode's edit-to-page time (issue 14), measured as a developer meets it: a site built as a build
 * builds it, served by a JVM of its own in dev mode ({@code -Dquire.dev}), and edited file by file.
 * Each edit appends a sentence to one page's content file (the pages in turn), and the time runs from
 * the end of the write to the end of the HTTP answer that carries the sentence: the content digest,
 * the compile, the render and the request. The first edit comes right after the server's first
 * answer, with no pause: it meets the JIT as cold as a developer who edits at once does. The other
 * edits follow one another 100 ms apart. Then every page the site lists is fetched and compared,
 * byte for byte, with the built page rendered here (dev mode adds its reload script and nothing else).
 *
 * <p>Sites: the example site (its module's sources, copied) and the original site's 27 files
 * ({@code -Dquire.corpus}, else {@code ../shared/corpus/oma}; skipped when absent). Arguments: the number
 * of edits per site (default 60); {@code --no-readme} to only print, else the tables go to
 * {@code benchmarks/README.md} and the README's dev mode section.
 */
public final class DevLatency {
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final String PAUSE_MS = "100";

  private DevLatency() {}

  public static void main(String[] args) throws Exception {
    int edits = 60;
    boolean readme = true;
    for (String arg : args) {
      if (arg.equals("--no-readme")) {
        readme = false;
      } else {
        edits = Integer.parseInt(arg);
      }
    }
    Path work = Files.createTempDirectory("quire-dev-latency");
    StringBuilder report = new StringBuilder(Readme.environment()).append(" ").append(edits)
        .append(" edits per site, one JVM per site.\n\n")
        .append("| site | files | first edit after start | median | p95 | max | the processor's round: median, p95 "
            + "| classes compiled per edit | pages identical to the build (of a large site: those edited and every 100th) |\n")
        .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    try {
      report.append(measure("example site", exampleSite(work.resolve("example")), "dev.quire.examples.PageIndex", edits));
      Path corpus = Path.of(System.getProperty("quire.corpus", "../shared/corpus/oma"), "content");
      if (Files.isDirectory(corpus)) {
        report.append(measure("original site", originalSite(work.resolve("original"), corpus),
            "com.example.site.PageIndex", edits));
      } else {
        report.append("| original site | – | not measured: no corpus at ").append(corpus).append(" | | | | | | |\n");
      }
      report.append(measure(String.format(Locale.ROOT, "%,d generated pages", LARGE), largeSite(work.resolve("large")),
          "com.example.large.PageIndex", edits));
    } finally {
      delete(work);
    }
    report.append("\nTargets, from this run:\n\n");
    report.append("- issue 14, the example and original sites: p95 < 300 ms with no restart, ").append(worstP95[0] < 300
        ? "met" : "NOT met").append(String.format(Locale.ROOT, " (worst p95 %.0f ms)%n", worstP95[0]));
    report.append(String.format(Locale.ROOT, "- issue 27, %,d pages: the edit's page p95 < 300 ms: %.0f ms, %s; the "
        + "processor's round ≤ 200 ms (p95): %.0f ms, %s; one edit compiles at most its page and the index again: %s%n",
        LARGE, largeP95[0], largeP95[0] < 300 ? "met" : "NOT met", largeP95[1], largeP95[1] <= 200 ? "met" : "NOT met",
        largeP95[2] <= 2 ? "met" : "NOT met"));
    report.append(String.format(Locale.ROOT, "- every page served identical to the build's: %s%n", allIdentical[0] ? "yes"
        : "NO"));
    System.out.println(report);
    if (readme) {
      Readme.replace(Path.of("benchmarks/README.md"), "dev", report.toString());
      Readme.replace(Path.of("README.md"), "dev-figures", report.toString());
    }
  }

  /** The example module's sources and content, as a project of their own. */
  private static Path exampleSite(Path root) throws IOException {
    for (String folder : List.of("java", "resources")) {
      copy(Path.of("examples/src/main").resolve(folder), root.resolve("src/main").resolve(folder));
    }
    return root;
  }

  /** The original site's content under {@code pages}, named by a package of its own. */
  private static Path originalSite(Path root, Path corpus) throws IOException {
    copy(corpus, root.resolve("src/main/resources/pages"));
    Path source = Files.createDirectories(root.resolve("src/main/java/com/example/site"));
    Files.writeString(source.resolve("package-info.java"), "@dev.quire.dsl.Pages(\"pages\")\npackage com.example.site;\n");
    return root;
  }

  /** How many pages the large site has. */
  static final int LARGE = 10_000;

  /**
   * A site of {@link #LARGE} pages in one folder, each a title, a paragraph and a link to the next page
   * (which the link check resolves), named by a package of its own.
   */
  private static Path largeSite(Path root) throws IOException {
    Path pages = Files.createDirectories(root.resolve("src/main/resources/pages"));
    for (int i = 0; i < LARGE; i++) {
      Files.writeString(pages.resolve(String.format(Locale.ROOT, "p%05d.md", i)), String.format(Locale.ROOT,
          "---%ntitle: Page %d%n---%nThe text of page %d, with **emphasis** and a [link to the next page](/p%05d).%n", i,
          i, (i + 1) % LARGE));
    }
    Path source = Files.createDirectories(root.resolve("src/main/java/com/example/large"));
    Files.writeString(source.resolve("package-info.java"), "@dev.quire.dsl.Pages(\"pages\")\npackage com.example.large;\n");
    return root;
  }

  /** The worst p95 and whether every page was identical, over the sites measured. */
  private static final double[] worstP95 = {0};
  private static final boolean[] allIdentical = {true};
  /** The large site's p95 from edit to page, p95 of the processor's round, and most classes compiled per edit. */
  private static final double[] largeP95 = {Double.NaN, Double.NaN, Double.NaN};

  private static String measure(String name, Path project, String index, int edits) throws Exception {
    build(project);
    Path resources = project.resolve("src/main/resources");
    Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Dquire.dev=" + resources, "-Dquire.dev.sources=" + project.resolve("src/main/java"),
        "-cp", project.resolve("target/classes") + File.pathSeparator + System.getProperty("java.class.path"),
        Server.class.getName(), index)
        .redirectError(project.resolve("server.log").toFile()).start();
    try {
      String base = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8)).readLine();
      if (base == null) {
        throw new IllegalStateException("the dev server did not start:\n" + Files.readString(project.resolve("server.log")));
      }
      ClassLoader built = new URLClassLoader(new URL[] {project.resolve("target/classes").toUri().toURL()},
          DevLatency.class.getClassLoader());
      Class<?> indexClass = Class.forName(index, true, built);
      @SuppressWarnings("unchecked")
      List<String> slugs = (List<String>) indexClass.getMethod("slugs").invoke(null);
      get(base, slugs.get(0)); // the server's first answer: its first compile
      long files;
      try (Stream<Path> all = Files.walk(resources.resolve("pages"))) {
        files = all.filter(path -> path.toString().endsWith(".md")).count();
      }
      java.util.Map<Path, String> originals = new java.util.HashMap<>();
      double[] millis = new double[edits];
      for (int i = 0; i < edits; i++) {
        String slug = slugs.get(i % slugs.size());
        Path file = resources.resolve("pages").resolve(slug + ".md");
        String sentence = "Edited for the " + (i + 1) + "th time.";
        String text = Files.readString(file);
        originals.putIfAbsent(file, text);
        Files.writeString(file, text + "\n" + sentence + "\n");
        long start = System.nanoTime();
        String body = get(base, slug);
        millis[i] = (System.nanoTime() - start) / 1e6;
        if (!body.contains(sentence)) {
          throw new IllegalStateException(slug + " was served without the edit:\n" + body);
        }
        Thread.sleep(Long.parseLong(PAUSE_MS));
      }
      String editsLog = Files.readString(project.resolve("server.log")); // before the content is put back
      for (java.util.Map.Entry<Path, String> original : originals.entrySet()) {
        Files.writeString(original.getKey(), original.getValue()); // the content as built, again
      }
      int identical = 0;
      HtmlRenderer renderer = HtmlRenderer.builder().build();
      // every page of a small site; of the large one the pages edited and every hundredth (each request in
      // dev mode reads every content file to tell whether one changed: 10,000 requests would take minutes)
      List<String> compared = new ArrayList<>();
      for (int i = 0; i < slugs.size(); i++) {
        if (slugs.size() < LARGE || i < edits || i % 100 == 0) {
          compared.add(slugs.get(i));
        }
      }
      for (String slug : compared) {
        Page page = ((Optional<?>) indexClass.getMethod("find", String.class).invoke(null, slug))
            .map(Page.class::cast).orElseThrow();
        String served = get(base, slug).replaceFirst("<script data-quire-dev=\"\\d+\">\n[^<]*</script>\n(?=</body>)", "");
        if (served.equals(renderer.renderDocument(page))) {
          identical++;
        } else {
          System.out.println(name + ": " + slug + " differs from the built page");
        }
      }
      // what dev mode logged for each edit's compile: the processor's round, and the classes compiled again
      java.util.List<Double> rounds = new ArrayList<>();
      int mostCompiled = 0;
      java.util.regex.Matcher logged = java.util.regex.Pattern.compile("content version (\\d+) compiled in \\d+ ms \\(the "
          + "processor (\\d+) ms; (\\d+) of \\d+ classes compiled again\\)").matcher(editsLog);
      while (logged.find()) {
        if (Long.parseLong(logged.group(1)) > 1) {
          rounds.add(Double.parseDouble(logged.group(2)));
          mostCompiled = Math.max(mostCompiled, Integer.parseInt(logged.group(3)));
        }
      }
      double[] round = rounds.stream().mapToDouble(Double::doubleValue).sorted().toArray();
      String processor = round.length == 0 ? "–" : String.format(Locale.ROOT, "%.0f ms, %.0f ms", percentile(round, 50),
          percentile(round, 95));
      double first = millis[0];
      double[] sorted = millis.clone();
      java.util.Arrays.sort(sorted);
      System.out.printf(Locale.ROOT, "%s: %s%n", name, java.util.Arrays.toString(millis));
      if (files >= LARGE) {
        largeP95[0] = percentile(sorted, 95);
        largeP95[1] = round.length == 0 ? Double.NaN : percentile(round, 95);
        largeP95[2] = mostCompiled;
      } else {
        worstP95[0] = Math.max(worstP95[0], percentile(sorted, 95));
      }
      allIdentical[0] &= identical == compared.size();
      return String.format(Locale.ROOT, "| %s | %,d | %.0f ms | %.0f ms | %.0f ms | %.0f ms | %s | at most %d | %,d of %,d |\n",
          name, files, first, percentile(sorted, 50), percentile(sorted, 95), sorted[sorted.length - 1], processor,
          mostCompiled, identical, compared.size());
    } finally {
      server.destroy();
    }
  }

  /** The nearest-rank percentile of sorted values. */
  private static double percentile(double[] sorted, int percent) {
    int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }

  /**
   * Compiles the project's sources with the processor into {@code target/classes}, as {@code mvn compile} would
   * (the generated sources in {@code target/generated-sources/annotations}, not on the class path).
   */
  private static void build(Path project) throws IOException {
    Path classes = Files.createDirectories(project.resolve("target/classes"));
    Path generated = Files.createDirectories(project.resolve("target/generated-sources/annotations"));
    List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-s", generated.toString(),
        "-cp", System.getProperty("java.class.path"),
        "-processorpath", System.getProperty("java.class.path"), "-processor", "dev.quire.processor.PagesProcessor",
        "-Aquire.resources=" + project.resolve("src/main/resources"), "-encoding", "UTF-8", "-nowarn"));
    try (Stream<Path> sources = Files.walk(project.resolve("src/main/java"))) {
      sources.filter(path -> path.toString().endsWith(".java")).forEach(path -> args.add(path.toString()));
    }
    int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, args.toArray(String[]::new));
    if (status != 0) {
      throw new IllegalStateException("the site did not compile: " + project);
    }
  }

  private static String get(String base, String slug) throws IOException, InterruptedException {
    URI address;
    try {
      address = new URI("http", URI.create(base).getRawAuthority(), "/" + slug, null, null);
    } catch (java.net.URISyntaxException e) {
      throw new IllegalArgumentException(slug, e);
    }
    HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(address).build(),
        HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(address + " answered " + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }

  static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        Files.createDirectories(target.getParent());
        Files.copy(file, target);
      }
    }
  }

  private static void delete(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  /**
   * The dev server: the site's index class (first argument) served at {@code /<slug>} with the JDK's
   * HTTP server, every request rendered anew, as an application in dev mode serves it. Prints its
   * address, then serves until it is stopped.
   */
  public static final class Server {
    private Server() {}

    public static void main(String[] args) throws Exception {
      Class<?> index = Class.forName(args[0]);
      HtmlRenderer renderer = HtmlRenderer.builder().build();
      HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
      server.createContext("/", exchange -> {
        try (exchange) {
          byte[] body;
          int status = 200;
          try {
            Optional<?> page = (Optional<?>) index.getMethod("find", String.class)
                .invoke(null, exchange.getRequestURI().getPath().substring(1));
            body = page.isPresent() ? renderer.renderDocument((Page) page.get()).getBytes(StandardCharsets.UTF_8)
                : "no such page".getBytes(StandardCharsets.UTF_8);
            status = page.isPresent() ? 200 : 404;
          } catch (ReflectiveOperationException | RuntimeException e) {
            body = e.toString().getBytes(StandardCharsets.UTF_8);
            status = 500;
          }
          exchange.sendResponseHeaders(status, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        }
      });
      server.start();
      System.out.println("http://localhost:" + server.getAddress().getPort() + "/");
    }
  }
}
