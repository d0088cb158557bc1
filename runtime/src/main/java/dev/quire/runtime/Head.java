package dev.quire.runtime;

import dev.quire.dsl.Entry;
import dev.quire.dsl.Html;
import dev.quire.dsl.Module;
import dev.quire.dsl.Page;
import dev.quire.dsl.RowDocumentHeader;
import dev.quire.dsl.internal.Bound;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a renderer writes in a document's head besides the title and Bootstrap's stylesheet: the
 * favicon, the theme colour, the canonical address and Open Graph and Twitter card tags (from the
 * page, its entry and the site's base URL), a description for every page, the application's own
 * stylesheets, scripts and meta tags. A value, part of {@link DocumentFrame}.
 *
 * @param favicon the icon's URL, if the site has one
 * @param baseUrl the site's address ({@code https://example.org/docs}), without a trailing slash, if known
 * @param themeColor the colour browsers give their interface around the page
 * @param stylesheets the application's stylesheets, after Bootstrap's and Quire's
 * @param scripts the application's scripts, deferred
 * @param metas the application's {@code <meta name content>} tags, by name
 */
record Head(Optional<String> favicon, Optional<String> baseUrl, String themeColor, List<String> stylesheets,
    List<String> scripts, Map<String, String> metas) {
  /** The longest description written: search engines show about this much. */
  static final int DESCRIPTION = 160;

  Head {
    stylesheets = List.copyOf(stylesheets);
    scripts = List.copyOf(scripts);
    metas = Map.copyOf(metas);
  }

  /**
   * Writes the tags after the title: description, canonical address, the social cards, favicon and
   * theme colour. {@code title} is the document's title, {@code fragment} the page's HTML (its first
   * paragraph is the description of a page that has none).
   */
  void write(Page page, String title, Optional<String> siteName, CharSequence fragment, StringBuilder out) {
    // Written without lambdas or streams: this runs in the first render of a fresh JVM, where each
    // lambda's first call costs a class spun at run time.
    Entry entry = entry(page);
    // The page's own description as written; else its entry's excerpt or its first paragraph, bounded.
    String description = page.description().orElse(null);
    if (description == null) {
      Optional<String> paragraph = entry == null ? Optional.empty() : firstParagraph(entry.excerpt().html());
      if (paragraph.isEmpty()) {
        paragraph = firstParagraph(fragment);
      }
      description = paragraph.isPresent() ? bounded(paragraph.get()) : null;
    }
    if (description != null) {
      meta("name", "description", description, out);
    }
    String address = null;
    if (baseUrl.isPresent() && page.slug().isPresent()) {
      String slug = page.slug().get();
      address = baseUrl.get() + "/" + (slug.equals("index") ? "" : slug);
      link("canonical", address, out);
    }
    String cardTitle = page.title().orElse(title);
    meta("property", "og:type", entry != null ? "article" : "website", out);
    if (!cardTitle.isEmpty()) {
      meta("property", "og:title", cardTitle, out);
    }
    if (description != null) {
      meta("property", "og:description", description, out);
    }
    if (siteName.isPresent()) {
      meta("property", "og:site_name", siteName.get(), out);
    }
    if (address != null) {
      meta("property", "og:url", address, out);
    }
    String image = page.meta().get("image") instanceof String own ? own
        : entry != null && entry.image().isPresent() ? entry.image().get() : null;
    if (image != null) {
      image = absolute(image);
      meta("property", "og:image", image, out);
    }
    if (entry != null) {
      meta("property", "article:published_time", entry.date().toString(), out);
    }
    if (!cardTitle.isEmpty()) {
      meta("name", "twitter:card", image != null ? "summary_large_image" : "summary", out);
    }
    if (favicon.isPresent()) {
      String href = favicon.get();
      out.append("<link rel=\"icon\" href=\"");
      Html.escape(href, out);
      out.append('"');
      Optional<String> type = type(href);
      if (type.isPresent()) {
        out.append(" type=\"").append(type.get()).append('"');
      }
      out.append(">\n");
    }
    meta("name", "theme-color", themeColor, out);
    if (!metas.isEmpty()) {
      for (Map.Entry<String, String> m : new java.util.TreeMap<>(metas).entrySet()) {
        meta("name", m.getKey(), m.getValue(), out);
      }
    }
  }

  /** The application's stylesheets (after Quire's, so they win) and deferred scripts, last in the head. */
  void writeAssets(StringBuilder out) {
    for (String href : stylesheets) {
      link("stylesheet", href, out);
    }
    for (String src : scripts) {
      out.append("<script src=\"");
      Html.escape(src, out);
      out.append("\" defer></script>\n");
    }
  }

  /** The entry a page shows, when it is an entry's page (its header module says so), else null. */
  private static Entry entry(Page page) {
    for (Module module : page.modules()) {
      if (module instanceof RowDocumentHeader header) {
        return header.entry();
      }
    }
    return null;
  }

  /**
   * The text of the first paragraph of {@code html}, tags taken out and entities read; none when it
   * holds a page's slot markers (a page with a model: its values are not known here).
   */
  static Optional<String> firstParagraph(CharSequence html) {
    String text = html.toString();
    int start = text.indexOf("<p>");
    if (start < 0) {
      start = text.indexOf("<p ");
    }
    if (start < 0) {
      return Optional.empty();
    }
    int open = text.indexOf('>', start);
    int end = text.indexOf("</p>", open);
    if (open < 0 || end < 0) {
      return Optional.empty();
    }
    String inner = text.substring(open + 1, end);
    StringBuilder plain = new StringBuilder(inner.length());
    boolean tag = false;
    for (int i = 0; i < inner.length(); i++) {
      char c = inner.charAt(i);
      if (Bound.isMarkerChar(c)) {
        return Optional.empty();
      }
      if (c == '<') {
        tag = true;
      } else if (c == '>') {
        tag = false;
      } else if (!tag) {
        plain.append(c);
      }
    }
    String words = collapse(entities(plain.toString()));
    return words.isEmpty() ? Optional.empty() : Optional.of(words);
  }

  /**
   * {@code text} with each run of ASCII white space (what the regular expression {@code \\s} matches)
   * one space, then stripped, without loading the regular expressions.
   */
  private static String collapse(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean run = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
        if (!run) {
          out.append(' ');
          run = true;
        }
      } else {
        out.append(c);
        run = false;
      }
    }
    return out.toString().strip();
  }

  /** {@code text} with the entities Quire's HTML holds read back into characters. */
  private static String entities(String text) {
    if (text.indexOf('&') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int semicolon = c == '&' ? text.indexOf(';', i) : -1;
      if (semicolon < 0 || semicolon - i > 10) {
        out.append(c);
        continue;
      }
      String name = text.substring(i + 1, semicolon);
      String value = switch (name) {
        case "amp" -> "&";
        case "lt" -> "<";
        case "gt" -> ">";
        case "quot" -> "\"";
        case "apos", "#39" -> "'";
        case "nbsp" -> "\u00a0";
        default -> number(name);
      };
      if (value == null) {
        out.append(c);
      } else {
        out.append(value);
        i = semicolon;
      }
    }
    return out.toString();
  }

  private static String number(String name) {
    try {
      if (name.startsWith("#x") || name.startsWith("#X")) {
        return Character.toString(Integer.parseInt(name.substring(2), 16));
      }
      if (name.startsWith("#")) {
        return Character.toString(Integer.parseInt(name.substring(1)));
      }
    } catch (IllegalArgumentException e) {
      return null;
    }
    return null;
  }

  /** At most {@link #DESCRIPTION} characters, cut at a word with an ellipsis. */
  static String bounded(String text) {
    if (text.length() <= DESCRIPTION) {
      return text;
    }
    int cut = text.lastIndexOf(' ', DESCRIPTION - 1);
    return text.substring(0, cut > DESCRIPTION / 2 ? cut : DESCRIPTION - 1).stripTrailing() + "\u2026";
  }

  /** {@code url} made absolute against the base URL, when it is a path on the site and the base is known. */
  private String absolute(String url) {
    return url.startsWith("/") && !url.startsWith("//") && baseUrl.isPresent() ? baseUrl.get() + url : url;
  }

  private static Optional<String> type(String href) {
    String path = href.contains("?") ? href.substring(0, href.indexOf('?')) : href;
    return path.endsWith(".svg") ? Optional.of("image/svg+xml") : path.endsWith(".png") ? Optional.of("image/png")
        : path.endsWith(".ico") ? Optional.of("image/x-icon") : Optional.empty();
  }

  private static void meta(String attribute, String name, String content, StringBuilder out) {
    out.append("<meta ").append(attribute).append("=\"");
    Html.escape(name, out);
    out.append("\" content=\"");
    Html.escape(content, out);
    out.append("\">\n");
  }

  private static void link(String rel, String href, StringBuilder out) {
    out.append("<link rel=\"").append(rel).append("\" href=\"");
    Html.escape(href, out);
    out.append("\">\n");
  }
}
