package dev.quire.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.quire.dsl.Page;
import dev.quire.runtime.HtmlRenderer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pages bound to a model ({@code model:}): placeholders, sections, each: and if:, checked by the processor and javac. */
class BoundPagesTest {
  @TempDir Path resources;

  static final String BASKET = """
      package test;

      import dev.quire.dsl.Url;
      import java.util.List;
      import java.util.Optional;

      public record Basket(Customer customer, List<Line> lines) {
        public record Customer(String name, boolean vip, Optional<String> nickname) {}
        public record Product(String name, String image, Url url) {}
        public record Line(Product product, int quantity) {}
      }
      """;

  /** Builds two baskets in the compiled code, so the test needs no reflection on records. */
  static final String SAMPLES = """
      package test;

      import dev.quire.dsl.Page;
      import dev.quire.dsl.Url;
      import java.util.List;
      import java.util.Optional;

      public class Samples {
        public static Page full() {
          return BasketPage.page(new Basket(new Basket.Customer("Ann <b>&</b>", true, Optional.of("Annie")), List.of(
              new Basket.Line(new Basket.Product("Tea & cake", "/images/tea.png", Url.of("/shop/tea?a=1&b=2")), 2),
              new Basket.Line(new Basket.Product("Mug", "javascript:alert(1)", Url.of("https://example.org/mug")), 1))));
        }

        public static Page empty() {
          return BasketPage.page(new Basket(new Basket.Customer("Bo", false, Optional.empty()), List.of()));
        }

        public static Page listFull() {
          return ListPage.page(new Basket(new Basket.Customer("Ann", true, Optional.empty()), List.of(
              new Basket.Line(new Basket.Product("Tea", "/t.png", Url.of("/tea")), 2),
              new Basket.Line(new Basket.Product("Mug", "/m.png", Url.of("/mug")), 1),
              new Basket.Line(new Basket.Product("Pot", "/p.png", Url.of("/pot")), 3))));
        }

        public static Page listOne() {
          return ListPage.page(new Basket(new Basket.Customer("Ann", false, Optional.empty()), List.of(
              new Basket.Line(new Basket.Product("Tea", "/t.png", Url.of("/tea")), 2))));
        }

        public static Page listEmpty() {
          return ListPage.page(new Basket(new Basket.Customer("Bo", false, Optional.empty()), List.of()));
        }
      }
      """;

  static final String BASKET_PAGE = """
      ---
      title: Basket of {{customer.name}}
      model: Basket
      modules:
        - name: RowText
          text: Hello **{{customer.name}}**, {{lines.size}} items.{{#customer.vip}} *VIP*{{/customer.vip}}
        - name: RowTextImage
          each: lines
          image: "{{product.image}}"
          title: "{{product.name}}"
          text: "{{quantity}} × [{{product.name}}]({{product.url}}) for {{customer.name}}"
        - name: RowText
          if: customer.nickname
          text: Also known as {{#customer.nickname}}*{{.}}*{{/customer.nickname}}.
      ---
      Body for {{ customer.name }}: `{{not.a.placeholder}}` and \\{{literal}}.{{^lines}} Your basket is empty.{{/lines}}
      """;

  /** Sections on lines of their own: the Markdown around them reads as it would with the lines written out. */
  static final String LIST_PAGE = """
      ---
      model: Basket
      ---
      Your items:

      {{#lines}}
      - [{{product.name}}]({{product.url}}): {{quantity}}
      {{/lines}}

      | Product | Quantity |
      |---|---|
      {{#lines}}
      | {{product.name}} | {{quantity}} |
      {{/lines}}

      {{^lines}}
      Your basket is **empty**.
      {{/lines}}
      {{#customer.vip}}
      > Thank you, {{customer.name}}!
      {{/customer.vip}}
      """;

