package dev.quire.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quire.dsl.Entry;
import dev.quire.dsl.Footer;
import dev.quire.dsl.Markdown;
import dev.quire.dsl.NavItem;
import dev.quire.dsl.Navigation;
import dev.quire.dsl.Page;
import dev.quire.dsl.RowDocumentHeader;
import dev.quire.dsl.RowText;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The document's head, from the page and the renderer, parsed with a real HTML parser: a description for
 * every page, the canonical address, the social cards, the favicon and theme colour, the CDN stylesheet's
 * hash, and the application's own stylesheets, scripts, meta tags, header and footer.
 */
class DocumentHeadTest {
  private static String content(Document html, String selector) {
    Element element = html.selectFirst(selector);
    return element == null ? null : element.attr(element.hasAttr("content") ? "content" : "href");
  }

  @Test
  void aPageWithoutADescriptionIsDescribedByItsFirstParagraphAsPlainBoundedText() {
    String long_ = "word ".repeat(60).strip();
    Document html = Jsoup.parse(HtmlRenderer.create().renderDocument(Page.builder().title("About")
        .module(RowText.of(Markdown.of("# About\n\nWe *build* Quire &amp; its <b>tools</b>.\n"))).build()));
    assertEquals("We build Quire & its tools.", content(html, "meta[name=description]"));
    assertEquals("We build Quire & its tools.", content(html, "meta[property=og:description]"));

    Document bounded = Jsoup.parse(HtmlRenderer.create().renderDocument(Page.builder().body(long_ + "\n").build()));
    String description = content(bounded, "meta[name=description]");
    assertTrue(description.length() <= 160 && description.endsWith("word\u2026"), description);

    Document own = Jsoup.parse(HtmlRenderer.create().renderDocument(Page.builder().description("Who we are.")
        .body("Other text.\n").build()));
    assertEquals("Who we are.", content(own, "meta[name=description]"), "the front matter's comes first");
    assertNull(Jsoup.parse(HtmlRenderer.create().renderDocument(Page.builder().build())).selectFirst("meta[name=description]"),
        "no text, no description");
  }

  @Test
  void withABaseUrlAPageHasItsCanonicalAddressAndAnEntryItsArticleCard() {
    HtmlRenderer renderer = HtmlRenderer.builder().siteName("Site").baseUrl("https://example.org/docs/").build();
    Document about = Jsoup.parse(renderer.renderDocument(Page.builder().slug("about").title("About").build()));
    assertEquals("https://example.org/docs/about", content(about, "link[rel=canonical]"));
    assertEquals("https://example.org/docs/about", content(about, "meta[property=og:url]"));
    assertEquals("website", content(about, "meta[property=og:type]"));
    assertEquals("About", content(about, "meta[property=og:title]"));
    assertEquals("Site", content(about, "meta[property=og:site_name]"));
    assertEquals("summary", content(about, "meta[name=twitter:card]"));
    assertEquals("https://example.org/docs/", content(Jsoup.parse(renderer.renderDocument(Page.builder().slug("index")
        .build())), "link[rel=canonical]"), "the index page is the site's root");

    Entry entry = Entry.of("news/launch", "Launch", LocalDate.of(2024, 10, 2), "2024-10-02").image("/images/launch.png")
        .excerpt(Markdown.generated("<p>We launched.</p>"));
    Document article = Jsoup.parse(renderer.renderDocument(Page.builder().slug("news/launch").title("Launch")
        .module(RowDocumentHeader.of(entry)).build()));
    assertEquals("article", content(article, "meta[property=og:type]"));
    assertEquals("https://example.org/docs/images/launch.png", content(article, "meta[property=og:image]"));
    assertEquals("2024-10-02", content(article, "meta[property=article:published_time]"));
    assertEquals("summary_large_image", content(article, "meta[name=twitter:card]"));
    assertEquals("We launched.", content(article, "meta[name=description]"), "an entry is described by its excerpt");

    assertNull(Jsoup.parse(HtmlRenderer.create().renderDocument(Page.builder().slug("about").build()))
        .selectFirst("link[rel=canonical]"), "without a base URL the address is not known");
  }

