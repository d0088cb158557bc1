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
    Optional<Entry> entry = entry(page);
    // The page's own description as written; else its entry's excerpt or its first paragraph, bounded.
    Optional<String> description = page.description()
        .or(() -> entry.flatMap(e -> firstParagraph(e.excerpt().html())).or(() -> firstParagraph(fragment))
            .map(Head::bounded));
    description.ifPresent(text -> meta("name", "description", text, out));
    Optional<String> address = baseUrl.flatMap(base -> page.slug().map(slug -> base + "/" + (slug.equals("index") ? "" : slug)));
    address.ifPresent(url -> link("canonical", url, out));
    String cardTitle = page.title().orElse(title);
    meta("property", "og:type", entry.isPresent() ? "article" : "website", out);
    if (!cardTitle.isEmpty()) {
      meta("property", "og:title", cardTitle, out);
    }
    description.ifPresent(text -> meta("property", "og:description", text, out));
    siteName.ifPresent(name -> meta("property", "og:site_name", name, out));
    address.ifPresent(url -> meta("property", "og:url", url, out));
    Optional<String> image = (page.meta().get("image") instanceof String own ? Optional.of(own) : Optional.<String>empty())
        .or(() -> entry.flatMap(Entry::image)).map(this::absolute);
    image.ifPresent(url -> meta("property", "og:image", url, out));
    entry.ifPresent(e -> meta("property", "article:published_time", e.date().toString(), out));
    if (!cardTitle.isEmpty()) {
      meta("name", "twitter:card", image.isPresent() ? "summary_large_image" : "summary", out);
    }
    favicon.ifPresent(href -> {
      out.append("<link rel=\"icon\" href=\"");
      Html.escape(href, out);
      out.append('"');
      type(href).ifPresent(type -> out.append(" type=\"").append(type).append('"'));
      out.append(">\n");
    });
    meta("name", "theme-color", themeColor, out);
    metas.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(m -> meta("name", m.getKey(), m.getValue(), out));
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

  /** The entry a page shows, when it is an entry's page (its header module says so). */
  private static Optional<Entry> entry(Page page) {
    for (Module module : page.modules()) {
      if (module instanceof RowDocumentHeader header) {
        return Optional.of(header.entry());
      }
    }
    return Optional.empty();
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
    String words = entities(plain.toString()).replaceAll("\\s+", " ").strip();
    return words.isEmpty() ? Optional.empty() : Optional.of(words);
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