  private Compilation compile(Map<String, String> files, String... sources) {
    Fixture.write(resources, files);
    List<JavaFileObject> all = new ArrayList<>();
    all.add(JavaFileObjects.forSourceString("test.package-info", Fixture.PACKAGE_INFO));
    for (String source : sources) {
      String name = source.replaceAll("(?s).*?public (?:record|class|enum|interface) (\\w+).*", "$1");
      all.add(JavaFileObjects.forSourceString("test." + name, source));
    }
    return Fixture.javac(List.of("-Aquire.resources=" + resources, "-Xlint:-processing"), all.toArray(JavaFileObject[]::new));
  }

  private static Page sample(Compilation compilation, String name) throws ReflectiveOperationException {
    return (Page) Fixture.load(compilation, "test.Samples").getMethod(name).invoke(null);
  }

  @Test
  void placeholdersSectionsEachAndIfShowTheModel() throws Exception {
    Compilation compilation = compile(Map.of("pages/basket.md", BASKET_PAGE, "pages/list.md", LIST_PAGE), BASKET, SAMPLES);
    assertThat(compilation).succeededWithoutWarnings();

    Document full = Jsoup.parse(HtmlRenderer.create().renderDocument(sample(compilation, "full")));
    assertThat(full.title()).isEqualTo("Basket of Ann <b>&</b>");
    assertThat(full.select(".row-text strong").first().text()).isEqualTo("Ann <b>&</b>");
    assertThat(full.select(".row-text p").first().text()).isEqualTo("Hello Ann <b>&</b>, 2 items. VIP");
    assertThat(full.select("img").eachAttr("src")).containsExactly("/images/tea.png", "about:invalid#quire-refused-url")
        .inOrder();
    assertThat(full.select("img").eachAttr("alt")).containsExactly("Tea & cake", "Mug").inOrder();
    assertThat(full.select(".row-text-image p").eachText()).containsExactly("2 × Tea & cake for Ann <b>&</b>",
        "1 × Mug for Ann <b>&</b>").inOrder();
    assertThat(full.select(".row-text-image a").eachAttr("href")).containsExactly("/shop/tea?a=1&b=2",
        "https://example.org/mug").inOrder();
    assertThat(full.select(".row-text em").eachText()).containsExactly("VIP", "Annie").inOrder();
    assertThat(full.select(".page-body").text()).isEqualTo("Body for Ann <b>&</b>: {{not.a.placeholder}} and {{literal}}.");

    Document empty = Jsoup.parse(HtmlRenderer.create().render(sample(compilation, "empty")));
    assertThat(empty.select(".row-text p").first().text()).isEqualTo("Hello Bo, 0 items.");
    assertThat(empty.select(".row-text-image")).isEmpty();
    assertThat(empty.select(".row-text")).hasSize(1);
    assertThat(empty.select(".page-body").text()).isEqualTo("Body for Bo: {{not.a.placeholder}} and {{literal}}. Your basket "
        + "is empty.");

    String source = compilation.generatedSourceFile("test.BasketPage").orElseThrow().getCharContent(true).toString();
    assertThat(source).contains("public static Page page(Basket model) {");
    assertThat(source).contains("Bindings.<Basket>builder(TEMPLATE, BasketPage::read)\n"
        + "      .value(0, 0, \"{{customer.name}} at pages/basket.md:2:18\")\n");
    assertThat(source).contains(".each(4, 0, \"each: lines at pages/basket.md:8:11\")");
    assertThat(source).contains(".value(9, 1, \"{{product.url}} at pages/basket.md:11:46\")");
    assertThat(source).contains(".value(13, 1, \"{{.}} at pages/basket.md:14:48\")");
    assertThat(source).contains("""
              case 0, 1, 10, 14 -> {
                var customer = ((Basket) frames[0]).customer();
                yield customer == null ? null : customer.name();
              }
        """);
    assertThat(source).contains("      case 7 -> ((Basket.Line) frames[1]).quantity();\n");
    assertThat(source).contains("      case 13 -> frames[1];\n");
    assertThat(source).contains(".module(Bindings.section(4, RowTextImage.builder()");
    assertThat(source).contains("\"<p>Hello <strong>\" + Bindings.value(1) + \"</strong>, \" + Bindings.value(2) + \" items.\" "
        + "+ Bindings.open(3) + \" <em>VIP</em>\" + Bindings.close(3) + \"</p>\\n\"");
    String index = compilation.generatedSourceFile("test.PageIndex").orElseThrow().getCharContent(true).toString();
    assertThat(index).doesNotContain("BasketPage");
  }

