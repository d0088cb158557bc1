package dev.quire.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whatever the sanitizer removes has been reported, at its place in the source. */
class RawHtmlTest {
  private static List<String> issues(String markdown) {
    return MarkdownRenderer.render(markdown, MarkdownRenderer.Flavor.BODY).issues().stream()
        .map(issue -> issue.offset() + " " + issue.code().id() + " " + issue.message()).toList();
  }

  /** A browser ends a comment at '--!>' and '<!-->'; what follows is markup, checked like any other. */
  @ParameterizedTest
  @ValueSource(strings = {
      "<!-- a --!> <img src=/a.png onerror=alert(1)> -->\n",
      "<!-- a --!>\n<img src=/a.png onerror=alert(1)>\n-->\n",
      "<!--> <img src=/a.png onerror=alert(1)> -->\n",
      "<div><!-- a --!> <img src=/a.png onerror=alert(1)> --></div>\n",
      "x <!-- a --!> <img src=/a.png onerror=alert(1)> --> y\n"})
  void anEventHandlerAfterAMalformedCommentIsAPositionedError(String markdown) {
    int at = markdown.indexOf("onerror");
    // (The image's missing alt is an accessibility warning of its own, ContentAccessibilityTest's.)
    assertEquals(List.of(at + " QUIRE-HTML-002 event handler onerror on <img> is not allowed in content"),
        issues(markdown).stream().filter(issue -> !issue.contains("QUIRE-ACCESS-")).toList());
  }

  @Test
  void whatTheFirstPassDidNotSeeIsReportedByTheWholeTextPass() {
    String html = "<p>a <b>b</b></p><img src=\"/a.png\" onerror=\"x\" data-x=\"1\"><blink>c</blink>";
    List<MarkdownRenderer.Issue> found = new ArrayList<>();
    Document document = RawHtml.parse(html);
    // One raw piece, "<img …>", at source offset 100; the <blink> lies outside every piece.
    RawHtml.reconcile(document, html, List.of(new RawHtml.Piece(100, "<img src=\"/a.png\" onerror=\"x\" data-x=\"1\">")), found);
    assertEquals(List.of(
        "118 QUIRE-HTML-002 event handler onerror on <img> is not allowed in content",
        "130 QUIRE-HTML-005 attribute data-x on <img> is not in the allowlist and is dropped",
        "100 QUIRE-HTML-004 raw HTML tag <blink> is not in the allowlist and is dropped (its text stays)"),
        found.stream().map(issue -> issue.offset() + " " + issue.code().id() + " " + issue.message()).toList());

    // Reported already at the same place: nothing is added.
    List<MarkdownRenderer.Issue> again = new ArrayList<>(found);
    RawHtml.reconcile(RawHtml.parse(html), html, List.of(new RawHtml.Piece(100, "<img src=\"/a.png\" onerror=\"x\" data-x=\"1\">")), again);
    assertEquals(found, again);
  }

  @Test
  void anImageFromAMailtoAddressIsRefusedNotDroppedSilently() {
    assertEquals(List.of("0 QUIRE-URL-001 image URL scheme 'mailto:' is not allowed; use http, https, a site path (/...) or a data:image/..."),
        issues("![x](mailto:a@b.org)\n"));
  }

  @Test
  void plainRawHtmlAndCommentsPass() {
    assertEquals(List.of(), issues("<!-- a note -->\n\n<p style=\"color:red\">x <b>y</b></p>\n"));
    assertFalse(MarkdownRenderer.render("<!-- a note -->\n").html().contains("note"));
  }

  /** A raw link's rel="opener" (reverse tabnabbing) is dropped with a warning at the attribute; its other keywords stay. */
  @Test
  void relOpenerIsDroppedWithAWarning() {
    String markdown = "<a href=\"https://example.org\" target=\"_blank\" rel=\"nofollow OPENER\">x</a> "
        + "<a href=\"https://example.org/b\" target=\"_blank\" rel=\"opener\">y</a>\n";
    MarkdownRenderer.Result rendered = MarkdownRenderer.render(markdown, MarkdownRenderer.Flavor.BODY);
    String why = " on <a>: 'opener' lets the page the link opens navigate this one (reverse tabnabbing), so it is dropped;"
        + " remove it from rel";
    assertEquals(List.of(markdown.indexOf("rel=") + " QUIRE-HTML-006 rel=\"nofollow OPENER\"" + why,
        markdown.lastIndexOf("rel=") + " QUIRE-HTML-006 rel=\"opener\"" + why), issues(markdown));
    Document document = org.jsoup.Jsoup.parseBodyFragment(rendered.html());
    assertEquals("nofollow", document.select("a").get(0).attr("rel"));
    assertFalse(document.select("a").get(1).hasAttr("rel"));
  }
}
