package com.example.site;

import com.example.site.news.NewsCollection;
import dev.quire.dsl.Entries;
import dev.quire.dsl.Entry;
import dev.quire.dsl.Footer;
import dev.quire.dsl.Icon;
import dev.quire.dsl.Markdown;
import dev.quire.dsl.Page;
import dev.quire.dsl.RowText;
import dev.quire.dsl.Breakpoint;
import dev.quire.runtime.ByteSink;
import dev.quire.runtime.HtmlRenderer;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** The README's snippets about collections, links, the table of contents, the document and rendering, each in a method of its own. */
public final class Main {
  public static void main(String[] args) throws Exception {
    Page index = collections();
    expect(index.title().equals(Optional.of("News: #workshop")), "the tag's index page");

    String about = document().renderDocument(AboutPage.page());
    expect(about.contains("<title>About us \u2013 OMA SpecWorks</title>"), "the title with the site's name");
    expect(about.contains("<img src=\"/images/logo1.jpg\" alt=\"OMA SpecWorks\" height=\"80\">"), "the brand logo");
    expect(about.contains("href=\"https://github.com/\" aria-label=\"Source\""),
        "the navigation's icon link");
    expect(about.contains("<svg") && about.contains("fa-github"), "the footer's icon");
    String cards = document().render(PageIndex.news().indexPage("News", Optional.empty()));
    expect(cards.contains("<img src=\"/images/logo1.jpg\" alt=\"Workshop\""), "the entry image of an entry without one");
    expect(cards.contains("<img src=\"/images/release.png\" alt=\"Release\""), "an entry's own image");
    expect(cards.contains("<time datetime=\"2024-10-02\">2 October 2024</time>")
        && cards.contains("<time datetime=\"2024-07-29\">29 July 2024</time>"), "one date format, whatever the files wrote");

    String head = head().renderDocument(AboutPage.page());
    expect(head.contains("<link rel=\"canonical\" href=\"https://www.example.org/about\">"), "the canonical address");
    expect(head.contains("<meta property=\"og:title\" content=\"About us\">"), "the social card's title");
    expect(head.contains("<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">"), "the favicon");
    expect(head.contains("<meta name=\"theme-color\" content=\"#413c58\">"), "the theme colour");
    expect(head.indexOf("/css/site.css") > head.indexOf("<style>"), "the site's CSS after Quire's");
    expect(head.contains("<script src=\"/js/site.js\" defer></script>"), "the site's script");
    expect(head.contains("<header class=\"site-header\">") && head.contains("Our own header"), "the site's own header");

    expect(links().equals(List.of("/about", "/about#since-2026", "/news")), "the typed addresses of pages");

    List<HtmlRenderer> phones = phones();
    expect(phones.get(0).render(AboutPage.page()).contains("class=\"col-6\""), "fixed columns");
    expect(phones.get(1).render(AboutPage.page()).contains("class=\"col-lg-6\""), "columns stacked below lg");

    ByteArrayOutputStream outputStream = new ByteArrayOutputStream();
    byteSink(AboutPage.page(), outputStream);
    expect(outputStream.toString(StandardCharsets.UTF_8).equals(HtmlRenderer.create().renderDocument(AboutPage.page())),
        "the bytes of the document");
    String written = HtmlRenderer.create().render(Page.builder().module(RowText.builder().text("Hello *there*").build()).build());
    expect(written.contains("<p>Hello <em>there</em></p>"), "Markdown written in Java, rendered by quire-markdown");
    String guide = HtmlRenderer.create().render(GuidePage.page());
    expect(guide.contains("<nav class=\"table-of-contents\" aria-label=\"On this page\"><p class=\"table-of-contents-title\">"
        + "On this page</p><ul><li><a href=\"#install\">Install</a><ul><li><a href=\"#with-maven\">With Maven</a></li></ul>"
        + "</li><li><a href=\"#use\">Use</a></li><li><a href=\"#configure\">Configure</a></li></ul></nav>"),
        "the table of contents of the guide");
    System.out.println("README consumer: collections, the document, phones and byte sinks work as the README says");
  }

  static Page collections() {
    Entries news = PageIndex.news();
    for (Entry entry : news.newestFirst()) {             // also onHomepage(), tagged("workshop"), tags(), find(slug)
      System.out.println(entry.date() + " " + entry.title() + " " + entry.href());   // LocalDate, String, /news/<slug>/
    }
    Page index = news.indexPage("News", Optional.of("workshop"));   // tags + cards, made once per tag and kept
    return index;
  }

  static List<String> links() {
    String about = AboutPage.PATH;                 // "/about": delete about.md and this stops compiling
    String since = AboutPage.Anchors.SINCE_2026;   // "/about#since-2026", the heading "### Since 2026"
    String news = NewsCollection.PATH;             // "/news", the collection's index
    return List.of(about, since, news);
  }

  static HtmlRenderer document() {
    HtmlRenderer renderer = HtmlRenderer.builder()
        .stylesheet("/css/bootstrap.min.css")
        .siteName("OMA SpecWorks")                                    // <title>About – OMA SpecWorks</title>
        .navigation(PageIndex.navigation().logo("/images/logo1.jpg"))
        .entryImage("/images/logo1.jpg")                              // cards of entries without an image
        .dateFormat("d MMMM yyyy")                                    // every date of the site: 2 October 2024
        .footer(Footer.of("(©) 2024 Open Mobile Alliance").link(Icon.of("fab github"), "GitHub", "https://github.com/…"))
        .build();
    return renderer;
  }

  static HtmlRenderer head() {
    HtmlRenderer renderer = HtmlRenderer.builder()
        .baseUrl("https://www.example.org")                           // <link rel="canonical">, og:url, absolute og:image
        .favicon("/favicon.svg")
        .themeColor("#413c58")
        .addStylesheet("/css/site.css")                               // after Bootstrap's and Quire's: its rules win
        .script("/js/site.js")                                        // deferred
        .meta("author", "OMA SpecWorks")
        .header(Page.builder().module(RowText.of(Markdown.of("**Our own header**"))).build())   // or HeaderPage.page()
        .build();
    return renderer;
  }

  static List<HtmlRenderer> phones() {
    HtmlRenderer fixed = HtmlRenderer.builder().stackBelow(Breakpoint.NONE).build();   // col-6: side by side on every screen
    HtmlRenderer tablets = HtmlRenderer.builder().stackBelow(Breakpoint.LG).build();   // col-lg-6: stacked below 992 px, tablets too
    return List.of(fixed, tablets);
  }

  static void byteSink(Page page, OutputStream outputStream) throws Exception {
    HtmlRenderer renderer = HtmlRenderer.create();     // immutable and thread-safe: share one
    ByteSink sink = new ByteSink();                    // reusable, one per thread or request
    sink.reset();
    renderer.renderDocument(page, sink);               // appends the document's UTF-8 bytes
    sink.writeTo(outputStream);                        // or sink.asByteBuffer(), sink.toByteArray()
  }

  private static void expect(boolean condition, String what) {
    if (!condition) {
      throw new AssertionError("README consumer: " + what + " is missing");
    }
  }
}
