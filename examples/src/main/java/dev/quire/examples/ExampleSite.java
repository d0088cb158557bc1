package dev.quire.examples;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.quire.dsl.Footer;
import dev.quire.dsl.Icon;
import dev.quire.dsl.Page;
import dev.quire.runtime.HtmlRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Serves every page of {@link PageIndex} at {@code http://localhost:8080/<slug>/} with the JDK's HTTP
 * server ({@code /} is the {@code index} page), the news collection's index at {@code /news/} (filtered
 * by {@code ?tag=}), with Bootstrap's CSS and the images served from the class path, so it works
 * offline. Every document has the navigation bar of {@code menus.md} and a footer made here in Java.
 * {@code --port N} picks another port; {@code --out DIR} writes the site as static files instead of
 * serving it.
 */
public final class ExampleSite {
  /** Where the Bootstrap webjar keeps its CSS on the class path. */
  static final String BOOTSTRAP = "/META-INF/resources/webjars/bootstrap/4.6.2/css/bootstrap.min.css";
  static final HtmlRenderer RENDERER = HtmlRenderer.builder()
      .stylesheet("/css/bootstrap.min.css")
      .siteName("Quire examples")
      .navigation(PageIndex.navigation())
      .footer(Footer.of("Quire example site").link(Icon.of("fab github"), "Quire on GitHub", "https://github.com/"))
      .build();
  private static final Map<String, String> TYPES = Map.of(
      "css", "text/css; charset=utf-8", "png", "image/png", "jpg", "image/jpeg", "jpeg", "image/jpeg", "svg", "image/svg+xml");

  private ExampleSite() {}

  public static void main(String[] args) throws IOException {
    int port = 8080;
    Path out = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--port") && i + 1 < args.length) {
        port = Integer.parseInt(args[++i]);
      } else if (args[i].equals("--out") && i + 1 < args.length) {
        out = Path.of(args[++i]);
      } else {
        System.err.println("usage: ExampleSite [--port N] [--out DIR]");
        System.exit(2);
      }
    }
    if (out != null) {
      writeSite(out);
      System.out.println("Wrote " + PageIndex.slugs().size() + " pages to " + out.toAbsolutePath());
      return;
    }
    HttpServer server = start(port);
    System.out.println("Serving " + PageIndex.slugs() + " at http://localhost:" + server.getAddress().getPort()
        + "/  (seed page: http://localhost:" + server.getAddress().getPort() + "/ipso). Ctrl-C stops.");
  }

  /** Starts the server on {@code port} (0 picks a free one). */
  static HttpServer start(int port) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("localhost", port), 0);
    server.createContext("/", ExampleSite::handle);
    server.start();
    return server;
  }

  /** The page for a request path: {@code /} is {@code index}, {@code /ipso} and {@code /ipso/} are {@code ipso}. */
  static Optional<Page> pageFor(String path) {
    return pageFor(path, null);
  }

  /**
   * The page for a request path and query: {@code /news/} is the news collection's index, filtered by
   * {@code tag=…} when the query has one.
   */
  static Optional<Page> pageFor(String path, String query) {
    String slug = path.replaceAll("^/+|/+$", "");
    if (slug.equals("news")) {
      return Optional.of(PageIndex.news().indexPage("News", tag(query)));
    }
    return PageIndex.find(slug.isEmpty() ? "index" : slug);
  }

  private static Optional<String> tag(String query) {
    if (query == null) {
      return Optional.empty();
    }
    for (String pair : query.split("&")) {
      if (pair.startsWith("tag=")) {
        return Optional.of(URLDecoder.decode(pair.substring(4), StandardCharsets.UTF_8)).filter(tag -> !tag.isEmpty());
      }
    }
    return Optional.empty();
  }

  private static void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
      if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
        send(exchange, 405, "text/plain; charset=utf-8", "GET only".getBytes(StandardCharsets.UTF_8));
        return;
      }
      if (path.equals("/favicon.ico")) {
        exchange.sendResponseHeaders(204, -1);
        return;
      }
      Optional<byte[]> asset = asset(path);
      if (asset.isPresent()) {
        send(exchange, 200, TYPES.getOrDefault(extension(path), "application/octet-stream"), asset.get());
        return;
      }
      Optional<Page> page = pageFor(path, exchange.getRequestURI().getRawQuery());
      if (page.isEmpty()) {
        send(exchange, 404, "text/plain; charset=utf-8",
            ("No page at " + path + "; pages: " + PageIndex.slugs()).getBytes(StandardCharsets.UTF_8));
        return;
      }
      exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
      exchange.sendResponseHeaders(200, 0);
      try (OutputStream body = exchange.getResponseBody()) {
        RENDERER.renderDocument(page.get(), body);
      }
    }
  }

  /** Bootstrap's CSS from the webjar, images from {@code static/} on the class path. */
  static Optional<byte[]> asset(String path) throws IOException {
    String resource = path.equals("/css/bootstrap.min.css") ? BOOTSTRAP
        : path.startsWith("/images/") && !path.contains("..") ? "/static" + path : null;
    if (resource == null) {
      return Optional.empty();
    }
    try (InputStream in = ExampleSite.class.getResourceAsStream(resource)) {
      return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
    }
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(status, head ? -1 : body.length);
    if (!head) {
      exchange.getResponseBody().write(body);
    }
  }

  private static String extension(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? "" : path.substring(dot + 1);
  }

  /**
   * Writes {@code <slug>/index.html} for every page and the news index, the CSS and the images under
   * {@code dir}. (A static host ignores {@code ?tag=}: the news index then lists every entry.)
   */
  static void writeSite(Path dir) throws IOException {
    Files.createDirectories(dir.resolve("news"));
    try (OutputStream out = Files.newOutputStream(dir.resolve("news/index.html"))) {
      RENDERER.renderDocument(pageFor("/news/").orElseThrow(), out);
    }
    for (String slug : PageIndex.slugs()) {
      Path file = slug.equals("index") ? dir.resolve("index.html") : dir.resolve(slug).resolve("index.html");
      Files.createDirectories(file.getParent());
      try (OutputStream out = Files.newOutputStream(file)) {
        RENDERER.renderDocument(PageIndex.find(slug).orElseThrow(), out);
      }
    }
    for (String asset : new String[] {"/css/bootstrap.min.css", "/images/working_together_2.jpg",
        "/images/grid.png", "/images/banner.png"}) {
      Path file = dir.resolve(asset.substring(1));
      Files.createDirectories(file.getParent());
      Files.write(file, asset(asset).orElseThrow());
    }
  }
}
