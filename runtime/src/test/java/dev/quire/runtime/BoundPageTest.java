package dev.quire.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quire.dsl.Bindings;
import dev.quire.dsl.Markdown;
import dev.quire.dsl.Page;
import dev.quire.dsl.RowImage;
import dev.quire.dsl.RowText;
import dev.quire.dsl.Url;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Pages bound to a model, built by hand the way the processor writes them: values escaped for their
 * place, URLs through the policy, sections by their value, and the same output on every sink.
 */
class BoundPageTest {
  record Product(String name, String image, Url url) {}

  record Line(Product product, int quantity) {}

  record Customer(String name, boolean vip, Optional<String> nickname) {}

  record Basket(Customer customer, List<Line> lines) {}

  private static final Page TEMPLATE = Page.builder()
      .title("Basket of " + Bindings.value(0))
      .module(RowText.builder()
          .text(Markdown.generated("<p>Hello <strong>" + Bindings.value(0) + "</strong>, " + Bindings.value(1)
              + " items." + Bindings.open(2) + " <em>VIP</em>" + Bindings.close(2) + "</p>\n"))
          .build())
      .module(Bindings.section(3, RowImage.builder().image(Bindings.value(4)).title(Bindings.value(5)).build()))
      .body(Markdown.generated("<ul>\n" + Bindings.open(6) + "<li><a href=\"" + Bindings.value(7) + "\">"
          + Bindings.value(8) + "</a>: " + Bindings.value(9) + " of " + Bindings.value(10) + "</li>\n"
          + Bindings.close(6) + "</ul>\n" + Bindings.open(11) + "<p>Your basket is empty.</p>\n" + Bindings.close(11)))
      .build();

  private static final Bindings<Basket> BINDINGS = Bindings.<Basket>builder(TEMPLATE, BoundPageTest::read)
      .value(0, 0)
      .value(1, 0)
      .when(2, 0)
      .each(3, 0)
      .value(4, 1)
      .value(5, 1)
      .each(6, 0)
      .value(7, 1)
      .value(8, 1)
      .value(9, 1)
      .value(10, 0)
      .unless(11, 0)
      .build();

  /** What the processor writes for such a page: a switch over the slots, each a path of accessor calls. */
  private static Object read(int slot, Object[] frames) {
    return switch (slot) {
      case 0, 10 -> ((Basket) frames[0]).customer().name();
      case 1 -> ((Basket) frames[0]).lines().size();
      case 2 -> ((Basket) frames[0]).customer().vip();
      case 3, 6, 11 -> ((Basket) frames[0]).lines();
      case 4 -> ((Line) frames[1]).product().image();
      case 5, 8 -> ((Line) frames[1]).product().name();
      case 7 -> ((Line) frames[1]).product().url();
      case 9 -> ((Line) frames[1]).quantity();
      default -> throw new IndexOutOfBoundsException(slot);
    };
  }

  private static final HtmlRenderer RENDERER = HtmlRenderer.create();

  private static Basket basket(String name, Line... lines) {
    return new Basket(new Customer(name, false, Optional.empty()), List.of(lines));
  }

  @Test
  void valuesAreEscapedForTheirPlaceAndSectionsFollowTheirValues() {
    Basket basket = basket("Ann <b>&</b> \"Bo\"",
        new Line(new Product("Tea & <cake>", "/images/tea.png", Url.of("/shop/tea?a=1&b=2")), 2),
        new Line(new Product("Mug", "javascript:alert(1)", Url.of("https://example.org/mug")), 1));
    Document document = Jsoup.parse(RENDERER.renderDocument(BINDINGS.page(basket)));
    assertEquals("Basket of Ann <b>&</b> \"Bo\"", document.title());
    assertEquals("Ann <b>&</b> \"Bo\"", document.selectFirst(".container strong").text());
    assertTrue(document.selectFirst(".container p").text().endsWith(", 2 items."));
    assertEquals(List.of("/images/tea.png", BoundPlan.REFUSED_URL), document.select("img").eachAttr("src"));
    assertEquals(List.of("Tea & <cake>", "Mug"), document.select("img").eachAttr("alt"));
    assertEquals(List.of("/shop/tea?a=1&b=2", "https://example.org/mug"), document.select(".page-body a").eachAttr("href"));
    assertEquals(List.of("Tea & <cake>: 2 of Ann <b>&</b> \"Bo\"", "Mug: 1 of Ann <b>&</b> \"Bo\""),
        document.select(".page-body li").eachText());
    assertTrue(document.select(".page-body p").isEmpty(), "the empty basket's text is left out");
    assertTrue(document.select("em").isEmpty(), "no VIP");
  }

