package dev.quire.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.quire.dsl.Page;
import dev.quire.dsl.internal.UrlPolicy;
import dev.quire.runtime.HtmlRenderer;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * URLs made of several placeholders, or of placeholders and fixed text: the browser reads the whole
 * attribute, so the URL policy judges the whole. Every unsafe URL of the XSS corpus, cut in two at
 * every place, as the values of {@code {{a}}} and {@code {{b}}} in every URL position (Markdown links
 * and images, a built-in module's image, raw {@code href} and {@code src}, an own module's {@code Url}
 * and {@code ImageUrl}, after a bare {@code /} and before a fixed path): no rendered document holds an
 * unsafe or off-site URL, what the policy allows arrives as written, and each refusal is reported.
 * A placeholder where the scheme is ({@code {{a}}:{{b}}}) is refused at compile time.
 */
class ComposedUrlsTest {
  @TempDir Path resources;

  static final String PARTS = """
      package test;

      public record Parts(String a, String b) {}
      """;

  static final String LINK = """
      package test;

      import dev.quire.dsl.Html;
      import dev.quire.dsl.ImageUrl;
      import dev.quire.dsl.Module;
      import dev.quire.dsl.Url;

      public record Link(Url to, ImageUrl picture) implements Module {
        @Override
        public void render(Html html) {
          html.open("p", "class", "own").open("a", "href", to.value()).text("to").close()
              .open("img", "src", picture.value(), "alt", "picture").close();
        }
      }
      """;

  static final String PAGE = """
      ---
      title: Parts
      model: Parts
      modules:
        - name: RowImage
          image: "{{a}}{{b}}"
          title: row image
        - name: Link
          to: "{{a}}{{b}}"
          picture: "{{a}}{{b}}"
      ---
      [both]({{a}}{{b}}) [slash](/{{a}}{{b}}) [suffix]({{a}}/x{{b}}) ![image]({{a}}{{b}})

      <a href="{{a}}{{b}}" class="raw">raw</a> <img src="{{a}}{{b}}" alt="raw image">
      """;

  /** The page of {@link #PAGE}, with {@code Link} as an own module, compiled without a warning. */
  private Class<?> partsPage() throws ClassNotFoundException {
    Fixture.write(resources, Map.of("pages/parts.md", PAGE));
    Compilation compilation = Fixture.javac(List.of("-Aquire.resources=" + resources, "-Xlint:-processing"),
        JavaFileObjects.forSourceString("test.package-info",
            "@dev.quire.dsl.Pages(value = \"pages\", modules = Link.class)\npackage test;\n"),
        JavaFileObjects.forSourceString("test.Parts", PARTS), JavaFileObjects.forSourceString("test.Link", LINK));
    assertThat(compilation).succeededWithoutWarnings();
    return Fixture.load(compilation, "test.PartsPage");
  }

