package dev.quire.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quire.dsl.Breakpoint;
import dev.quire.dsl.Markdown;
import dev.quire.dsl.Page;
import dev.quire.dsl.RowImage;
import dev.quire.dsl.RowImageText;
import dev.quire.dsl.RowMultiColumns;
import dev.quire.dsl.RowSeparator;
import dev.quire.dsl.RowText;
import dev.quire.dsl.RowTextImage;
import dev.quire.dsl.Size;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/** The renderer's HTML, parsed with a real HTML parser. */
class HtmlRendererTest {
  private final HtmlRenderer renderer = HtmlRenderer.create();

  private static Page seedLike() {
    return Page.builder()
        .title("IPSO")
        .module(RowMultiColumns.builder()
            .widths(6, 6)
            .module(RowTextImage.builder().cols(4).image("/images/w.jpg").title("Working together").text("One").build())
            .module(RowTextImage.builder().cols(4).image("/images/w.jpg").text("Two").build())
            .build())
        .module(RowSeparator.of(Size.XL))
        .module(RowImageText.builder().cols(3).image("/images/i.png").status("second").text("### Side").build())
        .module(RowImage.builder().image("/images/b.png").title("banner").status("border-image").build())
        .module(RowText.builder().status("second text-center").text("Plain").build())
        .module(RowSeparator.of(Size.L))
        .body("##### **About**\n\nBody text.")
        .build();
  }

  private Document fragment(Page page) {
    return Jsoup.parseBodyFragment(renderer.render(page));
  }

  @Test
  void modulesSitInOneContainerInOrderFollowedByTheBody() {
    Element container = fragment(seedLike()).selectFirst("body > div.container");
    assertNotNull(container);
    List<String> classes = container.children().stream().map(Element::className).toList();
    assertEquals(List.of("row-multi-columns", "row row-separator extra-large", "row-image-text",
        "row-image border-image", "row-text", "row row-separator large", "row-document"), classes);
    assertEquals("About", container.selectFirst("div.row-document div.page-body h5#about").text());
  }

  @Test
  void multiColumnsGiveEachModuleItsWidthFromTheMdBreakpointUp() {
    Elements columns = fragment(seedLike()).select("div.row-multi-columns > div.row.py-3 > div");
    assertEquals(List.of("col-md-6", "col-md-6"), columns.stream().map(Element::className).toList());
    Element first = columns.get(0).selectFirst("> div.row-text-image > div.row");
    assertEquals("text-col col-md-4", first.child(0).className());
    assertEquals("One", first.selectFirst("div.text-col > div.pt-3 > p").text());
    assertEquals("image-col col-md", first.child(1).className());
    Element image = first.selectFirst("div.image-col > img");
    assertEquals("/images/w.jpg", image.attr("src"));
    assertEquals("Working together", image.attr("alt"));
  }

  @Test
  void imageTextPutsTheImageFirstAndStatusOnTheRow() {
    Element row = fragment(seedLike()).selectFirst("div.row-image-text > div.row");
    assertEquals("row second", row.className());
    assertEquals("image-col col-md-3", row.child(0).className());
    assertEquals("text-col col-md", row.child(1).className());
  }

  @Test
  void theBreakpointOptionKeepsTheOriginalsFixedColumnsOrStacksLater() {
    Page page = seedLike();
    Document fixed = Jsoup.parse(HtmlRenderer.builder().stackBelow(Breakpoint.NONE).build().render(page));
    assertEquals(List.of("col-6", "col-6"), fixed.select("div.row-multi-columns > div.row.py-3 > div").eachAttr("class"));
    assertEquals(List.of("text-col col-4", "image-col col"),
        fixed.selectFirst("div.row-multi-columns div.row-text-image > div.row").children().eachAttr("class"));
    assertEquals(List.of("image-col col-3", "text-col col"), fixed.select("div.row-image-text > div.row > div").eachAttr("class"));

    Document large = Jsoup.parse(HtmlRenderer.builder().stackBelow(Breakpoint.LG).build().render(page));
    assertEquals(List.of("col-lg-6", "col-lg-6"), large.select("div.row-multi-columns > div.row.py-3 > div").eachAttr("class"));
    assertEquals(List.of("image-col col-lg-3", "text-col col-lg"), large.select("div.row-image-text > div.row > div").eachAttr("class"));
    // One page rendered by renderers with different breakpoints keeps each one's own columns.
    assertTrue(HtmlRenderer.create().render(page).contains("col-md-6"));
    assertTrue(HtmlRenderer.builder().stackBelow(Breakpoint.NONE).build().render(page).contains("\"col-6\""));
  }

