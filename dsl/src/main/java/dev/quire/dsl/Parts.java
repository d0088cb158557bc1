package dev.quire.dsl;

import java.util.Optional;

/** Markup the built-in modules share, written through {@link Html}. */
final class Parts {
  private Parts() {}

  /** {@code base}, then {@code extra} when there is one: {@code "row second"}. */
  static String classes(String base, Optional<String> extra) {
    return extra.isPresent() ? base + " " + extra.get() : base;
  }

  /** {@code <div class="pt-3">} holding a module's Markdown. */
  static void text(Html html, Markdown text) {
    html.open("div", "class", "pt-3").markdown(text).close();
  }

  /** {@code <img src alt>} when there is an image. */
  static void image(Html html, Optional<String> src, Optional<String> alt) {
    if (src.isPresent()) {
      html.open("img", "src", src.get(), "alt", alt.orElse(""));
    }
  }

  /**
   * The attributes of a link, in order: {@code before}, {@code href}, {@code target},
   * {@code rel="noopener"} for {@code _blank} (the opened page cannot reach back), then {@code after}.
   */
  static String[] link(String[] before, Optional<String> url, Optional<String> target, String... after) {
    String[] attributes = new String[before.length + 6 + after.length];
    System.arraycopy(before, 0, attributes, 0, before.length);
    int at = before.length;
    attributes[at] = "href";
    attributes[at + 1] = url.orElse(null);
    attributes[at + 2] = "target";
    attributes[at + 3] = target.orElse(null);
    attributes[at + 4] = "rel";
    attributes[at + 5] = target.isPresent() && target.get().equals("_blank") ? "noopener" : null;
    System.arraycopy(after, 0, attributes, at + 6, after.length);
    return attributes;
  }

  /** No attributes, for {@link #link}. */
  static final String[] NONE = {};

  /** The icon, title and subtitle block of RowButtonGrid columns and RowNewsList. */
  static void header(Html html, Icon icon, Optional<String> title, Optional<String> subtitle, String classes) {
    html.open("div", "class", classes).icon(icon, "fa-2x")
        .open("p", "class", "h5 mb-0").text(title.orElse("")).close()
        .open("p", "class", "col-title-subtitle font-italic").text(subtitle.orElse("")).close()
        .close();
  }

  /** A news entry's image: its own, else the renderer's image for entries without one, else none. */
  static Optional<String> entryImage(Html html, Entry entry) {
    return entry.image().isPresent() ? entry.image() : html.entryImage();
  }

  /** The entry's title as a link to its page, stretched over its card. */
  static void titleLink(Html html, Entry entry) {
    html.open("a", "href", entry.href(), "class", "stretched-link").text(entry.title()).close();
  }

  /** A news entry's date and author side by side. */
  static void byline(Html html, Entry entry, String containerClass) {
    html.open("div", "class", containerClass).open("div", "class", "row")
        .open("div", "class", "col").time(entry.date()).close()
        .open("div", "class", "col").text(entry.by().orElse("")).close()
        .close().close();
  }
}
