package dev.quire.dsl;

import dev.quire.dsl.internal.UrlPolicy;

/**
 * An image URL a module component takes: {@code http}, {@code https}, a site path or a
 * {@code data:image/…} URL, checked by the URL policy (from a content file at compile time, by hand here).
 *
 * @param value the URL as written
 */
public record ImageUrl(String value) {
  /**
   * Checks the URL.
   *
   * @param value the URL as written
   * @throws LayoutException when the URL policy refuses it ({@code javascript:}, {@code //host}…)
   */
  public ImageUrl {
    Checks.url("ImageUrl", value, UrlPolicy.Use.IMAGE);
  }

  /**
   * The image URL {@code value}.
   *
   * @param value the URL as written
   * @return the URL
   * @throws LayoutException when the URL policy refuses it
   */
  public static ImageUrl of(String value) {
    return new ImageUrl(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
