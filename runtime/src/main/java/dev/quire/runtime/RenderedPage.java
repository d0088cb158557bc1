package dev.quire.runtime;

import dev.quire.dsl.DevMode;
import dev.quire.dsl.Page;
import java.util.Objects;

/**
 * A page's document as a server sends it: its UTF-8 bytes, a strong ETag made from them, and the same
 * bytes gzip-compressed, made the first time a client asks for them and kept. A page's bytes are
 * fixed, so a server keeps one of these per page and answers {@code If-None-Match} and
 * {@code Accept-Encoding: gzip} without rendering or compressing again.
 */
public final class RenderedPage {
  /** The content type of every document. */
  public static final String CONTENT_TYPE = "text/html;charset=UTF-8";

  private final Page page;
  private final RenderedFile file;

  private RenderedPage(Page page, byte[] bytes) {
    this.page = page;
    this.file = RenderedFile.ofBytes(bytes, CONTENT_TYPE);
  }

  /**
   * The document of {@code page} as {@code renderer} renders it.
   *
   * @param page the page
   * @param renderer the renderer
   * @return the rendered page
   */
  public static RenderedPage of(Page page, HtmlRenderer renderer) {
    Objects.requireNonNull(page, "page");
    ByteSink sink = new ByteSink();
    renderer.renderDocument(page, sink);
    return new RenderedPage(page, sink.toByteArray());
  }

  /**
   * The page rendered.
   *
   * @return the page
   */
  public Page page() {
    return page;
  }

  /**
   * The HTTP status to answer with: 200, or 500 for dev mode's error page, which stands in for a page
   * while the content has errors (scripts, tests and the browser's tools then see the failure).
   *
   * @return the status
   */
  public int status() {
    return DevMode.isErrorPage(page) ? 500 : 200;
  }

  /**
   * The document's UTF-8 bytes (shared: do not change them).
   *
   * @return the bytes
   */
  public byte[] bytes() {
    return file.bytes();
  }

  /**
   * The document gzip-compressed, made once (shared: do not change them).
   *
   * @return the compressed bytes
   */
  public byte[] gzip() {
    return file.gzip();
  }

  /**
   * The strong ETag of the bytes, quoted as the header carries it ({@code "…"}).
   *
   * @return the ETag
   */
  public String etag() {
    return file.etag();
  }

  /**
   * Whether an {@code If-None-Match} header names this document (then the answer is 304): {@code *},
   * or a list that has this ETag, weak or strong.
   *
   * @param ifNoneMatch the header's value, or null
   * @return whether the client has these bytes
   */
  public boolean matches(String ifNoneMatch) {
    return file.matches(ifNoneMatch);
  }

  /**
   * Whether an {@code Accept-Encoding} header accepts gzip (and does not refuse it with {@code q=0}).
   *
   * @param acceptEncoding the header's value, or null
   * @return whether to send {@link #gzip()}
   */
  public static boolean acceptsGzip(String acceptEncoding) {
    if (acceptEncoding == null) {
      return false;
    }
    for (String coding : acceptEncoding.split(",")) {
      String[] parts = coding.strip().split(";");
      String name = parts[0].strip();
      if (name.equalsIgnoreCase("gzip") || name.equals("*")) {
        for (int i = 1; i < parts.length; i++) {
          String parameter = parts[i].strip().replace(" ", "");
          if (parameter.matches("q=0(\\.0{0,3})?")) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }
}
