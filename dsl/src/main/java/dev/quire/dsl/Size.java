package dev.quire.dsl;

import java.util.Locale;
import java.util.Optional;

/** The vertical gap of a {@link RowSeparator}. */
public enum Size {
  /** Extra small: the least space. */
  XS("extra-small"),
  /** Small. */
  S("small"),
  /** Medium, the default. */
  M("medium"),
  /** Large. */
  L("large"),
  /** Extra large: the most space. */
  XL("extra-large");

  private final String cssClass;

  Size(String cssClass) {
    this.cssClass = cssClass;
  }

  /**
   * The CSS class the original site uses for this size, for example {@code extra-large}.
   *
   * @return the CSS class the original site uses for this size, for example {@code extra-large}
   */
  public String cssClass() {
    return cssClass;
  }

  /**
   * Reads a size the way content files write it: {@code XS}, {@code s}, {@code Xl}… (no trimming).
   *
   * @param text the text
   * @return the size: {@code XS}, {@code s}, {@code Xl}… (no trimming)
   */
  public static Optional<Size> parse(String text) {
    for (Size size : values()) {
      if (size.name().equals(text.toUpperCase(Locale.ROOT))) {
        return Optional.of(size);
      }
    }
    return Optional.empty();
  }

  /**
   * The allowed spellings, for messages: {@code XS, S, M, L, XL}.
   *
   * @return the allowed spellings, for messages: {@code XS, S, M, L, XL}
   */
  public static String allowed() {
    return "XS, S, M, L, XL";
  }
}
