package dev.quire.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quire.dsl.Code;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * GitHub's Markdown beyond tables: strikethrough, task lists, bare-URL autolinks and footnotes, in
 * GitHub's markup, through the same URL policy and sanitizer as everything else.
 */
class GfmTest {
  private static Document html(String source) {
    MarkdownRenderer.Result result = MarkdownRenderer.render(source, MarkdownRenderer.Flavor.BODY);
    assertFalse(result.hasErrors(), result.issues().toString());
    return Jsoup.parseBodyFragment(result.html());
  }

  @Test
  void strikethroughIsDel() {
    assertEquals("<p><del>gone</del> and <del>two words</del></p>", MarkdownRenderer.render("~~gone~~ and ~~two words~~\n").html()
        .strip().replace("\n", ""));
  }

  @Test
  void taskItemsAreDisabledCheckboxesNamedByTheirText() {
    Document document = html("- [ ] write the docs\n- [x] ship it\n  - [X] **nested** one\n- plain\n");
    List<Element> boxes = document.select("input");
    assertEquals(3, boxes.size());
    for (Element box : boxes) {
      assertEquals("checkbox", box.attr("type"));
      assertTrue(box.hasAttr("disabled"));
      assertTrue(box.hasClass("task-list-item-checkbox"));
    }
    assertEquals(List.of(false, true, true), boxes.stream().map(box -> box.hasAttr("checked")).toList());
    assertEquals(List.of("write the docs", "ship it", "nested one"), boxes.stream().map(box -> box.attr("aria-label")).toList());
    assertTrue(document.selectFirst("ul").hasClass("contains-task-list"));
    assertEquals(" write the docs", boxes.get(0).nextSibling().toString());
    assertEquals(3, document.select("li.task-list-item").size());

    Document notTasks = html("- [x](/done) is a link\n- [ ]no space\n");
    assertTrue(notTasks.select("input").isEmpty(), notTasks.html());
    assertEquals(List.of("[x](/done) is a link", "[ ]no space"), notTasks.select("li").eachText());
    assertTrue(notTasks.select("li[class]").isEmpty(), notTasks.html());
  }

  @Test
  void aBareAddressInsideARawLinkIsItsText() {
    Document document = html("Write to <a href=\"mailto:help@example.org\">help@example.org</a> or www.example.org.\n");
    assertEquals(List.of("mailto:help@example.org", "http://www.example.org"), document.select("a").eachAttr("href"));
    assertEquals("help@example.org", document.selectFirst("a").text());
  }

  @Test
  void bareUrlsAndAddressesAreLinksThroughTheUrlPolicy() {
    Document document = html("See www.example.org/a, https://example.com/b. and ann@example.org; not ftp://x.org or "
        + "javascript:alert(1) or a@b.c-\n");
    assertEquals(List.of("http://www.example.org/a", "https://example.com/b", "mailto:ann@example.org"),
        document.select("a").eachAttr("href"));
    assertEquals("_blank", document.selectFirst("a").attr("target"));
    assertTrue(document.text().contains("not ftp://x.org or javascript:alert(1) or a@b.c-"));

    MarkdownRenderer.Result result = MarkdownRenderer.render("Go to www.example.org now.\n");
    assertEquals(List.of(new MarkdownRenderer.LinkUse(6, "http://www.example.org")), result.links());
    assertTrue(result.issues().isEmpty(), result.issues().toString());
  }

  @Test
  void footnotesAreGitHubsMarkupWithBackLinks() {
    Document document = html("A note[^n] and a longer one[^long] and the first again[^n].\n\n[^long]: Para one.\n\n"
        + "    Para two.\n[^n]: The **note**.\n[^unused]: Never referenced.\n");
    assertEquals(List.of("#fn-n", "#fn-long", "#fn-n"), document.select("sup > a[data-footnote-ref]").eachAttr("href"));
    assertEquals(List.of("fnref-n", "fnref-long", "fnref-n-2"), document.select("sup > a[data-footnote-ref]").eachAttr("id"));
    assertEquals(List.of("1", "2", "1"), document.select("sup > a[data-footnote-ref]").eachText());
    Element section = document.selectFirst("section.footnotes[data-footnotes]");
    assertEquals("Footnotes", section.selectFirst("h2.sr-only").text());
    assertEquals(List.of("fn-n", "fn-long"), section.select("ol > li").eachAttr("id"));
    assertEquals(List.of("#fnref-n", "#fnref-n-2"), section.select("#fn-n a[data-footnote-backref]").eachAttr("href"));
    assertEquals(List.of("Back to reference 1", "Back to reference 1-2"),
        section.select("#fn-n a[data-footnote-backref]").eachAttr("aria-label"));
    assertEquals("The note. ↩ ↩2", section.selectFirst("#fn-n").text());
    assertEquals(2, section.select("#fn-long p").size());
    assertFalse(document.text().contains("Never referenced"));

    MarkdownRenderer.Result result = MarkdownRenderer.render("See[^a b].\n\n[^a b]: Odd label.\n");
    assertTrue(result.ids().containsAll(List.of("fn-1", "fnref-1")), result.ids().toString());
  }

  @Test
  void rawHtmlMayNotWriteWhatTheGfmMarkupMay() {
    MarkdownRenderer.Result input = MarkdownRenderer.render("<input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled>\n");
    assertEquals(List.of(Code.HTML_001), input.issues().stream().map(MarkdownRenderer.Issue::code).toList());
    assertFalse(input.html().contains("<input"));
    MarkdownRenderer.Result section = MarkdownRenderer.render("<section data-footnotes>x</section>\n");
    assertTrue(section.issues().stream().anyMatch(issue -> issue.code() == Code.HTML_004), section.issues().toString());
  }

  /**
   * Bare links are asked only of text that could hold one ({@link BareLinks}): every text here parses
   * to the same HTML as with flexmark's own autolink extension, which asks every text.
   */
  @Test
  void bareLinksAreFoundWhereverFlexmarksExtensionFindsThem() {
    // the same HTML from both parsers: the links found, and the text left alone
    com.vladsch.flexmark.util.data.MutableDataSet gated = new com.vladsch.flexmark.util.data.MutableDataSet();
    com.vladsch.flexmark.util.data.MutableDataSet every = new com.vladsch.flexmark.util.data.MutableDataSet()
        .set(com.vladsch.flexmark.parser.Parser.EXTENSIONS,
            List.of(com.vladsch.flexmark.ext.autolink.AutolinkExtension.create()));
    com.vladsch.flexmark.parser.Parser ours = com.vladsch.flexmark.parser.Parser.builder(gated).build();
    com.vladsch.flexmark.parser.Parser theirs = com.vladsch.flexmark.parser.Parser.builder(every).build();
    for (String text : List.of("See www.example.org today.", "WWW.EXAMPLE.ORG", "*www.example.org*",
        "https://example.org/a?b=c", "Write to ann@example.org.", "ann&#64;example.org", "www\\.example.org",
        "http\\://example.org", "Visit wwwexample and w.w.w.", "No link: at all", "[a](https://x.org) www.y.org",
        "`www.code.org` and <span>www.raw.org</span>", "a&amp;b www.c.org", "www.a.org and https://b.org/x and c@d.org", "Plain text with no link at all.")) {
      com.vladsch.flexmark.html.HtmlRenderer html = com.vladsch.flexmark.html.HtmlRenderer.builder().build();
      com.vladsch.flexmark.util.ast.Document document = ours.parse(text);
      BareLinks.link(document);
      assertEquals(html.render(theirs.parse(text)), html.render(document), text);
    }
  }
}
