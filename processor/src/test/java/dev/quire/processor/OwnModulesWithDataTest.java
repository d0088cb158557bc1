package dev.quire.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.quire.dsl.LayoutException;
import dev.quire.dsl.Page;
import dev.quire.runtime.HtmlRenderer;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Own modules in a page with a model: a module whose text or URL values hold placeholders is made for
 * each render, so its constructor and its render see the model's values, never Quire's slot markers;
 * its Markdown and the modules inside it are filled where it writes them; a refusal at render time
 * names the content file's place and the placeholders.
 */
class OwnModulesWithDataTest {
  @TempDir Path resources;

  static final String PRICE = """
      package test;

      import dev.quire.dsl.Html;
      import dev.quire.dsl.Markdown;
      import dev.quire.dsl.Module;
      import dev.quire.dsl.Url;
      import java.util.List;
      import java.util.Locale;
      import java.util.Optional;

      /** A price tag: its rules run on the real values. */
      public record Price(String title, String currency, Optional<String> subtitle, Url link, Optional<Markdown> note,
                          List<Module> body, List<Tag> tags) implements Module {
        public record Tag(String label) {}

        public Price {
          if (!currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("currency must be three capital letters, not '" + currency + "'");
          }
        }

        @Override
        public void render(Html html) {
          html.open("div", "class", "price");
          html.open("h3").text(title.toUpperCase(Locale.ROOT) + " (" + currency + ")").close();
          subtitle.ifPresent(s -> html.open("p", "class", "sub").text(s.length() > 8 ? s.substring(0, 8) + "…" : s).close());
          html.open("a", "href", link.value()).text("buy").close();
          note.ifPresent(html::markdown);
          body.forEach(html::module);
          tags.forEach(tag -> html.open("span", "class", "tag").text(tag.label()).close());
          html.close();
        }
      }
      """;

  static final String SHOP = """
      package test;

      import java.util.List;

      public record Shop(String name, String code, String slug, boolean open, List<Item> items) {
        public record Item(String title, String code) {}
      }
      """;

  static final String PAGE = """
      ---
      title: Shop
      model: Shop
      modules:
        - name: Price
          title: "hello {{name}}"
          currency: "{{code}}"
          subtitle: "{{name}} and friends"
          link: "/shop/{{slug}}"
          note: "Dear **{{name}}**{{#open}}, we are open{{/open}}"
          body:
            - name: RowText
              text: "Inside: *{{name}}*"
          tags:
            - label: "{{slug}}!"
        - name: Price
          each: items
          title: "{{title}} for {{name}}"
          currency: "{{code}}"
          link: "/items/{{title}}"
        - name: Price
          title: Fixed
          currency: GBP
          link: /fixed
      ---
      """;

  private Compilation compile() {
    Fixture.write(resources, Map.of("pages/shop.md", PAGE));
    return Fixture.javac(List.of("-Aquire.resources=" + resources, "-Xlint:-processing"),
        JavaFileObjects.forSourceString("test.package-info",
            "@dev.quire.dsl.Pages(value = \"pages\", modules = Price.class, serves = \"/fixed\")\npackage test;\n"),
        JavaFileObjects.forSourceString("test.Price", PRICE), JavaFileObjects.forSourceString("test.Shop", SHOP));
  }

  private static Page page(Compilation compilation, String name, String code, boolean open, List<String[]> items)
      throws Exception {
    Class<?> page = Fixture.load(compilation, "test.ShopPage");
    ClassLoader loader = page.getClassLoader();
    Class<?> shop = loader.loadClass("test.Shop");
    Class<?> item = loader.loadClass("test.Shop$Item");
    List<Object> list = new java.util.ArrayList<>();
    for (String[] i : items) {
      list.add(item.getDeclaredConstructor(String.class, String.class).newInstance(i[0], i[1]));
    }
    Object model = shop.getDeclaredConstructor(String.class, String.class, String.class, boolean.class, List.class)
        .newInstance(name, code, "tea-<b>", open, list);
    return (Page) page.getMethod("page", shop).invoke(null, model);
  }

  @Test
  void theModulesCodeSeesTheModelsValues() throws Exception {
    Compilation compilation = compile();
    assertThat(compilation).succeededWithoutWarnings();
    String html = HtmlRenderer.create().render(page(compilation, "Ada Lovelace", "EUR", true,
        List.of(new String[] {"Tea", "USD"}, new String[] {"Mug", "CHF"})));
    HtmlSafety.assertSafe(html);
    Document document = Jsoup.parseBodyFragment(html);
    assertThat(document.select(".price h3").eachText()).containsExactly("HELLO ADA LOVELACE (EUR)", "TEA FOR ADA LOVELACE (USD)",
        "MUG FOR ADA LOVELACE (CHF)", "FIXED (GBP)").inOrder();
    assertThat(document.select(".price .sub").eachText()).containsExactly("Ada Love…");
    assertThat(document.select(".price a").eachAttr("href")).containsExactly("/shop/tea-<b>", "/items/Tea", "/items/Mug",
        "/fixed").inOrder();
    assertThat(document.selectFirst(".price p:not(.sub)").html()).isEqualTo("Dear <strong>Ada Lovelace</strong>, we are open");
    assertThat(document.select(".price .row-text em").eachText()).containsExactly("Ada Lovelace");
    assertThat(document.select(".price .tag").eachText()).containsExactly("tea-<b>!");
    assertThat(html).doesNotContain("\uE000");

    String closed = HtmlRenderer.create().render(page(compilation, "Bo", "EUR", false, List.of()));
    assertThat(Jsoup.parseBodyFragment(closed).selectFirst(".price p:not(.sub)").html()).isEqualTo("Dear <strong>Bo</strong>");
    assertThat(Jsoup.parseBodyFragment(closed).select(".price h3").eachText()).containsExactly("HELLO BO (EUR)", "FIXED (GBP)")
        .inOrder();

    String source = compilation.generatedSourceFile("test.ShopPage").orElseThrow().getCharContent(true).toString();
    assertThat(source).contains(".module(Bindings.module(");
    assertThat(source).contains("BINDINGS.text(");
    assertThat(source).contains("made for each render with the model's values");
  }

  @Test
  void aRefusalAtRenderTimeNamesThePlaceAndThePlaceholders() throws Exception {
    Compilation compilation = compile();
    Page page = page(compilation, "Ada", "eur", true, List.of());
    LayoutException failure = (LayoutException) rootLayout(org.junit.jupiter.api.Assertions.assertThrows(Throwable.class,
        () -> HtmlRenderer.create().render(page)));
    assertThat(failure.getMessage()).isEqualTo("pages/shop.md:5:11: [QUIRE-MODULE-007] Price refused its values from the "
        + "model ({{name}}, {{code}}, {{slug}}): currency must be three capital letters, not 'eur'");

    Page element = page(compilation, "Ada", "EUR", true, List.<String[]>of(new String[] {"Tea", "usd"}));
    LayoutException inEach = (LayoutException) rootLayout(org.junit.jupiter.api.Assertions.assertThrows(Throwable.class,
        () -> HtmlRenderer.create().render(element)));
    assertThat(inEach.getMessage()).isEqualTo("pages/shop.md:16:11: [QUIRE-MODULE-007] Price refused its values from the "
        + "model ({{title}}, {{name}}, {{code}}): currency must be three capital letters, not 'usd'");
  }

  private static Throwable rootLayout(Throwable failure) {
    while (!(failure instanceof LayoutException) && failure.getCause() != null) {
      failure = failure instanceof InvocationTargetException target ? target.getTargetException() : failure.getCause();
    }
    return failure;
  }
}
