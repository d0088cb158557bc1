package dev.quire.examples;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.quire.dsl.DevMode;
import dev.quire.dsl.Entries;
import dev.quire.dsl.Footer;
import dev.quire.dsl.Icon;
import dev.quire.dsl.Navigation;
import dev.quire.dsl.Page;
import dev.quire.runtime.HtmlRenderer;
import dev.quire.runtime.PageRoutes;
import dev.quire.runtime.RenderedPage;
import dev.quire.runtime.SiteFiles;
import dev.quire.runtime.StaticExport;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Serves every page of {@link PageIndex} at {@code http://localhost:8080/<slug>/} with the JDK's HTTP
 * server ({@code /} is the {@code index} page), the downloads page (bound to {@link Downloads}) at {@code /downloads/},
 * the news collection's index at {@code /news/} (filtered
 * by {@code ?tag=}), with Bootstrap's CSS and the images served from the class path, so it works
 * offline. Every document has the navigation bar of {@code menus.md} and a footer made here in Java.
 * {@code --port N} picks another port; {@code --out DIR} writes the site as static files instead of
 * serving it (with {@code --base-url URL} also the sitemap, robots.txt and the news feed); {@code --dev} turns dev mode on ({@link DevMode}): the pages follow the content files in
 * {@code src/main/resources/pages} as they are saved, and open pages reload.
 */
public final class ExampleSite {
  /** Where the Bootstrap webjar keeps its CSS on the class path. */
  static final String BOOTSTRAP = "/META-INF/resources/webjars/bootstrap/4.6.2/css/bootstrap.min.css";
  /** The address the documents link to for Bootstrap's CSS, served by {@link #asset} from the webjar. */
  static final String STYLESHEET = "/css/bootstrap.min.css";
  /** The images of {@code src/main/resources/static/images}, which the static export copies. */
  static final String[] IMAGES = {"/images/working_together_2.jpg", "/images/grid.png", "/images/banner.png",
      "/favicon.svg", "/favicon.ico"};
  private static final Map<String, String> TYPES = Map.of(
      "css", "text/css; charset=utf-8", "png", "image/png", "jpg", "image/jpeg", "jpeg", "image/jpeg", "svg", "image/svg+xml", "ico", "image/x-icon");
  private static final String USAGE = "usage: ExampleSite [--port N] [--out DIR [--base-url URL]] [--dev]\n"
      + "  (through Maven: add -Dexec.args=\"--port 9090\" to the README's run command)";
  private static final System.Logger LOG = System.getLogger(ExampleSite.class.getName());
  /** The generated index's addresses: {@code /} is the index page, {@code /ipso/} the seed page. */
  private static final PageRoutes ROUTES = PageRoutes.of(PageIndex.site());

  private ExampleSite() {}