  @Test
  void sectionsOnLinesOfTheirOwnRepeatTheirItemsInOneList() throws Exception {
    Compilation compilation = compile(Map.of("pages/basket.md", BASKET_PAGE, "pages/list.md", LIST_PAGE), BASKET, SAMPLES);
    assertThat(compilation).succeededWithoutWarnings();

    Document full = Jsoup.parse(HtmlRenderer.create().render(sample(compilation, "listFull")));
    assertThat(full.select(".page-body ul")).hasSize(1);
    assertThat(full.select(".page-body ul > li").eachText()).containsExactly("Tea: 2", "Mug: 1", "Pot: 3").inOrder();
    assertThat(full.select(".page-body ul a").eachAttr("href")).containsExactly("/tea", "/mug", "/pot").inOrder();
    assertThat(full.select(".page-body table")).hasSize(1);
    assertThat(full.select(".page-body table tbody tr")).hasSize(3);
    assertThat(full.select(".page-body table tbody tr").get(2).text()).isEqualTo("Pot 3");
    assertThat(full.select(".page-body blockquote").text()).isEqualTo("Thank you, Ann!");
    assertThat(full.select(".page-body").text()).doesNotContain("empty");

    Document one = Jsoup.parse(HtmlRenderer.create().render(sample(compilation, "listOne")));
    assertThat(one.select(".page-body ul > li").eachText()).containsExactly("Tea: 2");
    assertThat(one.select(".page-body table tbody tr")).hasSize(1);
    assertThat(one.select(".page-body blockquote")).isEmpty();

    Document empty = Jsoup.parse(HtmlRenderer.create().render(sample(compilation, "listEmpty")));
    assertThat(empty.select(".page-body ul")).isEmpty();
    assertThat(empty.select(".page-body table tbody tr")).isEmpty();
    assertThat(empty.select(".page-body table thead th").eachText()).containsExactly("Product", "Quantity").inOrder();
    assertThat(empty.select(".page-body p").eachText()).containsExactly("Your items:", "Your basket is empty.").inOrder();
    assertThat(empty.select(".page-body p strong").text()).isEqualTo("empty");
  }

  /** As Mustache reads it: a section that is its own line between sections' tag lines is a block of its own. */
  @Test
  void aSectionOnItsOwnLineAfterAListIsABlockOfItsOwn() throws Exception {
    String list = """
        ---
        model: Basket
        ---
        {{#lines}}
        - {{product.name}}
        {{/lines}}
        {{^lines}}Your basket is empty.{{/lines}}
        """;
    Compilation compilation = compile(Map.of("pages/basket.md", BASKET_PAGE, "pages/list.md", list), BASKET, SAMPLES);
    assertThat(compilation).succeededWithoutWarnings();

    Document full = Jsoup.parse(HtmlRenderer.create().render(sample(compilation, "listFull")));
    assertThat(full.select(".page-body ul > li").eachText()).containsExactly("Tea", "Mug", "Pot").inOrder();
    assertThat(full.select(".page-body").text()).doesNotContain("empty");
    Document empty = Jsoup.parse(HtmlRenderer.create().render(sample(compilation, "listEmpty")));
    assertThat(empty.select(".page-body ul")).isEmpty();
    assertThat(empty.select(".page-body p").eachText()).containsExactly("Your basket is empty.");
  }

  /** Markdown that changes form with the number of elements: what changed, and the fix in the file's words. */
  @Test
  void aListLooseOnlyForSeveralElementsSaysWhichBlankLineToDelete() {
    String list = """
        ---
        model: Basket
        ---
        {{#lines}}
        - {{product.name}}

        {{/lines}}
        """;
    Compilation compilation = compile(Map.of("pages/list.md", list), BASKET);
    assertThat(Fixture.diagnostics(compilation)).containsExactly(
        "ERROR pages/list.md:4:1: [QUIRE-DATA-005] the Markdown of this section changes its form with the number of "
            + "elements: with one element it is a list whose item stands alone, with several a list whose items are "
            + "apart (each in a paragraph); delete the blank line 6 between {{#lines}} and {{/lines}}, so that what it "
            + "repeats stays together");
  }

