package dev.quire.dsl;

import dev.quire.dsl.internal.UrlPolicy;

/**
 * A link URL a module component takes: {@code http}, {@code https}, {@code mailto}, a site path or an
 * {@code #anchor}, checked by the URL policy (from a content file at compile time, by hand here).
 *
 * @param value the URL as written
 */
public record Url(String value) {
  /**
   * Checks the URL.
   *
   * @param value the URL as written
   * @throws LayoutException when the URL policy refuses it ({@code javascript:}, {@code //host}…)
   */
  public Url {
    Checks.url("Url", value, UrlPolicy.Use.LINK);
  }

  /**
   * The URL {@code value}.
   *
   * @param value the URL as written
   * @return the URL
   * @throws LayoutException when the URL policy refuses it
   */
  public static Url of(String value) {
    return new Url(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