  public static void main(String[] args) throws IOException {
    int port = 8080;
    Path out = null;
    String baseUrl = null;
    boolean dev = false;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--port") && i + 1 < args.length) {
        port = port(args[++i]);
      } else if (args[i].equals("--out") && i + 1 < args.length) {
        out = Path.of(args[++i]);
      } else if (args[i].equals("--base-url") && i + 1 < args.length) {
        baseUrl = args[++i];
      } else if (args[i].equals("--dev")) {
        dev = true;
      } else {
        exit("unknown argument '" + args[i] + "'\n" + USAGE);
      }
    }
    if (dev) {
      // Before any page class loads: DevMode reads the property once.
      System.setProperty(DevMode.PROPERTY, resourceRoot().toString());
    }
    if (out != null) {
      StaticExport.Result written = writeSite(out, baseUrl == null ? renderer() : renderer(baseUrl));
      System.out.println("Wrote " + written.files().size() + " files (every page, the news index and its tags, "
          + (baseUrl == null ? "" : "the sitemap, robots.txt and the news feed, ") + "then the downloads page, the CSS"
          + " and the images) to " + out.toAbsolutePath());
      return;
    }
    HttpServer server;
    try {
      server = start(port);
    } catch (BindException e) {
      exit("port " + port + " is already in use (another server, or this one still running); "
          + "choose another with --port: add -Dexec.args=\"--port 9090\" to the command");
      return;
    }
    String base = "http://localhost:" + server.getAddress().getPort() + "/";
    System.out.println("Serving " + PageIndex.slugs() + ", the news index and downloads (a page with a model) at " + base
        + "  (seed page: " + base + "ipso). Ctrl-C stops.");
    if (DevMode.ACTIVE) {
      System.out.println("Dev mode: the pages follow " + System.getProperty(DevMode.PROPERTY)
          + "; save a content file there and open pages reload.");
    }
  }

  /**
   * {@code src/main/resources} of this module, where the content folder is: found from where this class
   * was loaded ({@code target/classes}), so {@code --dev} works whatever the working directory.
   */
  static Path resourceRoot() {
    Path root;
    try {
      Path classes = Path.of(ExampleSite.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      root = classes.resolve("../../src/main/resources").normalize();
    } catch (java.net.URISyntaxException | RuntimeException e) {
      root = null;
    }
    if (root == null || !Files.isDirectory(root.resolve("pages"))) {
      exit("--dev follows the content in the examples module's src/main/resources, which is not beside the classes "
          + "this runs from; run it from a clone of the repository (the README's command)");
    }
    return root;
  }

  /** The renderer: made once, or in dev mode for each request, since menus.md may change the navigation bar. */
  static HtmlRenderer renderer() {
    if (!DevMode.ACTIVE) {
      return Renderer.ONCE;
    }
    try {
      return renderer(Optional.of(PageIndex.navigation()));
    } catch (IllegalStateException e) { // the content has errors: the error page comes without the bar
      return renderer(Optional.empty());
    }
  }

  /** The renderer of the export to a site at {@code baseUrl}: its canonical addresses, sitemap and feed there. */
  private static HtmlRenderer renderer(String baseUrl) {
    try {
      return builder(Optional.of(PageIndex.navigation())).baseUrl(baseUrl).build();
    } catch (IllegalArgumentException e) {
      exit(e.getMessage());
      return null;
    }
  }

  private static HtmlRenderer renderer(Optional<Navigation> navigation) {
    return builder(navigation).build();
  }

  private static HtmlRenderer.Builder builder(Optional<Navigation> navigation) {
    HtmlRenderer.Builder builder = HtmlRenderer.builder().stylesheet(STYLESHEET).siteName("Quire examples")
        .favicon("/favicon.svg").themeColor("#413c58")
        .footer(Footer.of("Quire example site").link(Icon.of("fab github"), "Quire on GitHub", "https://github.com/"));
    navigation.ifPresent(builder::navigation);
    return builder;
  }

  /** The renderer of a site that does not change while it runs. */
  private static final class Renderer {
    static final HtmlRenderer ONCE = renderer(Optional.of(PageIndex.navigation()));
  }

  private static int port(String text) {
    try {
      int port = Integer.parseInt(text);
      if (port >= 0 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    exit("--port takes a port number from 0 to 65535 (0 picks a free one), not '" + text + "'\n" + USAGE);
    return -1;
  }

  private static void exit(String message) {
    System.err.println("ExampleSite: " + message);
    System.exit(2);
  }

  /** Starts the server on {@code port} (0 picks a free one). */
  static HttpServer start(int port) throws IOException {
    return start(port, ExampleSite::pageFor);
  }

  /** Starts the server on {@code port} with {@code pages} giving the page for a request path and query. */
  static HttpServer start(int port, Pages pages) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("localhost", port), 0);
    server.createContext("/", exchange -> handle(exchange, pages));
    server.start();
    return server;
  }

  /** The page of a request path and (raw) query, or none. */
  @FunctionalInterface
  interface Pages {
    Optional<Page> find(String path, String query);
  }

  /** The page for a request path: {@code /} is {@code index}, {@code /ipso} and {@code /ipso/} are {@code ipso}. */
  static Optional<Page> pageFor(String path) {
    return pageFor(path, null);
  }

  /**
   * The page for a request path and query: {@code /downloads/} shows {@link Downloads#current()};
   * every other address is the generated index's, through {@link PageRoutes} ({@code /news/} is the
   * news collection's index, filtered by {@code tag=…} when the query has a tag an entry has).
   */
  static Optional<Page> pageFor(String path, String query) {
    if (path.replaceAll("^/+|/+$", "").equals("downloads")) {
      return Optional.of(DownloadsPage.page(Downloads.current()));
    }
    return ROUTES.find(path, query);
  }

  /**
   * Answers one request. The whole answer is made before anything is sent, so a failure anywhere
   * (a page that cannot render, a missing class) is a 500 with a short message, logged with its
   * stack trace, never an empty reply.
   */
  private static void handle(HttpExchange exchange, Pages pages) throws IOException {
    try (exchange) {
      Response response;
      try {
        response = respond(exchange.getRequestMethod(), exchange.getRequestURI(), pages, exchange.getRequestHeaders());
      } catch (Throwable e) { // an Error too (NoClassDefFoundError…): the client still gets an answer
        LOG.log(System.Logger.Level.ERROR, "failed to answer " + exchange.getRequestMethod() + " "
            + exchange.getRequestURI(), e);
        response = Response.text(500, "Internal error while answering " + exchange.getRequestURI().getRawPath()
            + ": " + e + " (the server's log has the details)");
      }
      send(exchange, response);
    }
  }

  /** A status, a content type and a body (none for 204). */
  record Response(int status, String type, byte[] body, Map<String, String> headers) {
    Response(int status, String type, byte[] body) {
      this(status, type, body, Map.of());
    }

    static Response text(int status, String text) {
      return new Response(status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
    }
  }

  /**
   * The answer to a request with headers {@code request}: a page's bytes ({@link RenderedPage}) with
   * its ETag, a 304 when the client has them, gzip when it accepts it; an asset; or a short text for
   * what is not there.
   */
  static Response respond(String method, URI uri, Pages pages, Headers request) throws IOException {
    String path = URI.create(uri.getRawPath()).getPath();
    if (!method.equals("GET") && !method.equals("HEAD")) {
      return Response.text(405, "GET only");
    }
    if (path.equals("/favicon.ico")) {
      return new Response(204, null, null);
    }
    Optional<byte[]> asset = asset(path);
    if (asset.isPresent()) {
      return new Response(200, TYPES.getOrDefault(extension(path), "application/octet-stream"), asset.get());
    }
    Optional<Response> siteFile = siteFile(path, request);
    if (siteFile.isPresent()) {
      return siteFile.get();
    }
    Optional<Page> page = pages.find(path, uri.getRawQuery());
    if (page.isEmpty()) {
      return Response.text(404, "No page at " + path + "; pages: " + PageIndex.slugs());
    }
    RenderedPage rendered = RenderedPage.of(page.get(), renderer());
    Map<String, String> headers = Map.of("ETag", rendered.etag(), "Vary", "Accept-Encoding");
    if (rendered.status() == 200 && rendered.matches(request.getFirst("If-None-Match"))) {
      return new Response(304, null, null, headers);
    }
    if (RenderedPage.acceptsGzip(request.getFirst("Accept-Encoding"))) {
      Map<String, String> gzip = new java.util.HashMap<>(headers);
      gzip.put("Content-Encoding", "gzip");
      return new Response(rendered.status(), RenderedPage.CONTENT_TYPE, rendered.gzip(), gzip);
    }
    return new Response(rendered.status(), RenderedPage.CONTENT_TYPE, rendered.bytes(), headers); // 500: dev mode's errors
  }

  /** Bootstrap's CSS from the webjar, images from {@code static/} on the class path. */
  static Optional<byte[]> asset(String path) throws IOException {
    String resource = path.equals(STYLESHEET) ? BOOTSTRAP
        : path.startsWith("/images/") && !path.contains("..") || path.equals("/favicon.svg") || path.equals("/favicon.ico")
            ? "/static" + path : null;
    if (resource == null) {
      return Optional.empty();
    }
    try (InputStream in = ExampleSite.class.getResourceAsStream(resource)) {
      return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
    }
  }

  /**
   * {@code /sitemap.xml}, {@code /robots.txt} and {@code /news/feed.xml} ({@link SiteFiles}), their
   * addresses under the one the request came to ({@code http://localhost:8080}).
   */
  static Optional<Response> siteFile(String path, Headers request) {
    if (!path.equals(SiteFiles.SITEMAP) && !path.equals(SiteFiles.ROBOTS) && !path.endsWith("/feed.xml")) {
      return Optional.empty(); // asks nothing of the pages (in dev mode they may have errors)
    }
    String host = request.getFirst("Host");
    String base = "http://" + (host != null && host.matches("[A-Za-z0-9.-]+(:[0-9]{1,5})?") ? host : "localhost");
    String xml = "application/xml; charset=utf-8";
    if (path.equals(SiteFiles.SITEMAP)) {
      return Optional.of(new Response(200, xml, SiteFiles.sitemap(ROUTES, base).getBytes(StandardCharsets.UTF_8)));
    }
    if (path.equals(SiteFiles.ROBOTS)) {
      return Optional.of(Response.text(200, SiteFiles.robots(base)));
    }
    for (Entries entries : ROUTES.collections()) {
      if (path.equals(SiteFiles.feedPath(entries.name()))) {
        return Optional.of(new Response(200, "application/atom+xml; charset=utf-8",
            SiteFiles.feed(entries, "Quire examples: "
            + PageRoutes.collectionHeading(entries.name()), base, SiteFiles.FEED_ENTRIES).getBytes(StandardCharsets.UTF_8)));
      }
    }
    return Optional.empty();
  }

  private static void send(HttpExchange exchange, Response response) throws IOException {
    response.headers().forEach(exchange.getResponseHeaders()::set);
    if (response.body() == null) {
      exchange.sendResponseHeaders(response.status(), -1);
      return;
    }
    exchange.getResponseHeaders().set("Content-Type", response.type());
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(response.status(), head ? -1 : response.body().length);
    if (!head) {
      exchange.getResponseBody().write(response.body());
    }
  }

  private static String extension(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? "" : path.substring(dot + 1);
  }

  /**
   * Writes the site under {@code dir} with the runtime's static export ({@link StaticExport}): every
   * page at {@code <slug>/index.html}, the news index and its tags' pages, and, since the application
   * renders it itself, the downloads page with its data; then the CSS and the images.
   */
  static void writeSite(Path dir) throws IOException {
    writeSite(dir, renderer());
  }

  /** {@link #writeSite(Path)} with {@code renderer}: one with a base URL also writes the sitemap, robots.txt and the feed. */
  static StaticExport.Result writeSite(Path dir, HtmlRenderer renderer) throws IOException {
    StaticExport.Result result = StaticExport.write(ROUTES, renderer, dir, Optional.empty());
    Files.createDirectories(dir.resolve("downloads"));
    try (OutputStream out = Files.newOutputStream(dir.resolve("downloads/index.html"))) {
      renderer.renderDocument(pageFor("/downloads/").orElseThrow(), out);
    }
    write(dir, STYLESHEET);
    for (String image : IMAGES) {
      write(dir, image);
    }
    return result;
  }

  private static void write(Path dir, String asset) throws IOException {
    Path file = dir.resolve(asset.substring(1));
    Files.createDirectories(file.getParent());
    Files.write(file, asset(asset).orElseThrow(() -> new IOException("no resource for " + asset)));
  }
}
