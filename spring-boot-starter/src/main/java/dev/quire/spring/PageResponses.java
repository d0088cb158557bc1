package dev.quire.spring;

import dev.quire.runtime.RenderedFile;
import dev.quire.runtime.RenderedPage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Writes a page's bytes (and the sitemap's, a feed's, robots.txt's) as HTTP wants them: {@code text/html;charset=UTF-8}, a strong ETag, 304 when
 * the client has those bytes ({@code If-None-Match}), the gzip bytes when it accepts them, and no
 * body for {@code HEAD}. The bytes are made before, once: nothing here renders or compresses.
 */
final class PageResponses {
  private final String cacheControl;

  PageResponses(String cacheControl) {
    this.cacheControl = cacheControl;
  }

  /** Writes one of the files made beside the pages (the sitemap, a feed, robots.txt) the same way. */
  void write(RenderedFile file, HttpServletRequest request, HttpServletResponse response) throws IOException {
    response.setHeader("ETag", file.etag());
    response.setHeader("Vary", "Accept-Encoding");
    if (!cacheControl.isBlank()) {
      response.setHeader("Cache-Control", cacheControl);
    }
    if (file.matches(request.getHeader("If-None-Match"))) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    boolean gzip = RenderedPage.acceptsGzip(request.getHeader("Accept-Encoding"));
    byte[] body = gzip ? file.gzip() : file.bytes();
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType(file.contentType());
    if (gzip) {
      response.setHeader("Content-Encoding", "gzip");
    }
    response.setContentLength(body.length);
    if (!"HEAD".equals(request.getMethod())) {
      response.getOutputStream().write(body);
    }
  }

  void write(RenderedPage page, HttpServletRequest request, HttpServletResponse response) throws IOException {
    response.setHeader("ETag", page.etag());
    response.setHeader("Vary", "Accept-Encoding");
    if (!cacheControl.isBlank()) {
      response.setHeader("Cache-Control", cacheControl);
    }
    if (page.status() == HttpServletResponse.SC_OK && page.matches(request.getHeader("If-None-Match"))) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    boolean gzip = RenderedPage.acceptsGzip(request.getHeader("Accept-Encoding"));
    byte[] body = gzip ? page.gzip() : page.bytes();
    response.setStatus(page.status()); // 500 for dev mode's error page
    response.setContentType(RenderedPage.CONTENT_TYPE);
    if (gzip) {
      response.setHeader("Content-Encoding", "gzip");
    }
    response.setContentLength(body.length);
    if (!"HEAD".equals(request.getMethod())) {
      response.getOutputStream().write(body);
    }
  }
}
