package dev.quire.spring;

import dev.quire.dsl.Page;
import dev.quire.runtime.HtmlRenderer;
import dev.quire.runtime.RenderedPage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.MethodParameter;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodReturnValueHandler;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Lets a controller method return a {@link Page} (a generated page, or one bound to a model:
 * {@code BasketPage.page(basket)}), with or without {@code @ResponseBody}: the document is written
 * with the application's renderer, its ETag, 304 and gzip as for every page.
 */
final class PageReturnValueHandler implements HandlerMethodReturnValueHandler {
  private final HtmlRenderer renderer;
  private final PageResponses responses;

  PageReturnValueHandler(HtmlRenderer renderer, PageResponses responses) {
    this.renderer = renderer;
    this.responses = responses;
  }

  @Override
  public boolean supportsReturnType(MethodParameter returnType) {
    return Page.class.isAssignableFrom(returnType.getParameterType());
  }

  @Override
  public void handleReturnValue(Object returnValue, MethodParameter returnType, ModelAndViewContainer container,
      NativeWebRequest request) throws Exception {
    container.setRequestHandled(true);
    HttpServletResponse response = request.getNativeResponse(HttpServletResponse.class);
    HttpServletRequest servletRequest = request.getNativeRequest(HttpServletRequest.class);
    if (returnValue == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    responses.write(RenderedPage.of((Page) returnValue, renderer), servletRequest, response);
  }
}