  @Test
  void anEmptyListWritesTheInvertedSectionAndNoRepeatedModule() {
    Basket basket = new Basket(new Customer("Cy", true, Optional.empty()), List.of());
    Document document = Jsoup.parse(RENDERER.render(BINDINGS.page(basket)));
    assertEquals("VIP", document.selectFirst("em").text());
    assertTrue(document.select("img").isEmpty());
    assertEquals("Your basket is empty.", document.selectFirst(".page-body p").text());
    assertTrue(document.select(".page-body li").isEmpty());
  }

  /** A shelf whose boxes may be any sequence a model holds: the plan's cursors take each kind. */
  record Shelf(Object boxes, Optional<String> label) {}

  record Box(String name, Object items) {}

  private static final Page SHELF = Page.builder()
      .title("Shelf")
      .body(Markdown.generated("<ul>\n" + Bindings.open(0) + "<li>" + Bindings.value(1) + ":" + Bindings.open(2) + " <i>"
          + Bindings.value(3) + "</i>" + Bindings.close(2) + Bindings.open(4) + " on " + Bindings.value(5)
          + Bindings.close(4) + "</li>\n" + Bindings.close(0) + "</ul>\n" + Bindings.open(6) + "<p>Empty.</p>\n"
          + Bindings.close(6)))
      .build();

  private static final Bindings<Shelf> SHELF_BINDINGS = Bindings.<Shelf>builder(SHELF, BoundPageTest::readShelf)
      .each(0, 0)
      .value(1, 1)
      .each(2, 1)
      .value(3, 2)
      .with(4, 0)
      .value(5, 2)
      .unless(6, 0)
      .build();

  private static Object readShelf(int slot, Object[] frames) {
    return switch (slot) {
      case 0, 6 -> ((Shelf) frames[0]).boxes();
      case 1 -> ((Box) frames[1]).name();
      case 2 -> ((Box) frames[1]).items();
      case 3 -> frames[2];
      case 4 -> ((Shelf) frames[0]).label();
      case 5 -> frames[2];
      default -> throw new IndexOutOfBoundsException(slot);
    };
  }

  private static List<String> items(Object boxes, Optional<String> label) {
    return Jsoup.parse(RENDERER.render(SHELF_BINDINGS.page(new Shelf(boxes, label)))).select("li").eachText();
  }

  /**
   * Every sequence a section repeats (a list, a list without random access, a set, an array of objects,
   * an array of primitives), inside one another, skipping null elements; and a section inside a
   * repeated one that puts its value in the same frame as the inner repeat's elements.
   */
  @Test
  void everyKindOfSequenceRepeatsItsElementsInsideOneAnotherAndSkipsNulls() {
    java.util.List<Object> withNulls = new java.util.ArrayList<>();
    withNulls.add(null);
    withNulls.add("x");
    withNulls.add(null);
    withNulls.add("y&z");
    withNulls.add(null);
    Object boxes = new Box[] {new Box("A", withNulls), null, new Box("B", new int[] {3, 1, 2}),
        new Box("C", new java.util.LinkedList<>(List.of("l1", "l2"))), new Box("D", new java.util.LinkedHashSet<>(List.of("s"))),
        new Box("E", new String[] {null, "e"}), new Box("F", List.of()), new Box("G", null), new Box("H", "not a list")};
    assertEquals(List.of("A: x y&z on top", "B: 3 1 2 on top", "C: l1 l2 on top", "D: s on top", "E: e on top", "F: on top",
        "G: on top", "H: on top"), items(boxes, Optional.of("top")));
    assertEquals(List.of("A: x y&z", "B:"), items(new java.util.LinkedList<>(List.of(new Box("A", withNulls),
        new Box("B", new Object[0]))), Optional.empty()));
    assertEquals(List.of(), items(new Object[] {null, null}, Optional.empty()));
    assertEquals("Empty.", Jsoup.parse(RENDERER.render(SHELF_BINDINGS.page(new Shelf(List.of(), Optional.empty()))))
        .selectFirst("p").text());
  }

  /** A value whose text is a render of another bound page, made while this page renders, on the same thread. */
  @Test
  void aRenderInsideARenderKeepsItsOwnPlace() {
    Object inner = new Object() {
      @Override
      public String toString() {
        return String.join("|", items(List.of(new Box("in", List.of("1", "2"))), Optional.empty()));
      }
    };
    assertEquals(List.of("A: x in: 1 2 y", "B: z"), items(List.of(new Box("A", List.of("x", inner, "y")),
        new Box("B", List.of("z"))), Optional.empty()));
  }

