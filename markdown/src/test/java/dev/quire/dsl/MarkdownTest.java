package dev.quire.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quire.markdown.MarkdownRenderer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Quire's one Markdown flavour: CommonMark, GFM tables, heading ids, raw HTML on an allowlist. */
class MarkdownTest {
  @Test
  void headingsGetIdsAndEmphasisStays() {
    assertEquals("<h5 id=\"device-management--service-enablement\"><strong>Device Management &amp; Service "
        + "Enablement</strong></h5>\n", Markdown.of("##### **Device Management & Service Enablement**").html());
  }

  @Test
  void duplicateHeadingIdsAreNumbered() {
    String html = Markdown.of("# Intro\n\n# Intro\n").html();
    assertTrue(html.contains("id=\"intro\"") && html.contains("id=\"intro-1\""), html);
  }

  @Test
  void gfmTablesRender() {
    String html = Markdown.of("| a | b |\n|---|---|\n| 1 | 2 |\n").html();
    assertTrue(html.startsWith("<table>") && html.contains("<td>1</td>"), html);
  }

  @Test
  void allowedRawHtmlIsKeptAndBrIsNormalised() {
    String html = Markdown.of("Line</br>\n<img src=\"/a.png\" style=\"margin-left: 40%\" width=\"40%\">\n").html();
    assertTrue(html.contains("<br>"), html);
    assertTrue(html.contains("<img src=\"/a.png\" style=\"margin-left: 40%\" width=\"40%\">"), html);
  }

  @Test
  void unsafeMarkupIsReportedAndNeverReachesTheOutput() {
    MarkdownRenderer.Result result = MarkdownRenderer.render(
        "a <img src=x onerror=alert(1)> <iframe src=\"https://x\"></iframe>\n\n<style>p{}</style>\n\n[x](vbscript:y)\n");

    List<String> messages = result.issues().stream().filter(issue -> issue.code() != Code.ACCESS_001)
        .map(MarkdownRenderer.Issue::message).toList();
    assertEquals(List.of(
        "relative image URL 'x' resolves against the page's own address; start it with / for a path on this site",
        "event handler onerror on <img> is not allowed in content",
        "raw HTML <iframe> is not allowed in content",
        "raw HTML <style> is not allowed in content",
        "link URL scheme 'vbscript:' is not allowed; use http, https, mailto, a site path (/...) or an #anchor"), messages);
    assertFalse(result.html().contains("onerror"), result.html());
    assertFalse(result.html().contains("<iframe"), result.html());
    assertFalse(result.html().contains("<style"), result.html());
    assertFalse(result.html().contains("vbscript"), result.html());
  }

  @Test
  void issuesCarryTheOffsetOfTheirSource() {
    MarkdownRenderer.Result result = MarkdownRenderer.render("abc\n\nsee [x](javascript:y)\n");

    assertEquals(9, result.issues().get(0).offset());
    assertTrue(result.hasErrors());
  }

  @Test
  void generatedMarkdownIsTrustedAsRendered() {
    Markdown markdown = Markdown.generated("<p><em>a</em></p>\n");
    assertEquals("<p><em>a</em></p>\n", markdown.html());
    assertEquals(java.util.Optional.empty(), markdown.source());
    assertEquals(java.util.Optional.of("*a*"), Markdown.of("*a*").source());
    assertTrue(Markdown.generated("").isEmpty());
  }

  @Test
  void plainTextIsShownAsWrittenWithItsParagraphsAndLineBreaks() {
    Markdown text = Markdown.plainText("Ada <ada@example.org> & *friends*\n[click](javascript:alert(1))\n\n  second 'para' \"x\"\r\n");
    assertEquals("<p>Ada &lt;ada@example.org&gt; &amp; *friends*<br>\n[click](javascript:alert(1))</p>\n"
        + "<p>second &#39;para&#39; &quot;x&quot;</p>\n", text.html());
    assertEquals(java.util.Optional.empty(), text.source());
    assertTrue(Markdown.plainText(" \n ").isEmpty());
    // A module takes it like any text: nothing in it is read as Markdown, so nothing is refused.
    assertEquals(text, RowText.builder().text(text).build().text());
  }
}
