package dev.quire.spring;

import dev.quire.runtime.HtmlRenderer;
import dev.quire.runtime.PageRoutes;
import dev.quire.runtime.RenderedFile;
import dev.quire.runtime.RenderedPage;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.springframework.web.util.UriUtils;

/**
 * Answers a {@code GET} or {@code HEAD} of a page's address ({@link PageRoutes}) with the page's bytes,
 * before Spring MVC's dispatcher: the last filter of the chain, so security and the application's own
 * filters run first, and nothing of Spring MVC runs for a page (a page is bytes made once; Spring MVC's
 * handler lookup, interceptors and return-value handling would cost more than the page). An address
 * that a controller of the application maps stays the controller's (asked once per address), and an
 * address without a page goes on to Spring MVC and its usual 404. Each address keeps its page's bytes
 * ({@link RenderedPage}) while the page is the same object, which it is for generated pages (in dev
 * mode, a saved file makes a new one). The sitemap, {@code robots.txt} and the feeds
 * ({@link SiteFileResponder}) are answered the same way.
 */
final class PageFilter implements Filter {
  private final PageRoutes routes;
  private final HtmlRenderer renderer;
  private final PageResponses responses;
  private final SiteFileResponder files;
  private final Predicate<HttpServletRequest> controllerMapped;
  private final Map<String, RenderedPage> rendered = new ConcurrentHashMap<>();
  private final Map<String, Boolean> controllers = new ConcurrentHashMap<>();

  PageFilter(PageRoutes routes, HtmlRenderer renderer, PageResponses responses, SiteFileResponder files,
      Predicate<HttpServletRequest> controllerMapped) {
    this.routes = routes;
    this.renderer = renderer;
    this.responses = responses;
    this.files = files;
    this.controllerMapped = controllerMapped;
  }

  @Override
  public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
      throws IOException, ServletException {
    if (servletRequest instanceof HttpServletRequest request && servletResponse instanceof HttpServletResponse response) {
      String method = request.getMethod();
      if (method.equals("GET") || method.equals("HEAD")) {
        String path = path(request);
        Optional<RenderedFile> file = files.find(path, request);
        if (file.isPresent() && !controllerMapped(path, request)) {
          responses.write(file.get(), request, response);
          return;
        }
        Optional<PageRoutes.Route> route = routes.route(path, request.getQueryString());
        if (route.isPresent() && !controllerMapped(route.get().key(), request)) {
          PageRoutes.Route found = route.get();
          RenderedPage page = rendered.get(found.key());
          if (page == null || page.page() != found.page()) {
            page = RenderedPage.of(found.page(), renderer);
            rendered.put(found.key(), page);
          }
          responses.write(page, request, response);
          return;
        }
      }
    }
    chain.doFilter(servletRequest, servletResponse);
  }

  /** Whether a controller maps this address: asked of Spring MVC the first time, then remembered. */
  private boolean controllerMapped(String key, HttpServletRequest request) {
    Boolean mapped = controllers.get(key);
    if (mapped == null) {
      mapped = controllerMapped.test(request);
      controllers.put(key, mapped);
    }
    return mapped;
  }

  /** The request's path within the application, decoded, without path parameters ({@code ;jsessionid=…}). */
  private static String path(HttpServletRequest request) {
    String uri = request.getRequestURI();
    int semicolon = uri.indexOf(';');
    if (semicolon >= 0) {
      uri = uri.substring(0, semicolon);
    }
    String context = request.getContextPath();
    if (!context.isEmpty() && uri.startsWith(context)) {
      uri = uri.substring(context.length());
    }
    return uri.indexOf('%') >= 0 ? UriUtils.decode(uri, StandardCharsets.UTF_8) : uri;
  }
}
