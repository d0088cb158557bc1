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

/** An application's own modules: records listed in @Pages(modules = ...), read and checked like the built-ins. */
class OwnModulesTest {
  @TempDir Path resources;

  static final String HERO = """
      package test;

      import dev.quire.dsl.Default;
      import dev.quire.dsl.Html;
      import dev.quire.dsl.Markdown;
      import dev.quire.dsl.Module;
      import dev.quire.dsl.Range;
      import dev.quire.dsl.Url;
      import java.util.List;
      import java.util.Locale;
      import java.util.Optional;

      /** A full-width banner. */
      public record Hero(String title, Optional<Markdown> text, Optional<Url> action,
                         @Default("2") @Range(min = 1, max = 6) int level, Tone tone, List<Badge> badges)
          implements Module {
        public enum Tone { LIGHT, DARK }
        public record Badge(String label, Optional<Url> url) {}

        @Override
        public void render(Html html) {
          html.open("section", "class", "hero hero-" + tone.name().toLowerCase(Locale.ROOT));
          html.open("h" + level).text(title).close();
          text.ifPresent(html::markdown);
          action.ifPresent(url -> html.open("a", "href", url.value(), "class", "btn").text("Go").close());
          for (Badge badge : badges) {
            html.open("span", "class", "badge").text(badge.label()).close();
          }
          html.close();
        }
      }
      """;

  static final String PACKAGE = "@dev.quire.dsl.Pages(value = \"pages\", modules = {test.Hero.class})\npackage test;\n";

  private Compilation compile(Map<String, String> files, String packageInfo, String... sources) {
    Fixture.write(resources, files);
    List<JavaFileObject> all = new ArrayList<>();
    all.add(JavaFileObjects.forSourceString("test.package-info", packageInfo));
    for (String source : sources) {
      String name = source.replaceAll("(?s).*?public (?:record|class|enum|interface) (\\w+).*", "$1");
      all.add(JavaFileObjects.forSourceString("test." + name, source));
    }
    return Fixture.javac(List.of("-Aquire.resources=" + resources, "-Xlint:-processing"), all.toArray(JavaFileObject[]::new));
  }

  @Test
  void theContractsHeroCompilesAndRenders() throws Exception {
    Compilation compilation = compile(Map.of("pages/welcome.md", """
        ---
        title: Welcome
        modules:
          - name: Hero
            title: Welcome
            text: We build **pages**.
            tone: dark
            badges:
              - label: New
              - label: Docs
                url: /docs/
          - name: RowMultiColumns
            widths: [6, 6]
            modules:
              - name: Hero
                title: Inside
                level: 3
                tone: LIGHT
              - name: RowText
                text: beside it
        ---
        """), PACKAGE, HERO);

    assertThat(compilation).succeededWithoutWarnings();
    Page page = Fixture.page(compilation, "test.WelcomePage");
    Document html = Jsoup.parse(HtmlRenderer.create().render(page));
    assertThat(html.select("section.hero.hero-dark > h2").text()).isEqualTo("Welcome");
    assertThat(html.select("section.hero-dark > p").html()).isEqualTo("We build <strong>pages</strong>.");
    assertThat(html.select("section.hero-dark > span.badge").eachText()).containsExactly("New", "Docs").inOrder();
    assertThat(html.select("div.row-multi-columns div.col-md-6 > section.hero.hero-light > h3").text()).isEqualTo("Inside");
    String source = compilation.generatedSourceFile("test.WelcomePage").orElseThrow().getCharContent(true).toString();
    assertThat(source).contains("new Hero(");
    assertThat(source).contains("Hero.Tone.DARK");
    assertThat(source).contains("new Hero.Badge(\"Docs\", Optional.of(Url.of(\"/docs/\")))");
  }
}