  @Test
  void rowImageKeepsStatusOnTheWrapperAsTheOriginalDid() {
    Element wrapper = fragment(seedLike()).selectFirst("div.row-image");
    assertEquals("row-image border-image", wrapper.className());
    assertEquals("row", wrapper.child(0).className());
    assertEquals("banner", wrapper.selectFirst("img").attr("alt"));
  }

  @Test
  void documentHasHeadFromThePage() {
    Page page = Page.builder().title("A <b>\"title\"</b>").description("Say \"hi\" & <go>").build();
    Document document = Jsoup.parse(HtmlRenderer.builder().stylesheet("/css/b.css?v=1&x=2").build().renderDocument(page));

    assertEquals("html", document.documentType().name());
    assertEquals("A <b>\"title\"</b>", document.title());
    assertEquals("Say \"hi\" & <go>", document.selectFirst("meta[name=description]").attr("content"));
    assertNotNull(document.selectFirst("meta[charset=utf-8]"));
    assertTrue(document.selectFirst("meta[name=viewport]").attr("content").contains("width=device-width"));
    assertEquals("/css/b.css?v=1&x=2", document.selectFirst("link[rel=stylesheet]").attr("href"));
    assertEquals(0, document.select("head b, body b").size());
    assertNotNull(document.selectFirst("main.main > div.container"));
  }

  @Test
  void valuesAreEscapedForTheirContext() {
    Page page = Page.builder()
        .module(RowImage.builder().image("/a.png?x=\"><script>alert(1)</script>").title("\" onload=\"alert(1)").build())
        .build();
    Document document = fragment(page);

    Element image = document.selectFirst("img");
    assertEquals("/a.png?x=\"><script>alert(1)</script>", image.attr("src"));
    assertEquals("\" onload=\"alert(1)", image.attr("alt"));
    assertEquals(0, document.select("script").size());
    assertEquals(2, image.attributes().size());
  }

  @Test
  void streamingWritesTheSameBytes() throws Exception {
    Page page = Page.builder().title("Caf\u00e9 \u2014 \ud83d\ude00").body("\u00e9t\u00e9 \u201cquoted\u201d").build();
    StringBuilder appendable = new StringBuilder();
    renderer.renderDocument(page, appendable);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    renderer.renderDocument(page, bytes);

    assertEquals(renderer.renderDocument(page), appendable.toString());
    assertEquals(renderer.renderDocument(page), bytes.toString(StandardCharsets.UTF_8));
    ByteArrayOutputStream fragmentBytes = new ByteArrayOutputStream();
    renderer.render(page, fragmentBytes);
    assertEquals(renderer.render(page), fragmentBytes.toString(StandardCharsets.UTF_8));
  }

  @Test
  void anEmptyPageStillHasItsBodyWrapper() {
    Document document = fragment(Page.builder().build());
    assertNotNull(document.selectFirst("div.container > div.row-document div.page-body"));
  }

  @Test
  void oneRendererServesManyThreads() throws Exception {
    List<Page> pages = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      pages.add(Page.builder().title("Page " + i).module(RowText.of(Markdown.of("Text **" + i + "**"))).build());
    }
    List<String> expected = pages.stream().map(renderer::renderDocument).toList();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Boolean>> tasks = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        tasks.add(() -> {
          for (int round = 0; round < 200; round++) {
            for (int i = 0; i < pages.size(); i++) {
              if (!renderer.renderDocument(pages.get(i)).equals(expected.get(i))) {
                return false;
              }
            }
          }
          return true;
        });
      }
      for (Future<Boolean> result : pool.invokeAll(tasks)) {
        assertTrue(result.get());
      }
    } finally {
      pool.shutdown();
    }
  }
}
