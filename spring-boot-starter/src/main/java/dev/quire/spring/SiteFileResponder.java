package dev.quire.spring;

import dev.quire.dsl.DevMode;
import dev.quire.dsl.Entries;
import dev.quire.runtime.HtmlRenderer;
import dev.quire.runtime.PageRoutes;
import dev.quire.runtime.RenderedFile;
import dev.quire.runtime.SiteFiles;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The files made beside the pages ({@link SiteFiles}): {@code sitemap.xml}, {@code robots.txt} and each
 * collection's {@code feed.xml}, under the pages' prefix. Their addresses are absolute: under the
 * renderer's base URL ({@code quire.base-url}) when there is one, and then each file is made once
 * (in dev mode, for each request, since the pages change); without one, under the address the request
 * came to, made for each request and never kept (a request's {@code Host} is the client's to say).
 */
final class SiteFileResponder {
  private static final String XML = "application/xml;charset=UTF-8";
  private static final String ATOM = "application/atom+xml;charset=UTF-8";
  private static final String TEXT = "text/plain;charset=UTF-8";

  /** The pages at the root: the files' addresses are the base URL's, which holds the prefix. */
  private final PageRoutes routes;
  private final String prefix;
  private final Optional<String> baseUrl;
  private final String feedTitle;
  private final Map<String, RenderedFile> kept = new ConcurrentHashMap<>();

  SiteFileResponder(PageRoutes routes, String prefix, HtmlRenderer renderer) {
    this.routes = routes.under("");
    String clean = prefix.replaceAll("^/+|/+$", "");
    this.prefix = clean.isEmpty() ? "" : "/" + clean;
    this.baseUrl = renderer.baseUrl();
    this.feedTitle = renderer.siteName().map(name -> name + ": ").orElse("");
  }

  /** The file at {@code path} (decoded, within the application), if it is one of these. */
  Optional<RenderedFile> find(String path, HttpServletRequest request) {
    if (!path.startsWith(prefix)) {
      return Optional.empty();
    }
    String within = path.substring(prefix.length());
    if (!within.equals(SiteFiles.SITEMAP) && !within.equals(SiteFiles.ROBOTS) && !within.endsWith("/feed.xml")) {
      return Optional.empty(); // asks nothing of the pages (in dev mode they may have errors)
    }
    if (baseUrl.isEmpty() || DevMode.ACTIVE) {
      return make(within, baseUrl.orElseGet(() -> origin(request)));
    }
    RenderedFile file = kept.get(within);
    if (file == null) {
      Optional<RenderedFile> made = make(within, baseUrl.get());
      if (made.isEmpty()) {
        return made;
      }
      file = made.get();
      kept.put(within, file);
    }
    return Optional.of(file);
  }

  private Optional<RenderedFile> make(String path, String base) {
    if (path.equals(SiteFiles.SITEMAP)) {
      return Optional.of(RenderedFile.of(SiteFiles.sitemap(routes, base), XML));
    }
    if (path.equals(SiteFiles.ROBOTS)) {
      return Optional.of(RenderedFile.of(SiteFiles.robots(base), TEXT));
    }
    for (Entries entries : routes.collections()) {
      if (path.equals(SiteFiles.feedPath(entries.name()))) {
        return Optional.of(RenderedFile.of(SiteFiles.feed(entries,
            feedTitle + PageRoutes.collectionHeading(entries.name()), base, SiteFiles.FEED_ENTRIES), ATOM));
      }
    }
    return Optional.empty();
  }

  /** The address the request came to, with the context path and the prefix: {@code http://localhost:8080/docs}. */
  private String origin(HttpServletRequest request) {
    String scheme = request.getScheme();
    int port = request.getServerPort();
    boolean defaultPort = scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443;
    String host = request.getServerName();
    if (!host.matches("[A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+\\]")) {
      host = "localhost";
    }
    return scheme + "://" + host + (defaultPort ? "" : ":" + port) + request.getContextPath() + prefix;
  }
}