  /** An own module's String, Url and Markdown components take placeholders too, with each: on the module. */
  @Test
  void ownModulesShowModelValues() throws Exception {
    String badge = """
        package test;

        import dev.quire.dsl.Html;
        import dev.quire.dsl.Markdown;
        import dev.quire.dsl.Module;
        import dev.quire.dsl.Url;
        import java.util.Optional;

        public record Badge(String label, Optional<Url> link, Markdown note) implements Module {
          @Override
          public void render(Html html) {
            html.open("span", "class", "badge").text(label).close();
            link.ifPresent(url -> html.open("a", "href", url.value()).text("go").close());
            html.markdown(note);
          }
        }
        """;
    String page = """
        ---
        model: Basket
        modules:
          - name: Badge
            each: lines
            label: "{{product.name}}"
            link: "{{product.url}}"
            note: "**{{quantity}}** for {{customer.name}}"
        ---
        """;
    String samples = """
        package test;

        import dev.quire.dsl.Page;
        import dev.quire.dsl.Url;
        import java.util.List;
        import java.util.Optional;

        public class Samples {
          public static Page badges() {
            return BadgesPage.page(new Basket(new Basket.Customer("Ann", false, Optional.empty()), List.of(
                new Basket.Line(new Basket.Product("Tea <b>", "/t.png", Url.of("/tea")), 2),
                new Basket.Line(new Basket.Product("Mug", "/m.png", Url.of("https://example.org/mug")), 1))));
          }
        }
        """;
    Fixture.write(resources, Map.of("pages/badges.md", page));
    Compilation compilation = Fixture.javac(List.of("-Aquire.resources=" + resources, "-Xlint:-processing"),
        JavaFileObjects.forSourceString("test.package-info",
            "@dev.quire.dsl.Pages(value = \"pages\", modules = {test.Badge.class})\npackage test;\n"),
        JavaFileObjects.forSourceString("test.Basket", BASKET), JavaFileObjects.forSourceString("test.Badge", badge),
        JavaFileObjects.forSourceString("test.Samples", samples));
    assertThat(compilation).succeededWithoutWarnings();
    Document html = Jsoup.parse(HtmlRenderer.create().render(sample(compilation, "badges")));
    assertThat(html.select("span.badge").eachText()).containsExactly("Tea <b>", "Mug").inOrder();
    assertThat(html.select("span.badge + a").eachAttr("href")).containsExactly("/tea", "https://example.org/mug").inOrder();
    assertThat(html.select("p").eachText()).containsExactly("2 for Ann", "1 for Ann").inOrder();
  }

  /** Sections inside sections: each reads its element first, then the elements around it, then the model. */
  @Test
  void nestedSectionsReadTheirElementThenTheOnesAround() throws Exception {
    String shelf = """
        package test;

        import dev.quire.dsl.Page;
        import java.util.List;

        public record Shelf(String name, List<Box> boxes) {
          public record Box(String label, List<String> items, boolean fragile) {}

          public static Page sample() {
            return ShelfPage.page(new Shelf("S<1>", List.of(new Box("A", List.of("x", "y&z"), true),
                new Box("B", List.of(), false))));
          }
        }
        """;
    Fixture.write(resources, Map.of("pages/shelf.md", """
        ---
        model: Shelf
        ---
        {{#boxes}}
        - **{{label}}**{{#fragile}} (fragile){{/fragile}}: {{#items}}{{.}} {{/items}}on {{name}}
        {{/boxes}}
        """));
    Compilation compilation = Fixture.javac(List.of("-Aquire.resources=" + resources, "-Xlint:-processing"),
        JavaFileObjects.forSourceString("test.package-info", Fixture.PACKAGE_INFO),
        JavaFileObjects.forSourceString("test.Shelf", shelf));
    assertThat(compilation).succeededWithoutWarnings();
    Page page = (Page) Fixture.load(compilation, "test.Shelf").getMethod("sample").invoke(null);
    Document html = Jsoup.parse(HtmlRenderer.create().render(page));
    assertThat(html.select(".page-body ul > li").eachText()).containsExactly("A (fragile): x y&z on S<1>", "B: on S<1>")
        .inOrder();
    String source = compilation.generatedSourceFile("test.ShelfPage").orElseThrow().getCharContent(true).toString();
    assertThat(source).contains("case 4 -> frames[2];");
    assertThat(source).contains("case 5 -> ((Shelf) frames[0]).name();");
  }