  @Test
  void theFaviconThemeColourAndTheCdnStylesheetsHash() {
    Document plain = Jsoup.parse(HtmlRenderer.create().renderDocument(Page.builder().title("T").build()));
    Element bootstrap = plain.selectFirst("link[rel=stylesheet]");
    assertEquals(HtmlRenderer.DEFAULT_STYLESHEET, bootstrap.attr("href"));
    assertEquals("sha384-xOolHFLEh07PJGoPkLv1IbcEPTNtaed2xpHsD9ESMhqIYd0nLMwNLD69Npy4HI+N", bootstrap.attr("integrity"));
    assertEquals("anonymous", bootstrap.attr("crossorigin"));
    assertEquals("#ffffff", content(plain, "meta[name=theme-color]"));

    Document own = Jsoup.parse(HtmlRenderer.builder().stylesheet("/css/bootstrap.min.css").favicon("/favicon.svg")
        .themeColor("#413c58").build().renderDocument(Page.builder().build()));
    assertEquals("", own.selectFirst("link[rel=stylesheet]").attr("integrity"), "a copy of one's own has no known hash");
    assertEquals("/favicon.svg", own.selectFirst("link[rel=icon]").attr("href"));
    assertEquals("image/svg+xml", own.selectFirst("link[rel=icon]").attr("type"));
    assertEquals("#413c58", content(own, "meta[name=theme-color]"));
  }

  @Test
  void theApplicationsStylesheetsComeAfterQuiresWithItsScriptsAndMetaTags() {
    Document html = Jsoup.parse(HtmlRenderer.builder().addStylesheet("/css/site.css").script("/js/site.js")
        .meta("author", "ACME \"Pages\"").build().renderDocument(Page.builder().build()));
    List<String> order = html.head().children().stream().map(Element::tagName).toList();
    assertTrue(order.indexOf("style") < order.lastIndexOf("link"), "the site's CSS after Quire's: " + order);
    assertEquals("/css/site.css", html.select("link[rel=stylesheet]").last().attr("href"));
    Element script = html.selectFirst("head > script[src=/js/site.js]");
    assertTrue(script.hasAttr("defer"));
    assertEquals("ACME \"Pages\"", content(html, "meta[name=author]"));

    assertThrows(IllegalArgumentException.class, () -> HtmlRenderer.builder().script("javascript:alert(1)"));
    assertThrows(IllegalArgumentException.class, () -> HtmlRenderer.builder().meta("description", "x"));
    assertThrows(IllegalArgumentException.class, () -> HtmlRenderer.builder().baseUrl("example.org"));
    assertThrows(IllegalArgumentException.class, () -> HtmlRenderer.builder().themeColor("red;background:url(x)"));
  }

  @Test
  void theApplicationsOwnHeaderAndFooterArePagesInOneBannerAndOneFooter() {
    Page header = Page.builder().module(RowText.of(Markdown.of("**ACME** <b>pages</b>"))).build();
    Page footer = Page.builder().body("(c) ACME\n").build();
    Document html = Jsoup.parse(HtmlRenderer.builder().header(header).footer(footer)
        .navigation(Navigation.of(List.of(NavItem.link("Home", "/")))).footer(footer).build()
        .renderDocument(Page.builder().title("T").build()));
    assertEquals(1, html.select("header").size(), "one banner");
    Element banner = html.selectFirst("body > header.site-header");
    assertNotNull(banner.selectFirst("div.row-text strong"), "the header page's modules");
    assertNotNull(banner.selectFirst("nav.main-nav-bar"), "then the navigation");
    assertEquals("(c) ACME", html.selectFirst("body > footer.site-footer").text());

    Document replaced = Jsoup.parse(HtmlRenderer.builder().footer(footer).footer(Footer.of("plain")).build()
        .renderDocument(Page.builder().build()));
    assertEquals("plain", replaced.selectFirst("footer small").text(), "the last footer set is the one");
  }
}
