package dev.quire.dsl;

import java.util.Optional;

/** The style of a {@link Button} in a {@link RowButtonGrid}, as the original site's CSS defines them. */
public enum ButtonStatus {
  /** An available link (light grey). */
  ACTIVE,
  /** Not available: shown, but not clickable. */
  DEACTIVE,
  /** Coming soon (darker grey). */
  PENDING,
  /** Stands out (the accent colour). */
  HIGHLIGHT;

  /**
   * The CSS class: {@code active}, {@code deactive}…
   *
   * @return the CSS class: {@code active}, {@code deactive}…
   */
  public String cssClass() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * Reads a status as content files write it (lower case).
   *
   * @param text the text
   * @return the status {@code text} names, or empty when it names none
   */
  public static Optional<ButtonStatus> parse(String text) {
    for (ButtonStatus status : values()) {
      if (status.cssClass().equals(text)) {
        return Optional.of(status);
      }
    }
    return Optional.empty();
  }

  /**
   * The allowed spellings, for messages.
   *
   * @return the allowed spellings, for messages
   */
  public static String allowed() {
    return "active, deactive, pending, highlight";
  }
}
