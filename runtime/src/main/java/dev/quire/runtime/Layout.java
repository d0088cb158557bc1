package dev.quire.runtime;

import dev.quire.dsl.Breakpoint;
import dev.quire.dsl.Html;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * What a page's fragment depends on besides the page: the renderer's options that change the HTML
 * of its modules. A value: renderers with equal layouts share the fragment plans they leave on pages.
 *
 * @param stackBelow the breakpoint below which columns stack
 * @param entryImage the image of news cards and entry headers whose entry has none (no image when empty)
 * @param datePattern how dates are shown ({@link java.time.format.DateTimeFormatter} pattern)
 * @param dateLocale the language of month names in dates
 */
record Layout(Breakpoint stackBelow, Optional<String> entryImage, String datePattern, Locale dateLocale) {
  Layout(Breakpoint stackBelow, Optional<String> entryImage) {
    this(stackBelow, entryImage, Html.DEFAULT_DATE_PATTERN, Locale.ENGLISH);
  }

  /** A writer of modules for this layout, appending to {@code out}. */
  Html writer(StringBuilder out) {
    return Html.writer(out, stackBelow, entryImage, dates());
  }

  private DateTimeFormatter dates() {
    return DateTimeFormatter.ofPattern(datePattern, dateLocale);
  }
}
