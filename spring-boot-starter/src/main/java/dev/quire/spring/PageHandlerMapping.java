package dev.quire.spring;

import dev.quire.runtime.HtmlRenderer;
import dev.quire.runtime.PageRoutes;
import dev.quire.runtime.RenderedPage;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.handler.AbstractHandlerMapping;
import org.springframework.web.util.UriUtils;

/**
 * Maps a {@code GET} or {@code HEAD} of a page's address ({@link PageRoutes}) to a handler that writes
 * its bytes. It comes after the application's controllers (order 1) and before Spring Boot's welcome
 * page and static resources, so an address without a page goes on to them and ends, as any other, in
 * Spring's 404. Each address keeps its page's bytes ({@link RenderedPage}) while the page is the same
 * object, which it is for generated pages (in dev mode, a saved file makes a new one).
 */
final class PageHandlerMapping extends AbstractHandlerMapping {
  private final PageRoutes routes;
  private final HtmlRenderer renderer;
  private final PageResponses responses;
  private final Map<String, RenderedPage> rendered = new ConcurrentHashMap<>();

  PageHandlerMapping(PageRoutes routes, HtmlRenderer renderer, PageResponses responses) {
    this.routes = routes;
    this.renderer = renderer;
    this.responses = responses;
    setOrder(1);
  }

  @Override
  protected Object getHandlerInternal(HttpServletRequest request) {
    String method = request.getMethod();
    if (!"GET".equals(method) && !"HEAD".equals(method)) {
      return null;
    }
    String path = UriUtils.decode(initLookupPath(request), StandardCharsets.UTF_8);
    Optional<PageRoutes.Route> route = routes.route(path, request.getQueryString());
    if (route.isEmpty()) {
      return null;
    }
    RenderedPage page = rendered.compute(route.get().key(), (key, kept) ->
        kept != null && kept.page() == route.get().page() ? kept : RenderedPage.of(route.get().page(), renderer));
    return (HttpRequestHandler) (req, response) -> responses.write(page, req, response);
  }
}
