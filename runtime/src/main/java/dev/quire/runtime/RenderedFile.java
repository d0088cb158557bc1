package dev.quire.runtime;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Objects;
import java.util.zip.GZIPOutputStream;

/**
 * A file as a server sends it: its bytes and content type, a strong ETag made from the bytes, and the
 * same bytes gzip-compressed, made the first time a client asks for them and kept. What
 * {@link RenderedPage} is for a page's document, this is for the files made beside the pages
 * ({@link SiteFiles}: the sitemap, feeds, robots.txt).
 */
public final class RenderedFile {
  private final byte[] bytes;
  private final String contentType;
  private final String etag;
  private volatile byte[] gzip;

  private RenderedFile(byte[] bytes, String contentType) {
    this.bytes = bytes;
    this.contentType = Objects.requireNonNull(contentType, "contentType");
    this.etag = etag(bytes);
  }

  /**
   * The UTF-8 bytes of {@code text}, sent as {@code contentType}.
   *
   * @param text the file's text
   * @param contentType its content type ({@code application/xml;charset=UTF-8})
   * @return the file
   */
  public static RenderedFile of(String text, String contentType) {
    return new RenderedFile(text.getBytes(StandardCharsets.UTF_8), contentType);
  }

  /** Bytes already made (a page's document): kept, not copied. */
  static RenderedFile ofBytes(byte[] bytes, String contentType) {
    return new RenderedFile(bytes, contentType);
  }

  /**
   * The content type.
   *
   * @return the content type
   */
  public String contentType() {
    return contentType;
  }

  /**
   * The bytes (shared: do not change them).
   *
   * @return the bytes
   */
  public byte[] bytes() {
    return bytes;
  }

  /**
   * The bytes gzip-compressed, made once (shared: do not change them).
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
   * Whether an {@code If-None-Match} header names these bytes (then the answer is 304): {@code *}, or
   * a list that has this ETag, weak or strong.
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

  private static String etag(byte[] bytes) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
      return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