  /** Every kind of value a placeholder shows: text, numbers, enums, dates, Optionals, Markdown, URLs, null. */
  @Test
  void everyKindOfValueShowsAsTheContractSays() throws Exception {
    String kinds = """
        package test;

        import dev.quire.dsl.Markdown;
        import dev.quire.dsl.Page;
        import dev.quire.dsl.Url;
        import java.time.LocalDate;
        import java.util.Optional;

        public record Kinds(String text, long big, double price, char letter, boolean yes, Tone tone, LocalDate date,
            Optional<String> some, Optional<String> none, Markdown note, Url link, String nothing, StringBuilder chars) {
          public enum Tone { DARK }

          public static Page sample() {
            return KindsPage.page(new Kinds("a&b", Long.MIN_VALUE, 2.5, 'x', true, Tone.DARK, LocalDate.of(2026, 11, 30),
                Optional.of("<some>"), Optional.empty(), Markdown.generated("<em>note</em>"), Url.of("/x?a=1&b=2"), null,
                new StringBuilder("sb<")));
          }
        }
        """;
    Fixture.write(resources, Map.of("pages/kinds.md", """
        ---
        model: Kinds
        ---
        <p id="t">{{text}}|{{big}}|{{price}}|{{letter}}|{{yes}}|{{tone}}|{{date}}|{{some}}|{{none}}|{{nothing}}|{{chars}}</p>

        Note: {{note}} [link]({{link}}) {{#some}}({{.}}){{/some}}{{^none}}(none){{/none}}
        """));
    Compilation compilation = Fixture.javac(List.of("-Aquire.resources=" + resources, "-Xlint:-processing"),
        JavaFileObjects.forSourceString("test.package-info", Fixture.PACKAGE_INFO),
        JavaFileObjects.forSourceString("test.Kinds", kinds));
    assertThat(compilation).succeededWithoutWarnings();
    Page page = (Page) Fixture.load(compilation, "test.Kinds").getMethod("sample").invoke(null);
    String rendered = HtmlRenderer.create().render(page);
    Document html = Jsoup.parse(rendered);
    assertThat(html.selectFirst("#t").text())
        .isEqualTo("a&b|-9223372036854775808|2.5|x|true|DARK|2026-11-30|<some>|||sb<");
    assertThat(rendered).contains("Note: <em>note</em> <a href=\"/x?a=1&amp;b=2\">link</a> (&lt;some&gt;)(none)");
  }

