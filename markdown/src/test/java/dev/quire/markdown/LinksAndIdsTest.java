package dev.quire.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What the renderer tells the site's link check: every link with the offset of its URL in the source
 * (Markdown links, reference definitions, autolinks, raw {@code <a href>}), and the ids a fragment
 * can go to (heading ids, raw HTML ids and {@code <a name>}), as the safe HTML has them.
 */
class LinksAndIdsTest {
  @Test
  void everyLinkIsListedAtItsUrl() {
    String source = "See [us](/about) and [ref][r], <https://example.org/>.\n\n<a href=\"/raw\">raw</a>\n\n[r]: /ref\n";

    MarkdownRenderer.Result result = MarkdownRenderer.render(source);

    assertEquals(List.of(new MarkdownRenderer.LinkUse(source.indexOf("/about"), "/about"),
            new MarkdownRenderer.LinkUse(source.indexOf("https:"), "https://example.org/"),
            new MarkdownRenderer.LinkUse(source.indexOf("/raw"), "/raw"),
            new MarkdownRenderer.LinkUse(source.indexOf("/ref"), "/ref")),
        result.links());
  }

  @Test
  void theIdsAreThoseOfTheSafeHtml() {
    String source = "## Our team\n\n<span id=\"hours\">9</span> <a name=\"old\">x</a> <b onclick=\"x\" id=\"b\">b</b>\n";

    MarkdownRenderer.Result result = MarkdownRenderer.render(source, MarkdownRenderer.Flavor.BODY);

    assertEquals(Set.of("our-team", "hours", "old", "b"), result.ids());
  }

  @Test
  void aRefusedTextHasNoLinksAndNoIds() {
    MarkdownRenderer.Result result = MarkdownRenderer.render("> ".repeat(1000) + "[a](/x)\n");

    assertEquals(List.of(), result.links());
    assertEquals(Set.of(), result.ids());
  }
}
