package dev.quire.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.quire.dsl.Page;
import dev.quire.dsl.internal.UrlPolicy;
import dev.quire.runtime.HtmlRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The XSS corpus through a bound page's model: every vector (and every unsafe URL spelling) as the
 * value of every kind of placeholder position — the document's title and description, module text and
 * Markdown (in a paragraph, in emphasis, in a heading), an image's alternative text, link and image
 * destinations in Markdown and in raw HTML, a module's image URL, and a URL after a fixed site path.
 * The rendered document, parsed as a browser parses it, must have no script, no handler, no unsafe URL
 * and no unsafe style; text values must read back exactly as given.
 */
class XssThroughValuesTest {
  @TempDir Path resources;

  static final String HOSTILE = """
      package test;

      public record Hostile(String text, String url, String image) {}
      """;

  static final String PAGE = """
      ---
      title: "T {{text}}"
      description: "{{text}}"
      model: Hostile
      modules:
        - name: RowText
          text: "A {{text}} **{{text}}** [link]({{url}}) ![alt {{text}}]({{image}}) [site](/shop/{{text}})"
        - name: RowImage
          image: "{{image}}"
          title: "{{text}}"
        - name: RowTextImage
          image: "{{image}}"
          title: "{{text}}"
          text: "## H {{text}}"
      ---
      # Heading {{text}}

      {{text}}

      <a href="{{url}}" title="{{text}}">raw</a> <img src="{{image}}" alt="x">
      """;

  @Test
  void everyVectorInEveryPositionRendersSafely() throws Exception {
    Fixture.write(resources, Map.of("pages/hostile.md", PAGE));
    Compilation compilation = Fixture.javac(List.of("-Aquire.resources=" + resources, "-Xlint:-processing"),
        JavaFileObjects.forSourceString("test.package-info", Fixture.PACKAGE_INFO),
        JavaFileObjects.forSourceString("test.Hostile", HOSTILE));
    assertThat(compilation).succeededWithoutWarnings();
    Class<?> page = Fixture.load(compilation, "test.HostilePage");
    Class<?> hostile = page.getClassLoader().loadClass("test.Hostile");
    Method bind = page.getMethod("page", hostile);
    var make = hostile.getDeclaredConstructor(String.class, String.class, String.class);

    Set<String> values = new LinkedHashSet<>(vectors());
    values.addAll(XssCorpusTest.schemeVariants());
    values.addAll(XssCorpusTest.offSiteVariants());
    HtmlRenderer renderer = HtmlRenderer.create();
    int refused = 0;
    for (String value : values) {
      String html = renderer.renderDocument((Page) bind.invoke(null, make.newInstance(value, value, value)));
      HtmlSafety.assertSafeDocument(html);
      Document document = Jsoup.parse(html);
      boolean plain = value.chars().noneMatch(c -> c < 0x20 || c >= 0x7f && c <= 0x9f || Character.isSurrogate((char) c));
      if (plain) {
        assertWithMessage(value).that(document.selectFirst("title").wholeText()).isEqualTo("T " + value);
        assertWithMessage(value).that(document.selectFirst("meta[name=description]").attr("content")).isEqualTo(value);
        assertWithMessage(value).that(document.select(".row-image img").attr("alt")).isEqualTo(value);
        assertWithMessage(value).that(document.selectFirst(".row-text strong").wholeText()).isEqualTo(value);
        assertWithMessage(value).that(document.selectFirst(".page-body a[title]").attr("title")).isEqualTo(value);
      }
      boolean policyRefuses = UrlPolicy.check(value, UrlPolicy.Use.LINK).level() == UrlPolicy.Level.ERROR;
      String href = document.selectFirst(".row-text a").attr("href");
      if (policyRefuses) {
        assertWithMessage(value).that(href).isEqualTo(HtmlSafety.REFUSED_URL);
      } else if (plain) {
        assertWithMessage(value).that(href).isEqualTo(value); // what the policy allows arrives as written
      } else {
        assertWithMessage(value).that(href).isNotEqualTo(HtmlSafety.REFUSED_URL);
      }
      if (policyRefuses) {
        refused++;
        assertWithMessage(value).that(document.select(".page-body a[title]").attr("href")).isEqualTo(HtmlSafety.REFUSED_URL);
      }
    }
    System.out.println("XSS corpus through model values: " + values.size() + " values in 14 positions, all rendered "
        + "safely; the " + refused + " the URL policy refuses written as " + HtmlSafety.REFUSED_URL + " in URL positions");
    assertThat(refused).isGreaterThan(10);
  }

  private static List<String> vectors() throws IOException {
    List<String> vectors = new ArrayList<>();
    try (InputStream in = XssThroughValuesTest.class.getResourceAsStream("/xss/vectors.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isEmpty() && !line.startsWith("#")) {
          vectors.add(line.replace("⏎", "\n"));
        }
      }
    }
    return vectors;
  }
}
