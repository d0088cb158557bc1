package dev.quire.spring;

import dev.quire.runtime.RenderedFile;
import dev.quire.runtime.RenderedPage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Supplier;

/**
 * Writes a page's bytes (and the sitemap's, a feed's, robots.txt's) as HTTP wants them: its content
 * type, a strong ETag, 304 when the client has those bytes ({@code If-None-Match}), the gzip bytes
 * when it accepts them, and no body for {@code HEAD}. The bytes are made before, once: nothing here
 * renders or compresses.
 */
final class PageResponses {
  private final String cacheControl;

  PageResponses(String cacheControl) {
    this.cacheControl = cacheControl;
  }

  /** Writes one of the files made beside the pages (the sitemap, a feed, robots.txt). */
  void write(RenderedFile file, HttpServletRequest request, HttpServletResponse response) throws IOException {
    write(file.etag(), file.matches(request.getHeader("If-None-Match")), HttpServletResponse.SC_OK, file.contentType(),
        file::bytes, file::gzip, request, response);
  }

  /** Writes a page's document; dev mode's error page with its 500, and never a 304. */
  void write(RenderedPage page, HttpServletRequest request, HttpServletResponse response) throws IOException {
    boolean notModified = page.status() == HttpServletResponse.SC_OK && page.matches(request.getHeader("If-None-Match"));
    write(page.etag(), notModified, page.status(), RenderedPage.CONTENT_TYPE, page::bytes, page::gzip, request, response);
  }

  private void write(String etag, boolean notModified, int status, String contentType, Supplier<byte[]> bytes,
      Supplier<byte[]> gzipped, HttpServletRequest request, HttpServletResponse response) throws IOException {
    response.setHeader("ETag", etag);
    response.setHeader("Vary", "Accept-Encoding");
    if (!cacheControl.isBlank()) {
      response.setHeader("Cache-Control", cacheControl);
    }
    if (notModified) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    boolean gzip = RenderedPage.acceptsGzip(request.getHeader("Accept-Encoding"));
    byte[] body = gzip ? gzipped.get() : bytes.get();
    response.setStatus(status);
    response.setContentType(contentType);
    if (gzip) {
      response.setHeader("Content-Encoding", "gzip");
    }
    response.setContentLength(body.length);
    if (!"HEAD".equals(request.getMethod())) {
      response.getOutputStream().write(body);
    }
  }
}
