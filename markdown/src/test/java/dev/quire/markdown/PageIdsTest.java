package dev.quire.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Ids unique across a page rendered text by text: what is renamed, what follows, what stays as written. */
class PageIdsTest {
  @Test
  void aHeadingIdThePageHasGetsTheFirstFreeSuffixAndItsAnchorLinkFollows() {
    String html = MarkdownRenderer.render("## Notes\n\n## Notes\n\nSee [them](#notes).\n", MarkdownRenderer.Flavor.BODY).html();
    MarkdownRenderer.Renamed renamed = MarkdownRenderer.uniqueIds(html, Set.of("notes", "notes-2"));
    // notes-1 is the text's own second heading's, notes-2 an earlier text's: the first free is notes-3
    assertEquals(Map.of("notes", "notes-3"), renamed.ids());
    assertEquals("<h2 id=\"notes-3\"><a href=\"#notes-3\" aria-hidden=\"true\" tabindex=\"-1\"><span class=\"icon icon-link\">"
        + "</span></a>Notes</h2>\n<h2 id=\"notes-1\"><a href=\"#notes-1\" aria-hidden=\"true\" tabindex=\"-1\"><span"
        + " class=\"icon icon-link\"></span></a>Notes</h2>\n<p>See <a href=\"#notes\">them</a>.</p>\n", renamed.html());
  }

  @Test
  void footnotesAndTheirReferencesAreRenamedInPairs() {
    String html = MarkdownRenderer.render("Text.[^a]\n\n[^a]: The note.\n").html();
    MarkdownRenderer.Renamed renamed = MarkdownRenderer.uniqueIds(html, Set.of("fn-a", "fnref-a"));
    assertEquals(Map.of("fn-a", "fn-a-1", "fnref-a", "fnref-a-1"), renamed.ids());
    assertEquals(true, renamed.html().contains("<a href=\"#fn-a-1\" id=\"fnref-a-1\" data-footnote-ref"), renamed.html());
    assertEquals(true, renamed.html().contains("<li id=\"fn-a-1\">"), renamed.html());
    assertEquals(true, renamed.html().contains("href=\"#fnref-a-1\" data-footnote-backref"), renamed.html());
  }

  @Test
  void theAuthorsRawIdsAndATextWithoutCollisionsStayAsWritten() {
    String html = MarkdownRenderer.render("<span id=\"notes\">x</span>\n\n## Other\n").html();
    assertEquals(new MarkdownRenderer.Renamed(html, Map.of()), MarkdownRenderer.uniqueIds(html, Set.of("notes")));
    assertEquals(new MarkdownRenderer.Renamed(html, Map.of()), MarkdownRenderer.uniqueIds(html, Set.of("elsewhere")));
  }
}
