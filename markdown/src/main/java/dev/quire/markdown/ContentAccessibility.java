package dev.quire.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.util.ast.Node;
import dev.quire.dsl.internal.Message;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a Markdown text writes that the W3C checker or axe-core would flag on the page, warned where it
 * is written: an image without alternative text, a link without text, a link or button inside another,
 * a raw {@code <a>} never closed; and the text's headings in the order they show, for the page's
 * outline (the processor checks the order across the page, whose modules and body each render their
 * own Markdown). Markdown syntax is read from flexmark's tree, raw HTML from the rendered tree as a
 * browser builds it, at the place in the raw piece where the element starts.
 */
final class ContentAccessibility {
  private static final Set<String> INTERACTIVE = Set.of("a", "button");

  private ContentAccessibility() {}

  /**
   * Checks {@code markdown} (flexmark's tree) and {@code rendered} (its HTML {@code html}, parsed),
   * adding warnings to {@code issues}; returns the headings, in the order they show.
   */
  static List<MarkdownRenderer.HeadingUse> check(Node markdown, Document rendered, String html,
      List<RawHtml.Piece> pieces, List<MarkdownRenderer.Issue> issues) {
    Deque<Integer> markdownHeadings = new ArrayDeque<>();
    for (Node node : markdown.getDescendants()) {
      if (node instanceof Image image && image.getText().isBlank()) {
        issues.add(MarkdownRenderer.Issue.of(image.getStartOffset(),
            Message.A11Y_MARKDOWN_IMAGE.with(image.getUrl().unescape())));
      } else if (node instanceof Link link && link.getText().isBlank() && !hasImage(link)) {
        issues.add(MarkdownRenderer.Issue.of(link.getStartOffset(), Message.A11Y_MARKDOWN_LINK.with(link.getUrl().unescape())));
      } else if (node instanceof Heading heading) {
        markdownHeadings.add(heading.getStartOffset());
      }
    }
    RawHtml.Locator locator = new RawHtml.Locator(html, pieces);
    List<MarkdownRenderer.HeadingUse> headings = new ArrayList<>();
    for (Element element : rendered.body().getAllElements()) {
      String tag = element.normalName();
      int start = element.sourceRange().isTracked() ? element.sourceRange().startPos() : -1;
      boolean raw = start >= 0 && locator.inPiece(start) && written(html, start, tag);
      if (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6') {
        int level = tag.charAt(1) - '0';
        if (raw) {
          headings.add(new MarkdownRenderer.HeadingUse(locator.source(start), level, element.id(), element.text()));
        } else if (!markdownHeadings.isEmpty()) {
          headings.add(new MarkdownRenderer.HeadingUse(markdownHeadings.poll(), level, element.id(), element.text()));
        }
        continue;
      }
      if (!raw) {
        continue;
      }
      int at = locator.source(start);
      if (tag.equals("img") && !element.hasAttr("alt")) {
        issues.add(MarkdownRenderer.Issue.of(at, Message.A11Y_RAW_IMAGE.with()));
      }
      if (tag.equals("a") && element.hasAttr("href")) {
        if (!closed(html, element)) {
          issues.add(MarkdownRenderer.Issue.of(at, Message.HTML_UNCLOSED_LINK.with()));
        }
        if (element.text().isBlank() && element.select("img[alt~=.]").isEmpty() && !element.hasAttr("title")) {
          issues.add(MarkdownRenderer.Issue.of(at, Message.A11Y_RAW_LINK.with(element.attr("href"))));
        }
      }
      if (INTERACTIVE.contains(tag)) {
        for (Element outer = element.parent(); outer != null; outer = outer.parent()) {
          if (INTERACTIVE.contains(outer.normalName())) {
            issues.add(MarkdownRenderer.Issue.of(at, Message.A11Y_NESTED.with(tag, outer.normalName(),
                outer.normalName().equals("button") && tag.equals("a")
                    ? "the link alone, styled as a button: <a href=\"…\" class=\"btn btn-light\">…</a>"
                    : "one of them, not both")));
            break;
          }
        }
      }
    }
    return headings;
  }

  /**
   * Whether the element starting at {@code start} is one the source writes there: a browser also makes
   * elements of its own, such as the copy of an unclosed {@code <a>} it opens again in the next
   * paragraph, which start at another tag.
   */
  static boolean written(String html, int start, String tag) {
    return html.regionMatches(true, start, "<" + tag, 0, tag.length() + 1);
  }

  private static boolean closed(String html, Element element) {
    if (!element.endSourceRange().isTracked()) {
      return false;
    }
    int end = element.endSourceRange().startPos();
    return html.regionMatches(true, end, "</a", 0, 3);
  }

  private static boolean hasImage(Link link) {
    for (Node child : link.getDescendants()) {
      if (child instanceof Image image && !image.getText().isBlank()) {
        return true;
      }
    }
    return false;
  }
}