  /**
   * The most slots a page may have, each a distinct path of the most names, still make a class javac
   * compiles; one more is a positioned error, as is a Markdown text with too many sections on lines of
   * their own.
   */
  @Test
  void theLimitsKeepTheGeneratedClassCompilable() {
    StringBuilder deep = new StringBuilder("package test;\n\npublic record Deep(Deep next, java.util.List<String> items");
    for (int i = 0; i < 63; i++) {
      deep.append(", String f").append(i);
    }
    deep.append(") {}\n");
    StringBuilder most = new StringBuilder("---\nmodel: Deep\n---\n");
    int slots = 0;
    for (int depth = 7; depth >= 0 && slots < 500; depth--) {
      for (int field = 0; field < 63 && slots < 500; field++, slots++) {
        most.append("{{").append("next.".repeat(depth)).append('f').append(field).append("}}\n");
      }
    }
    Fixture.write(resources, Map.of("pages/most.md", most.toString()));
    Compilation fits = Fixture.javac(List.of("-Aquire.resources=" + resources, "-Xlint:-processing"),
        JavaFileObjects.forSourceString("test.package-info", Fixture.PACKAGE_INFO),
        JavaFileObjects.forSourceString("test.Deep", deep.toString()));
    assertThat(fits).succeededWithoutWarnings();

    StringBuilder blocks = new StringBuilder("---\nmodel: Deep\n---\n");
    for (int i = 0; i < 33; i++) {
      blocks.append("{{#items}}\ntext\n{{/items}}\n\n");
    }
    Fixture.write(resources, Map.of("pages/most.md", most + "{{f0}}\n", "pages/blocks.md", blocks.toString()));
    Compilation over = Fixture.javac(List.of("-Aquire.resources=" + resources, "-Xlint:-processing"),
        JavaFileObjects.forSourceString("test.package-info", Fixture.PACKAGE_INFO),
        JavaFileObjects.forSourceString("test.Deep", deep.toString()));
    assertThat(Fixture.diagnostics(over)).containsExactly(
        "ERROR pages/blocks.md:132:1: [QUIRE-LIMIT-009] this Markdown has 33 sections on lines of their own; the limit "
            + "is 32 (each is rendered four times to read its form)",
        "ERROR pages/most.md:504:1: [QUIRE-LIMIT-009] the page has more than 500 placeholders, sections, each: and if:; "
            + "split it into several pages");
  }

  /**
   * Placeholders written into raw HTML where no value can go (a tag's own text, an unquoted value, a
   * comment, a style) end up where one can, or nowhere: the sanitizer rewrites the HTML before the
   * template is cut, so the page renders and nothing of a value lands inside a tag.
   */
  @Test
  void placeholdersInRawHtmlLandWhereAValueCanGo() throws Exception {
    String samples = """
        package test;

        import dev.quire.dsl.Page;
        import dev.quire.dsl.Url;
        import java.util.List;
        import java.util.Optional;

        public class Samples {
          public static Page raw() {
            return RawPage.page(new Basket(new Basket.Customer("x\\" onclick=\\"alert(1)", false, Optional.empty()),
                List.of()));
          }
        }
        """;
    Fixture.write(resources, Map.of("pages/raw.md", """
        ---
        model: Basket
        ---
        <a {{customer.name}}>one</a> <a href="#top" title={{customer.name}}>two</a> <!-- {{customer.name}} -->
        <span style="color: {{customer.name}}">three</span> <b title="{{customer.name}}">four</b>
        """));
    Compilation compilation = Fixture.javac(List.of("-Aquire.resources=" + resources, "-Xlint:-processing"),
        JavaFileObjects.forSourceString("test.package-info", Fixture.PACKAGE_INFO),
        JavaFileObjects.forSourceString("test.Basket", BASKET), JavaFileObjects.forSourceString("test.Samples", samples));
    assertThat(Fixture.diagnostics(compilation)).containsExactly(
        "ERROR pages/raw.md:5:21: [QUIRE-DATA-007] {{customer.name}} stands in the HTML tag <span> where no value can go "
            + "(a tag's or an attribute's name, a value without quotes, a style or an event handler); put it in a quoted "
            + "attribute value or in the text");

    Fixture.write(resources, Map.of("pages/raw.md", """
        ---
        model: Basket
        ---
        <a {{customer.name}}>one</a> <a href="#top" title={{customer.name}}>two</a> <!-- {{customer.name}} -->
        <b title="{{customer.name}}">four</b>
        """));
    compilation = Fixture.javac(List.of("-Aquire.resources=" + resources, "-Xlint:-processing"),
        JavaFileObjects.forSourceString("test.package-info", Fixture.PACKAGE_INFO),
        JavaFileObjects.forSourceString("test.Basket", BASKET), JavaFileObjects.forSourceString("test.Samples", samples));
    assertThat(compilation).succeeded();
    Page page = (Page) Fixture.load(compilation, "test.Samples").getMethod("raw").invoke(null);
    String html = HtmlRenderer.create().renderDocument(page);
    HtmlSafety.assertSafeDocument(html);
    Document document = Jsoup.parse(html);
    assertThat(document.select(".page-body b").attr("title")).isEqualTo("x\" onclick=\"alert(1)");
    // "<a {{…}}>" is no tag to Markdown, so it is text, and the value shows as text inside it.
    assertThat(document.select(".page-body").text()).isEqualTo("<a x\" onclick=\"alert(1)>one two four");
    assertThat(document.select(".page-body a").eachText()).containsExactly("two");
  }

