package dev.quire.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** TableOfContents as hand-written pages use it: the nesting of its list, its depth, and its refusals. */
class TableOfContentsTest {
  private static String render(TableOfContents table) {
    StringBuilder out = new StringBuilder();
    Html html = Html.writer(out);
    table.render(html);
    html.finish();
    return out.toString();
  }

  private static String link(String id) {
    return "<a href=\"#" + id + "\">" + id + "</a>";
  }

  @Test
  void nestsByLevelWithoutEmptyItemsAndClosesBackToTheLevelOfTheNextHeading() {
    TableOfContents table = TableOfContents.builder().depth(4)
        .heading(2, "a", "a").heading(4, "b", "b").heading(3, "c", "c").heading(2, "d", "d").heading(3, "e", "e")
        .build();
    assertEquals("<nav class=\"table-of-contents\" aria-label=\"Contents\"><p class=\"table-of-contents-title\">Contents</p>"
        + "<ul><li>" + link("a") + "<ul><li>" + link("b") + "</li><li>" + link("c") + "</li></ul></li>"
        + "<li>" + link("d") + "<ul><li>" + link("e") + "</li></ul></li></ul></nav>", render(table));
  }

  @Test
  void theDepthCountsFromTheHighestHeadingAndTextIsEscaped() {
    TableOfContents table = TableOfContents.builder().title("On <this> page").depth(1).status("small")
        .headings(List.of(new TableOfContents.Heading(5, "x", "Tom & Jerry"), new TableOfContents.Heading(6, "y", "y")))
        .build();
    assertEquals("<nav class=\"table-of-contents small\" aria-label=\"On &lt;this&gt; page\"><p class=\"table-of-contents-title\">"
        + "On &lt;this&gt; page</p><ul><li><a href=\"#x\">Tom &amp; Jerry</a></li></ul></nav>", render(table));
    assertEquals(List.of(new TableOfContents.Heading(5, "x", "Tom & Jerry")), TableOfContents.listed(table.headings(), 1));
  }

  @Test
  void withoutHeadingsItWritesNothing() {
    assertEquals("", render(TableOfContents.builder().build()));
  }

  @Test
  void refusesABlankTitleADepthOutsideOneToSixAndBadHeadings() {
    LayoutException refused = assertThrows(LayoutException.class, () -> TableOfContents.builder().title(" ").depth(7).build());
    assertEquals(List.of("TableOfContents needs a title, the name a screen reader gives its landmark; leave title out for"
        + " \"Contents\"", "TableOfContents depth is 7, outside 1\u20136"), refused.problems());
    assertThrows(IllegalArgumentException.class, () -> new TableOfContents.Heading(0, "a", "a"));
    assertThrows(IllegalArgumentException.class, () -> new TableOfContents.Heading(2, "a b", "a"));
  }
}