  @Test
  void everyUnsafeUrlCutInTwoIsRefusedWholeInEveryPosition() throws Exception {
    Class<?> page = partsPage();
    Class<?> parts = page.getClassLoader().loadClass("test.Parts");
    Method bind = page.getMethod("page", parts);
    Constructor<?> make = parts.getDeclaredConstructor(String.class, String.class);

    Set<String> unsafe = new LinkedHashSet<>(XssCorpusTest.schemeVariants());
    unsafe.addAll(XssCorpusTest.offSiteVariants());
    unsafe.addAll(List.of("javascript:alert(7)", "javascript://example.org/%0aalert(8)", "JaVaScRiPt:alert(9)",
        "java\tscript:alert(1)", "/evil.example", "\\evil.example"));
    HtmlRenderer renderer = HtmlRenderer.create();
    List<String> reports = new ArrayList<>();
    Handler handler = new Handler() {
      @Override
      public void publish(LogRecord record) {
        reports.add(record.getMessage());
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    Logger logger = Logger.getLogger("dev.quire");
    logger.addHandler(handler);
    int renders = 0;
    int refusedWhole = 0;
    try {
      for (String url : unsafe) {
        for (int cut = 0; cut <= url.length(); cut++) {
          String a = url.substring(0, cut);
          String b = url.substring(cut);
          String html = renderer.renderDocument((Page) bind.invoke(null, make.newInstance(a, b)));
          renders++;
          HtmlSafety.assertSafeDocument(html);
          Document document = Jsoup.parse(html);
          boolean refused = UrlPolicy.check(url, UrlPolicy.Use.LINK).level() == UrlPolicy.Level.ERROR;
          String both = document.selectFirst(".page-body a").attr("href");
          String own = document.selectFirst(".own a").attr("href");
          if (refused) {
            refusedWhole++;
            assertWithMessage("'%s' + '%s'", a, b).that(both).isEqualTo(HtmlSafety.REFUSED_URL);
            assertWithMessage("'%s' + '%s'", a, b).that(own).isEqualTo(HtmlSafety.REFUSED_URL);
            assertWithMessage("'%s' + '%s'", a, b).that(document.selectFirst("a.raw").attr("href"))
                .isEqualTo(HtmlSafety.REFUSED_URL);
          } else {
            assertWithMessage("'%s' + '%s'", a, b).that(both).isEqualTo(url);
          }
        }
      }
    } finally {
      logger.removeHandler(handler);
    }
    System.out.println("Composed URLs: " + unsafe.size() + " unsafe URLs cut at every place, " + renders
        + " renders in 9 URL positions, all safe; " + refusedWhole + " refused whole");
    assertThat(refusedWhole).isGreaterThan(500);
    assertThat(reports).isNotEmpty();
    assertThat(reports.get(0)).startsWith("Quire refused the ");
    assertThat(reports.get(0)).contains(" made of {{a}} at pages/parts.md:");
  }

  @Test
  void safeComposedUrlsArriveAsWritten() throws Exception {
    Class<?> page = partsPage();
    Class<?> parts = page.getClassLoader().loadClass("test.Parts");
    Object model = parts.getDeclaredConstructor(String.class, String.class).newInstance("https://example.org/a?x=1&y=", "2");
    Document document = Jsoup.parse(HtmlRenderer.create().renderDocument((Page) page.getMethod("page", parts)
        .invoke(null, model)));
    assertThat(document.select("a").eachAttr("href")).containsAtLeast("https://example.org/a?x=1&y=2",
        "/https://example.org/a?x=1&y=2", "https://example.org/a?x=1&y=/x2");
    assertThat(document.select(".own a").attr("href")).isEqualTo("https://example.org/a?x=1&y=2");
    assertThat(document.select("img[alt=raw image]").attr("src")).isEqualTo("https://example.org/a?x=1&y=2");
  }

  @Test
  void aPlaceholderWhereTheSchemeIsIsACompileError() {
    Fixture.write(resources, Map.of("pages/scheme.md", """
        ---
        model: Parts
        modules:
          - name: RowImage
            image: "{{a}}:{{b}}"
            title: A picture
        ---
        [f]({{a}}:{{b}}) [g]({{a}}://example.org/%0aalert(8)) [ok](https://{{a}}/{{b}})

        <a href="{{a}}&colon;{{b}}">raw</a> <img src="java{{a}}:x" alt="">
        """));
    Compilation compilation = Fixture.javac(List.of("-Aquire.resources=" + resources, "-Xlint:-processing"),
        JavaFileObjects.forSourceString("test.package-info", Fixture.PACKAGE_INFO),
        JavaFileObjects.forSourceString("test.Parts", PARTS));
    String why = " URL has a placeholder where its scheme is (before the ':'): a value could make it javascript:; write"
        + " the scheme in the file (https://{{host}}/…), or give the whole URL as one value";
    assertThat(Fixture.diagnostics(compilation)).containsExactly(
        "ERROR pages/scheme.md:5:12: [QUIRE-URL-007] RowImage image: image" + why,
        "ERROR pages/scheme.md:8:1: [QUIRE-URL-007] link" + why,
        "ERROR pages/scheme.md:8:18: [QUIRE-URL-007] link" + why,
        "ERROR pages/scheme.md:10:4: [QUIRE-URL-007] link" + why,
        "ERROR pages/scheme.md:10:42: [QUIRE-URL-007] image" + why);
  }
}