  @Test
  void everyMistakeIsReportedAtItsPlace() {
    Compilation compilation = compile(Map.of(
        "pages/typo.md", """
            ---
            model: Baskt
            title: "{{customer.name}}"
            ---
            {{#lines}}{{product.name}}{{/lines}}
            """,
        "pages/wrong.md", """
            ---
            model: Basket
            title: "{{custmer.name}} {{customer.nmae}} {{lines}} {{customer}}"
            modules:
              - name: RowText
                each: customer
                text: x
              - name: RowText
                if: customer.name
                text: y
            ---
            {{#customer.name}}a{{/customer.name}} {{#lines}}open {{/line}} {{x y}} {{oops
            """,
        "pages/plain.md", """
            ---
            title: Hi {{name}}
            ---
            """,
        "pages/private.md", """
            ---
            model: Basket
            title: "x \uE000\uE100\uE100"
            ---
            """), BASKET);
    assertThat(compilation).failed();
    Fixture.fullMessages(compilation).stream().filter(m -> m.contains("INTERNAL")).forEach(System.err::println);
    assertThat(Fixture.diagnostics(compilation)).containsExactly(
        "ERROR pages/plain.md:2:11: [QUIRE-DATA-006] {{name}} is a placeholder, but this page has no model: name its type "
            + "with 'model: YourType' in the front matter, or write '\\{{' for literal braces",
        "ERROR pages/private.md:3:11: [QUIRE-DATA-008] U+E000 is a private-use character; a page with model: cannot hold "
            + "one (Quire marks where the model's values go with them)",
        "ERROR pages/private.md:3:12: [QUIRE-DATA-008] U+E100 is a private-use character; a page with model: cannot hold "
            + "one (Quire marks where the model's values go with them)",
        "ERROR pages/private.md:3:13: [QUIRE-DATA-008] U+E100 is a private-use character; a page with model: cannot hold "
            + "one (Quire marks where the model's values go with them)",
        "ERROR pages/typo.md:2:8: [QUIRE-DATA-001] model: there is no type Baskt in the @Pages package; did you mean 'Basket'?",
        "ERROR pages/wrong.md:3:11: [QUIRE-DATA-002] 'custmer' is not an accessor of Basket; did you mean 'customer'?",
        "ERROR pages/wrong.md:3:37: [QUIRE-DATA-002] Basket.Customer has no accessor 'nmae'; did you mean 'name'?",
        "ERROR pages/wrong.md:3:46: [QUIRE-DATA-004] {{lines}} is of type List<Basket.Line>, which cannot be shown as text; "
            + "repeat it with a section, {{#lines}}…{{/lines}}, or show one of its accessors",
        "ERROR pages/wrong.md:3:56: [QUIRE-DATA-004] {{customer}} is of type Basket.Customer, which cannot be shown as text; "
            + "show one of its accessors (name, nickname, vip)",
        "ERROR pages/wrong.md:6:11: [QUIRE-DATA-003] each: customer is of type Basket.Customer, which cannot repeat: each: "
            + "takes a collection or an array",
        "ERROR pages/wrong.md:9:9: [QUIRE-DATA-003] if: customer.name is of type String, which is not a condition: if: takes "
            + "a boolean, an Optional, a collection or an array",
        "ERROR pages/wrong.md:12:4: [QUIRE-DATA-003] {{#customer.name}}: customer.name is of type String, which neither "
            + "repeats nor is a condition: a section takes a collection, an array, an Optional or a boolean",
        "ERROR pages/wrong.md:12:39: [QUIRE-DATA-005] the section {{#lines}} is not closed: end it with {{/lines}} in the "
            + "same value",
        "ERROR pages/wrong.md:12:54: [QUIRE-DATA-005] {{/line}} closes the wrong section: {{#lines}} is open",
        "ERROR pages/wrong.md:12:64: [QUIRE-DATA-007] '{{x y}}' is not a placeholder: write {{name}}, {{a.b}}, {{#a}}…{{/a}} "
            + "or {{^a}}…{{/a}}, or '\\{{' for literal braces",
        "ERROR pages/wrong.md:12:72: [QUIRE-DATA-007] '{{' is not closed by '}}' on its line; write '\\{{' for literal braces")
        .inOrder();
  }

