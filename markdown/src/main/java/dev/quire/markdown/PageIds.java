package dev.quire.markdown;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Keeps the ids Quire makes unique across a page whose texts are rendered one by one: a heading id
 * or footnote id of one text that an earlier text of the page already has is given the first free
 * {@code -1}, {@code -2}… suffix, as flexmark does within one text, and the links Quire made to it
 * (the heading's anchor link, footnote references and back-links) follow. Ids the author wrote in raw
 * HTML and the author's own links stay as written.
 */
final class PageIds {
  private PageIds() {}

  static MarkdownRenderer.Renamed unique(String html, Set<String> taken) {
    Document document = RawHtml.parse(html);
    Set<String> own = new HashSet<>();
    for (Element element : document.body().getAllElements()) {
      if (!element.id().isEmpty()) {
        own.add(element.id());
      }
    }
    Map<String, String> renamed = new LinkedHashMap<>();
    for (Element element : document.body().getAllElements()) {
      String id = element.id();
      if (id.isEmpty() || !taken.contains(id) || !made(element) || renamed.containsKey(id)) {
        continue;
      }
      String fresh;
      int suffix = 1;
      do {
        fresh = id + "-" + suffix++;
      } while (taken.contains(fresh) || own.contains(fresh));
      own.add(fresh);
      element.id(fresh);
      renamed.put(id, fresh);
    }
    if (renamed.isEmpty()) {
      return new MarkdownRenderer.Renamed(html, Map.of());
    }
    for (Element link : document.select("a[href^=#]")) {
      String target = renamed.get(link.attr("href").substring(1));
      if (target != null && madeLink(link)) {
        link.attr("href", "#" + target);
      }
    }
    document.outputSettings().prettyPrint(false);
    return new MarkdownRenderer.Renamed(document.body().html(), renamed);
  }

  /** A heading (its id comes from its text), a footnote or a footnote reference: ids Quire made. */
  private static boolean made(Element element) {
    String tag = element.normalName();
    boolean heading = tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
    return heading || element.hasAttr("data-footnote-ref")
        || tag.equals("li") && element.parent() != null && element.parent().parent() != null
            && element.parent().parent().hasAttr("data-footnotes");
  }

  /** The anchor link before a body's heading, a footnote reference or back-link. */
  private static boolean madeLink(Element link) {
    return link.hasAttr("data-footnote-ref") || link.hasAttr("data-footnote-backref")
        || link.hasAttr("aria-hidden") && link.parent() != null && made(link.parent()) && link.elementSiblingIndex() == 0;
  }
}
