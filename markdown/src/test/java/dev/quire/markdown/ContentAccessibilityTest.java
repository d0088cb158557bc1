package dev.quire.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a text writes that the W3C checker or axe-core would flag, warned at the place it is written,
 * and nothing for a text that is fine; the headings a text shows, in order, for the page's outline.
 */
class ContentAccessibilityTest {
  @Test
  void anImageWithoutAlternativeTextIsWarnedAboutWhereItIsWritten() {
    assertEquals(List.of("6 QUIRE-ACCESS-001 ![](/team.png) has no alternative text, so a screen reader says only \"image\": "
        + "write what it shows between the brackets (![The team at work](/team.png)), or, for an image that is only "
        + "decoration, <img src=\"/team.png\" alt=\"\">"), issues("Team: ![](/team.png)\n"));
    assertEquals(List.of("0 QUIRE-ACCESS-001 <img> has no alt, so a screen reader reads out its file name: add "
        + "alt=\"what it shows\", or alt=\"\" for an image that is only decoration"), issues("<img src=\"/a.png\">\n"));
    assertEquals(List.of(), issues("![The team](/team.png) and <img src=\"/line.png\" alt=\"\">\n"),
        "described, and marked as decoration");
  }

  @Test
  void aLinkWithoutTextIsWarnedAboutAndOneWithADescribedImageIsNot() {
    assertEquals(List.of("4 QUIRE-ACCESS-003 [](/docs) has no text, so a screen reader announces only \"link\": write where "
        + "it leads between the brackets"), issues("See [](/docs).\n"));
    assertEquals(List.of("0 QUIRE-ACCESS-003 <a href=\"/docs\"> has no text, so a screen reader announces only \"link\": "
        + "write where it leads inside it (or give its image an alt)"), issues("<a href=\"/docs\"></a>\n"));
    assertEquals(List.of(), issues("[![Docs](/d.png)](/docs) <a href=\"/x\"><img src=\"/x.png\" alt=\"X\"></a> "
        + "<a name=\"top\"></a>\n"));
  }

  @Test
  void aLinkInsideAButtonIsWarnedAboutAtTheLink() {
    String text = "<p><button><a href=\"/event\">Event</a></button></p>\n";
    assertEquals(List.of(text.indexOf("<a") + " QUIRE-ACCESS-004 <a> inside <button>: a browser and a screen reader see "
        + "one control, and which one a click or Enter reaches is not defined; write the link alone, styled as a "
        + "button: <a href=\"…\" class=\"btn btn-light\">…</a>"), issues(text));
  }

  @Test
  void anUnclosedLinkIsWarnedAboutAndTheEmptyCopyABrowserMakesIsDropped() {
    String text = "Visit <a href=\"https://x.org/\" target=\"_blank\">x.org.\n\nNext paragraph.\n";
    MarkdownRenderer.Result result = MarkdownRenderer.render(text);
    assertEquals(List.of("6 QUIRE-HTML-007 this <a> is never closed: a browser carries the link on into the text after "
        + "it (and Quire drops the empty copy it would make); write </a> where the link's text ends"), issues(text));
    assertEquals(1, result.html().split("<a ", -1).length - 1, result.html());
    assertTrue(result.html().contains("<p>Next paragraph.</p>"), result.html());
  }

  @Test
  void aWidthInPercentOnAnImageIsWarnedAbout() {
    assertEquals(List.of("18 QUIRE-HTML-008 width=\"40%\" on <img> is not a whole number of pixels, the only value HTML "
        + "allows there (the W3C checker reports it): write width=\"400\", or style=\"width: 40%\""),
        issues("<img src=\"/a.png\" width=\"40%\" alt=\"Logo\">\n"));
    assertEquals(List.of(), issues("<img src=\"/a.png\" width=\"400\" alt=\"Logo\">\n"));
  }

  @Test
  void theHeadingsOfATextAreListedInTheOrderTheyShowWithTheirPlaces() {
    String text = "# Title\n\n### Skipped `code`\n\n<h5>Raw</h5>\n\nText\n\n## *Back*\n";
    assertEquals(List.of(new MarkdownRenderer.HeadingUse(0, 1, "title", "Title"),
        new MarkdownRenderer.HeadingUse(9, 3, "skipped-code", "Skipped code"),
        new MarkdownRenderer.HeadingUse(text.indexOf("<h5>"), 5, "", "Raw"),
        new MarkdownRenderer.HeadingUse(text.indexOf("## *Back*"), 2, "back", "Back")),
        MarkdownRenderer.render(text).headings());
    assertEquals(List.of(), issues(text), "the order across a page is the processor's to judge");
  }

  private static List<String> issues(String text) {
    return MarkdownRenderer.render(text).issues().stream()
        .map(issue -> issue.offset() + " " + issue.code().id() + " " + issue.message()).toList();
  }
}