  static final String VAULT = """
      package test;

      public record Vault(Secret secret, Local local) {
        private record Secret(String code) {}
      }

      record Local(String name) {}
      """;

  @Test
  void aTypeThePageClassCannotReachIsReportedWhereTheContentNamesIt() {
    Compilation compilation = compile(Map.of(
        "pages/vault.md", """
            ---
            model: Vault
            title: "{{secret.code}} {{local.name}}"
            ---
            """,
        "pages/sub/local.md", """
            ---
            model: Local
            ---
            """,
        "pages/sub/vault.md", """
            ---
            model: Vault
            ---
            {{local.name}}
            """,
        "pages/hidden.md", """
            ---
            model: Vault.Secret
            ---
            {{code}}
            """), VAULT);
    assertThat(compilation).failed();
    assertThat(Fixture.diagnostics(compilation)).containsExactly(
        "ERROR pages/hidden.md:2:8: [QUIRE-DATA-009] model: Secret is private in Vault, so the page's class cannot name "
            + "it; make it public",
        "ERROR pages/sub/local.md:2:8: [QUIRE-DATA-009] model: Local is not public, and the page's class is in test.sub, "
            + "not test; make it public",
        "ERROR pages/sub/vault.md:4:9: [QUIRE-DATA-009] 'local.name' reads name of Local, but Local is not public, and "
            + "the page's class is in test.sub, not test; make it public",
        "ERROR pages/vault.md:3:18: [QUIRE-DATA-009] 'secret.code' reads code of Vault.Secret, but Secret is private in "
            + "Vault, so the page's class cannot name it; make it public")
        .inOrder();
  }

  @Test
  void aModelsMarkdownWithoutTheEngineOnTheClassPathIsAWarning() {
    Fixture.write(resources, Map.of("pages/note.md", """
        ---
        model: Note
        ---
        {{text}} and {{text}}
        """));
    String note = """
        package test;

        public record Note(dev.quire.dsl.Markdown text) {}
        """;
    List<java.io.File> withoutEngine = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      if (!entry.contains("quire-markdown") && !entry.replace('\\', '/').contains("/markdown/target/")) {
        withoutEngine.add(new java.io.File(entry));
      }
    }
    Compilation compilation = com.google.testing.compile.Compiler.javac().withProcessors(new PagesProcessor())
        .withOptions("-Aquire.resources=" + resources, "-Xlint:-processing").withClasspath(withoutEngine)
        .compile(JavaFileObjects.forSourceString("test.package-info", Fixture.PACKAGE_INFO),
            JavaFileObjects.forSourceString("test.Note", note));
    assertThat(compilation).succeeded();
    assertThat(Fixture.diagnostics(compilation)).containsExactly("WARNING pages/note.md:4:3: [QUIRE-DATA-010] {{text}} is "
        + "Markdown, which the application makes with Markdown.of at run time, and that needs Quire's Markdown engine: add "
        + "the dependency dev.quire:quire-markdown (the Spring Boot starter brings it)");

    Compilation withEngine = compile(Map.of(), note);
    assertThat(withEngine).succeededWithoutWarnings();
  }
}
