package dev.quire.runtime;

import dev.quire.dsl.DevMode;
import dev.quire.dsl.Page;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Objects;
import java.util.zip.GZIPOutputStream;

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
  private final byte[] bytes;
  private final String etag;
  private volatile byte[] gzip;

  private RenderedPage(Page page, byte[] bytes) {
    this.page = page;
    this.bytes = bytes;
    this.etag = etag(bytes);
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
    return bytes;
  }

  /**
   * The document gzip-compressed, made once (shared: do not change them).
   *
   * @return the compressed bytes
   */
  public byte[] gzip() {
    byte[] compressed = gzip;
    if (compressed == null) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4 + 64);
      try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
        zip.write(bytes);
      } catch (IOException e) {
        throw new UncheckedIOException(e); // cannot happen in memory
      }
      compressed = out.toByteArray();
      gzip = compressed;
    }
    return compressed;
  }

  /**
   * The strong ETag of the bytes, quoted as the header carries it ({@code "…"}).
   *
   * @return the ETag
   */
  public String etag() {
    return etag;
  }

  /**
   * Whether an {@code If-None-Match} header names this document (then the answer is 304): {@code *},
   * or a list that has this ETag, weak or strong.
   *
   * @param ifNoneMatch the header's value, or null
   * @return whether the client has these bytes
   */
  public boolean matches(String ifNoneMatch) {
    if (ifNoneMatch == null) {
      return false;
    }
    for (String tag : ifNoneMatch.split(",")) {
      String clean = tag.strip();
      if (clean.equals("*") || clean.equals(etag) || clean.equals("W/" + etag)) {
        return true;
      }
    }
    return false;
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

  private static String etag(byte[] bytes) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
      return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
