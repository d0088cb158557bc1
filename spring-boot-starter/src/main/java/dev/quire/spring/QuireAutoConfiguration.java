package dev.quire.spring;

import dev.quire.runtime.HtmlRenderer;
import dev.quire.runtime.PageRoutes;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.method.support.HandlerMethodReturnValueHandler;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Serves the application's Quire pages: the index classes the processor recorded
 * ({@code META-INF/quire/indexes}, so nothing is scanned) give every page's address, a
 * {@link PageFilter} answers them before Spring MVC, and controller methods may return pages. Every bean backs
 * off when the application defines its own: an {@link HtmlRenderer} of the application's renders
 * every page, and {@link PageRoutes} of its own choose the pages.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(QuireProperties.class)
public class QuireAutoConfiguration {
  /** Made by Spring. */
  public QuireAutoConfiguration() {}

  /**
   * Every page the processor recorded, under {@code quire.path-prefix}.
   *
   * @param properties the settings
   * @param context the application, whose class loader sees its pages (also under DevTools)
   * @return the routes
   */
  @Bean
  @ConditionalOnMissingBean
  public PageRoutes quirePageRoutes(QuireProperties properties, ApplicationContext context) {
    ClassLoader loader = context.getClassLoader() != null ? context.getClassLoader()
        : QuireAutoConfiguration.class.getClassLoader();
    return PageRoutes.discover(loader).under(properties.pathPrefix());
  }

  /**
   * The renderer: the stylesheet, site name, base URL, favicon and theme colour of the settings, and
   * the navigation bar of the menus page, if the content has one.
   *
   * @param properties the settings
   * @param routes the pages
   * @return the renderer
   */
  @Bean
  @ConditionalOnMissingBean
  public HtmlRenderer quireHtmlRenderer(QuireProperties properties, PageRoutes routes) {
    HtmlRenderer.Builder builder = HtmlRenderer.builder().stylesheet(properties.stylesheet());
    if (properties.siteName() != null && !properties.siteName().isBlank()) {
      builder.siteName(properties.siteName());
    }
    if (properties.baseUrl() != null && !properties.baseUrl().isBlank()) {
      builder.baseUrl(properties.baseUrl());
    }
    if (properties.favicon() != null && !properties.favicon().isBlank()) {
      builder.favicon(properties.favicon());
    }
    builder.themeColor(properties.themeColor());
    routes.navigation().ifPresent(builder::navigation);
    return builder.build();
  }

  /**
   * The filter that answers every page's address, last in the filter chain (after security and the
   * application's filters), for requests only (not error dispatches).
   *
   * @param routes the pages
   * @param renderer the renderer
   * @param properties the settings
   * @param mappings Spring MVC's controller mappings, asked once per address whether a controller has it
   * @return the filter's registration
   */
  @Bean
  public FilterRegistrationBean<PageFilter> quirePageFilter(PageRoutes routes, HtmlRenderer renderer,
      QuireProperties properties, ObjectProvider<RequestMappingHandlerMapping> mappings) {
    PageFilter filter = new PageFilter(routes, renderer, new PageResponses(properties.cacheControl()),
        new SiteFileResponder(routes, properties.pathPrefix(), renderer), request -> controllerMapped(mappings, request));
    FilterRegistrationBean<PageFilter> registration = new FilterRegistrationBean<>(filter);
    registration.setName("quirePageFilter");
    registration.setOrder(Ordered.LOWEST_PRECEDENCE);
    registration.setDispatcherTypes(DispatcherType.REQUEST);
    return registration;
  }

  /** Whether a controller of the application maps this request (then the address is the controller's). */
  private static boolean controllerMapped(ObjectProvider<RequestMappingHandlerMapping> mappings,
      HttpServletRequest request) {
    Object parsed = request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
    try {
      ServletRequestPathUtils.parseAndCache(request);
      for (RequestMappingHandlerMapping mapping : mappings) {
        try {
          if (mapping.getHandler(request) != null) {
            return true;
          }
        } catch (Exception e) {
          // a controller maps the path for another method or media type: a GET of the page is the page's
        }
      }
      return false;
    } finally {
      request.setAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE, parsed);
    }
  }

  /**
   * Puts the handler of controller methods returning a page first, before Spring's own (which would
   * write a {@code @ResponseBody} page as JSON).
   *
   * @param adapters Spring MVC's handler adapter
   * @param renderer the renderer
   * @param properties the settings
   * @return the step that registers the handler once the adapter is ready
   */
  @Bean
  public SmartInitializingSingleton quirePageReturnValues(ObjectProvider<RequestMappingHandlerAdapter> adapters,
      HtmlRenderer renderer, QuireProperties properties) {
    return () -> adapters.ifAvailable(adapter -> {
      List<HandlerMethodReturnValueHandler> handlers = new ArrayList<>();
      handlers.add(new PageReturnValueHandler(renderer, new PageResponses(properties.cacheControl())));
      if (adapter.getReturnValueHandlers() != null) {
        handlers.addAll(adapter.getReturnValueHandlers());
      }
      adapter.setReturnValueHandlers(handlers);
    });
  }
}