  /** A number is written as {@code Long.toString} writes it: every length of digits, both signs, the limits. */
  @Test
  void decimalsAreWrittenAsJavaWritesThem() {
    java.util.List<Long> values = new java.util.ArrayList<>(List.of(0L, Long.MAX_VALUE, Long.MIN_VALUE,
        (long) Integer.MAX_VALUE, (long) Integer.MIN_VALUE, Integer.MAX_VALUE + 1L, Integer.MIN_VALUE - 1L));
    for (long power = 1; power > 0 && power <= Long.MAX_VALUE / 10 * 10; power *= 10) {
      values.addAll(List.of(power, power - 1, power + 1, -power, -power + 1, -power - 1));
      if (power > Long.MAX_VALUE / 10) {
        break;
      }
    }
    ByteSink sink = new ByteSink(0);
    StringBuilder expected = new StringBuilder();
    for (long value : values) {
      sink.writeDecimal(value);
      sink.write(new byte[] {' '});
      expected.append(value).append(' ');
    }
    assertEquals(expected.toString(), sink.toString());
  }

  /** A bound page's render into a ByteSink allocates nothing once warm: values go straight into the sink. */
  @Test
  void renderingABoundPageIntoAByteSinkAllocatesNothing() {
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean)
        java.lang.management.ManagementFactory.getThreadMXBean();
    Page page = BINDINGS.page(basket("Ann & Bo \u00fc\u2019",
        new Line(new Product("Tea & <cake>", "/images/tea.png", Url.of("/shop/tea?a=1&b=2")), 2),
        new Line(new Product("Mug", "https://example.org/mug.png", Url.of("https://example.org/mug")), 1)));
    ByteSink sink = new ByteSink();
    int renders = 50_000;
    for (int i = 0; i < renders; i++) {
      sink.reset();
      RENDERER.renderDocument(page, sink);
    }
    long before = threads.getCurrentThreadAllocatedBytes();
    for (int i = 0; i < renders; i++) {
      sink.reset();
      RENDERER.renderDocument(page, sink);
    }
    long allocated = threads.getCurrentThreadAllocatedBytes() - before;
    assertTrue(allocated < renders, allocated + " bytes allocated for " + renders + " renders");
  }

  /**
   * The renderer's quick URL check says what the URL policy says, for the usual URLs and for random
   * strings of the characters that matter (schemes, slashes, backslashes, spaces, controls, case).
   */
  @Test
  void theQuickUrlCheckAgreesWithTheUrlPolicy() {
    java.util.List<String> urls = new java.util.ArrayList<>(java.util.List.of("/", "/a", "//evil.com", "/\\evil.com",
        "#top", "a/b", "https://example.org", "http://x", "https:x", "http:/x", "HTTPS://x", "mailto:a@b.c",
        "javascript:alert(1)", "JavaScript:x", "java\tscript:x", " javascript:x", "data:image/png;base64,AA",
        "data:text/html,x", "vbscript:x", "https://x\\y", "", " ", "?q", "\u0085javascript:x", "file:///etc"));
    java.util.Random random = new java.util.Random(13);
    String alphabet = "/\\:#?hjtpsvmailoJAVSCRIPT .\t\n\u0000\u007f\u0085-";
    for (int i = 0; i < 100_000; i++) {
      StringBuilder url = new StringBuilder();
      int length = random.nextInt(14);
      for (int k = 0; k < length; k++) {
        url.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      urls.add(url.toString());
    }
    for (String url : urls) {
      for (BoundPlan.Context context : java.util.List.of(BoundPlan.Context.LINK, BoundPlan.Context.IMAGE)) {
        boolean policy = dev.quire.dsl.internal.UrlPolicy.check(url, context == BoundPlan.Context.IMAGE
            ? dev.quire.dsl.internal.UrlPolicy.Use.IMAGE : dev.quire.dsl.internal.UrlPolicy.Use.LINK).level()
            == dev.quire.dsl.internal.UrlPolicy.Level.ERROR;
        assertEquals(policy, BoundPlan.refused(url, context), () -> context + " '" + url + "'");
      }
    }
  }

  @Test
  void everySinkWritesTheSameAndModelsDoNotMix() throws Exception {
    Basket one = basket("Ünïcödé 😀", new Line(new Product("Tea", "/t.png", Url.of("/t")), Integer.MIN_VALUE));
    Basket two = basket("Two");
    String text = RENDERER.renderDocument(BINDINGS.page(one));
    ByteSink sink = new ByteSink(16);
    RENDERER.renderDocument(BINDINGS.page(one), sink);
    assertEquals(text, sink.toString());
    java.io.ByteArrayOutputStream stream = new java.io.ByteArrayOutputStream();
    RENDERER.renderDocument(BINDINGS.page(one), stream);
    assertEquals(text, stream.toString(StandardCharsets.UTF_8));
    assertTrue(text.contains("-2147483648 of"));
    String other = RENDERER.renderDocument(BINDINGS.page(two));
    assertFalse(other.contains("Ünïcödé"));
    assertEquals(text, RENDERER.renderDocument(BINDINGS.page(one)), "the template's plan is reused");
    assertEquals(BINDINGS.page(one), BINDINGS.page(one));
    assertFalse(BINDINGS.page(one).equals(BINDINGS.page(two)));
  }

  record Parts(String a, String b, boolean on) {}

  private static Object parts(int slot, Object[] frames) {
    Parts parts = (Parts) frames[0];
    return switch (slot) {
      case 0 -> parts.a();
      case 1 -> parts.b();
      case 2 -> parts.on();
      default -> throw new IndexOutOfBoundsException(slot);
    };
  }

  /** A URL attribute made of values and fixed text is checked whole; a start that decides needs no check. */
  @Test
  void aComposedUrlIsJudgedAsTheBrowserReadsIt() {
    Page template = Page.builder().body(Markdown.generated("<p>"
        + "<a id=\"both\" href=\"" + Bindings.value(0) + Bindings.value(1) + "\">1</a>"
        + "<a id=\"slash\" href=\"/" + Bindings.value(0) + "\">2</a>"
        + "<a id=\"site\" href=\"/shop/" + Bindings.value(0) + "\">3</a>"
        + "<a id=\"entity\" href=\"" + Bindings.value(0) + "&#58;" + Bindings.value(1) + "\">4</a>"
        + "<a id=\"section\" href=\"" + Bindings.value(0) + Bindings.open(2) + ":x" + Bindings.close(2) + "\">5</a>"
        + "<img id=\"image\" src=\"" + Bindings.value(0) + "/" + Bindings.value(1) + "\" alt=\"\">"
        + "</p>")).build();
    Bindings<Parts> bindings = Bindings.<Parts>builder(template, BoundPageTest::parts)
        .value(0, 0, "{{a}} at pages/p.md:4:1")
        .value(1, 0, "{{b}} at pages/p.md:4:6")
        .when(2, 0, "{{#on}} at pages/p.md:4:11")
        .build();
    Document hostile = Jsoup.parse(RENDERER.render(bindings.page(new Parts("javascript", ":alert(1)", true))));
    assertEquals(BoundPlan.REFUSED_URL, hostile.getElementById("both").attr("href"));
    assertEquals("/javascript", hostile.getElementById("slash").attr("href"));
    assertEquals("/shop/javascript", hostile.getElementById("site").attr("href"));
    assertEquals(BoundPlan.REFUSED_URL, hostile.getElementById("entity").attr("href"), "&#58; is a colon to the browser");
    assertEquals(BoundPlan.REFUSED_URL, hostile.getElementById("section").attr("href"));
    Document offSite = Jsoup.parse(RENDERER.render(bindings.page(new Parts("/evil.example", "x", false))));
    assertEquals(BoundPlan.REFUSED_URL, offSite.getElementById("slash").attr("href"), "//evil.example is another site");
    assertEquals("/shop//evil.example", offSite.getElementById("site").attr("href"));
    Document fine = Jsoup.parse(RENDERER.render(bindings.page(new Parts("https://example.org/a?q=", "1&2", true))));
    assertEquals("https://example.org/a?q=1&2", fine.getElementById("both").attr("href"));
    assertEquals("https://example.org/a?q=/1&2", fine.getElementById("image").attr("src"));
    assertEquals("https://example.org/a?q=:x", fine.getElementById("section").attr("href"));
  }

  /** A slot where no value can go names its placeholder and place, not a slot number. */
  @Test
  void aSlotWhereNoValueCanGoNamesItsPlaceholder() {
    Page template = Page.builder().body(Markdown.generated("<p><span style=\"color:" + Bindings.value(0)
        + "\">x</span></p>")).build();
    Bindings<Parts> bindings = Bindings.<Parts>builder(template, BoundPageTest::parts)
        .value(0, 0, "{{a}} at pages/p.md:4:22")
        .value(1, 0)
        .when(2, 0)
        .build();
    IllegalStateException failure = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
        () -> RENDERER.render(bindings.page(new Parts("red", "", false))));
    assertEquals("{{a}} at pages/p.md:4:22 stands in the style attribute of <span>, where no value can go",
        failure.getMessage());
  }
}
