package dev.quire.runtime;

import dev.quire.dsl.Entry;
import dev.quire.dsl.RowDocumentHeader;
import dev.quire.dsl.RowNewsCards;
import dev.quire.dsl.RowNewsList;
import dev.quire.dsl.RowTags;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The collection modules (original §3.9, §3.10, §3.12, §3.13). Fixes: the excerpt sits in a
 * {@code div.card-text} (a {@code div} inside the original's {@code p} is not valid HTML, and a
 * browser would move it out); entries show wherever the module is.
 */
final class NewsWriter {
  private NewsWriter() {}

  static void cards(RowNewsCards cards, Optional<String> defaultImage, StringBuilder out) {
    out.append("<div class=\"row-news-cards\"><div class=\"row row-eq-height\">");
    for (Entry entry : cards.entries()) {
      out.append("<div class=\"col-md-6 col-lg-4\"><article class=\"card mb-2 h-100\">");
      Optional<String> image = image(entry, defaultImage);
      if (image.isPresent()) {
        image(image.get(), entry, " class=\"news-card-image card-img\"", out);
      }
      out.append("<div class=\"card-body\"><h4 class=\"card-title\">");
      titleLink(entry, out);
      out.append("</h4><h6 class=\"card-subtitle text-muted\"><span class=\"font-italic\">");
      Html.escape(entry.subtitle().orElse(""), out);
      out.append("</span></h6><div class=\"card-text pt-3\">").append(entry.excerpt().html())
          .append("</div></div><div class=\"card-footer\">");
      footer(entry, "container", out);
      out.append("</div></article></div>");
    }
    out.append("</div></div>");
  }

  static void list(RowNewsList list, StringBuilder out) {
    out.append("<div class=\"row-news-list\"><div class=\"row\">");
    ButtonGridWriter.header(list.icon(), list.title(), list.subtitle(), "text-center text-primary col-title col", out);
    out.append("</div>");
    for (int i = 0; i < list.entries().size(); i++) {
      Entry entry = list.entries().get(i);
      out.append("<div class=\"row row-news-list-item\"><div class=\"card mb-3 p-0 ").append(colour(i + 1))
          .append("\"><div class=\"card-body text-center p-2\"><h5 class=\"card-title\">");
      titleLink(entry, out);
      out.append("</h5><h6 class=\"card-sub-title\"><span class=\"font-italic\">");
      Html.escape(entry.subtitle().orElse(""), out);
      out.append("</span></h6></div><div class=\"card-footer text-center p-2\">");
      footer(entry, "p-0 container", out);
      out.append("</div></div></div>");
    }
    out.append("</div>");
  }

  /** The original's colour sequence: even places second, else every third third, else first. */
  static String colour(int place) {
    return place % 2 == 0 ? "second" : place % 3 == 0 ? "third" : "first";
  }

  /** An entry's page header; the by-line sits in the middle third, or across the page where columns stack. */
  static void header(RowDocumentHeader header, Layout layout, StringBuilder out) {
    String third = layout.stackBelow().equalColumn();
    Entry entry = header.entry();
    out.append("<div class=\"mb-5 pb-5 row-document-header\">");
    Optional<String> image = image(entry, layout.entryImage());
    if (image.isPresent()) {
      out.append("<div class=\"row mb-5\"><div class=\"col\">");
      image(image.get(), entry, "", out);
      out.append("</div></div>");
    }
    out.append("<div class=\"row\"><div class=\"col\"><h1 class=\"display-5\">");
    Html.escape(entry.title(), out);
    out.append("</h1><h2 class=\"lead\"><span class=\"font-italic\">");
    Html.escape(entry.subtitle().orElse(""), out);
    out.append("</span></h2></div></div><div class=\"row mt-3\"><div class=\"").append(third)
        .append("\"></div><div class=\"border-bottom text-center ").append(third)
        .append("\">By: <span class=\"mr-3 text-muted\">");
    Html.escape(entry.by().orElse(""), out);
    out.append("</span> | <span class=\"ml-3 text-muted\"><time datetime=\"").append(entry.date().toString()).append("\">");
    Html.escape(entry.dateText(), out);
    out.append("</time></span></div><div class=\"").append(third).append("\"></div></div></div>");
  }

  static void tags(RowTags tags, StringBuilder out) {
    out.append("<div class=\"row-tags\"><div class=\"row shadow p-3 mb-5 bg-white rounded\"><div class=\"container\">"
        + "<div class=\"row\"><h2 class=\"m-auto\">Tags</h2></div><div class=\"row\">"
        + "<div class=\"list-group overflow-auto m-auto list-group-horizontal\">");
    Optional<String> selected = tags.selected();
    for (String tag : tags.tags()) {
      boolean current = selected.isPresent() && selected.get().equals(tag);
      out.append("<div class=\"list-group-item border-0 flex-fill").append(current ? " disabled" : "").append("\"><a href=\"");
      Html.escape(tags.href() + "?tag=" + URLEncoder.encode(tag, StandardCharsets.UTF_8).replace("+", "%20"), out);
      out.append('"').append(current ? " class=\"font-weight-bold\" aria-current=\"page\"" : "").append(">#");
      Html.escape(tag, out);
      out.append("</a></div>");
    }
    out.append("<div class=\"list-group-item border-0 flex-fill").append(selected.isEmpty() ? " disabled" : "")
        .append("\"><a href=\"");
    Html.escape(tags.href(), out);
    out.append('"').append(selected.isEmpty() ? " class=\"text-muted\"" : "").append(">Clear</a></div></div></div></div></div></div>");
  }

  /** The entry's image, else the renderer's image for entries without one, else none. */
  private static Optional<String> image(Entry entry, Optional<String> fallback) {
    return entry.image().isPresent() ? entry.image() : fallback;
  }

  /** {@code <img>} of an entry: {@code src}, the entry's title as its alternative text, and {@code attributes}. */
  private static void image(String src, Entry entry, String attributes, StringBuilder out) {
    out.append("<img src=\"");
    Html.escape(src, out);
    out.append("\" alt=\"");
    Html.escape(entry.title(), out);
    out.append('"').append(attributes).append('>');
  }

  private static void titleLink(Entry entry, StringBuilder out) {
    out.append("<a href=\"");
    Html.escape(entry.href(), out);
    out.append("\" class=\"stretched-link\">");
    Html.escape(entry.title(), out);
    out.append("</a>");
  }

  private static void footer(Entry entry, String containerClass, StringBuilder out) {
    out.append("<div class=\"").append(containerClass).append("\"><div class=\"row\"><div class=\"col\"><time datetime=\"")
        .append(entry.date().toString()).append("\">");
    Html.escape(entry.dateText(), out);
    out.append("</time></div><div class=\"col\">");
    Html.escape(entry.by().orElse(""), out);
    out.append("</div></div></div>");
  }
}
