package dev.quire.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.quire.dsl.LayoutException;
import dev.quire.dsl.Markdown;
import dev.quire.dsl.Page;
import dev.quire.dsl.RowImage;
import dev.quire.dsl.RowText;
import dev.quire.runtime.HtmlRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The XSS corpus ({@code xss/vectors.txt}, after the OWASP filter evasion cheat sheet, plus every
 * unsafe URL scheme in case, entity, whitespace and control-character spellings) placed in every place
 * content can reach the page: the Markdown body, link and image destinations, raw HTML attributes,
 * every front-matter field; and in every value the runtime renderer writes. A vector passes when the
 * compiler refuses it with a positioned error, or when the output, parsed as a browser parses it, has
 * no script, no event handler, no unsafe URL and no unsafe style (see {@link HtmlSafety}); text that is
 * escaped must decode back to exactly the input.
 */
class XssCorpusTest {
  private static final Pattern POSITIONED = Pattern.compile("^ERROR pages/p\\d{3}\\.md:\\d+:\\d+: \\[QUIRE-[A-Z]+-\\d{3}\\] .+");
  private static List<String> vectors;
  private static List<String> urls;

  @BeforeAll
  static void load() throws IOException {
    vectors = new ArrayList<>();
    try (InputStream in = XssCorpusTest.class.getResourceAsStream("/xss/vectors.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isEmpty() && !line.startsWith("#")) {
          vectors.add(line.replace("⏎", "\n"));
        }
      }
    }
    urls = new ArrayList<>(schemeVariants());
    urls.addAll(offSiteVariants());
    vectors.stream().filter(v -> !v.contains("\n")).forEach(urls::add);
  }

  /** Every unsafe scheme as a browser would still read it: case, entities, whitespace, controls. */
  static List<String> schemeVariants() {
    Map<String, String> schemes = new LinkedHashMap<>();
    schemes.put("javascript", "alert(1)");
    schemes.put("vbscript", "msgbox(1)");
    schemes.put("data", "text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==");
    schemes.put("file", "///etc/passwd");
    List<String> variants = new ArrayList<>();
    schemes.forEach((scheme, rest) -> {
      String head = scheme.substring(0, 1);
      String tail = scheme.substring(1);
      String middle = scheme.substring(0, 2) + "%s" + scheme.substring(2);
      variants.addAll(List.of(
          scheme + ":" + rest,
          scheme.toUpperCase(Locale.ROOT) + ":" + rest,
          head.toUpperCase(Locale.ROOT) + tail + ":" + rest,
          " " + scheme + ":" + rest,
          "&#9;" + scheme + ":" + rest,
          "&#14;" + scheme + ":" + rest,
          "&#0;" + scheme + ":" + rest,
          String.format(middle, "&#x09;") + ":" + rest,
          String.format(middle, "&#10;") + ":" + rest,
          String.format(middle, "&#13;") + ":" + rest,
          String.format(middle, "&NewLine;") + ":" + rest,
          "&#" + (int) head.charAt(0) + ";" + tail + ":" + rest,
          "&#x" + Integer.toHexString(head.charAt(0)) + ";" + tail + ":" + rest,
          "&#000000" + (int) head.charAt(0) + tail + ":" + rest,
          scheme + "&colon;" + rest,
          scheme + "&#58;" + rest,
          scheme + "&#x3A;" + rest));
    });
    return variants;
  }

  /** Site paths a browser reads as another host: backslashes are slashes in http(s) and relative URLs. */
  static List<String> offSiteVariants() {
    return List.of("//evil.example/x", "/\\evil.example/x", "\\\\evil.example\\x", "/\\/evil.example",
        "\\/evil.example", "/&#92;evil.example", "&#x5c;&#x5C;evil.example", "/&bsol;evil.example", " /\\evil.example",
        "/&#9;\\evil.example", "\\&#10;\\evil.example");
  }

  private static final String GRID = "---\nmodules:\n  - name: RowButtonGrid\n    cols:\n      - image: fas cog\n        items:\n";
  private static final String TABLE = "---\nmodules:\n  - name: RowDynamicTable\n    items:\n      - a: ";

  /** The places of a content file a vector can be put, each as the file it makes. */
  static Stream<Arguments> contentPlaces() {
    Function<String, String> quoted = v -> "'" + v.replace("\n", " ").replace("'", "''") + "'";
    return Stream.of(
        place("Markdown body", false, v -> "---\n---\n" + v + "\n"),
        place("RowText text", false, v -> "---\nmodules:\n  - name: RowText\n    text: " + quoted.apply(v) + "\n---\n"),
        place("title", false, v -> "---\ntitle: " + quoted.apply(v) + "\n---\n"),
        place("description", false, v -> "---\ndescription: " + quoted.apply(v) + "\n---\n"),
        place("metadata", false, v -> "---\ncustom: " + quoted.apply(v) + "\n---\n"),
        place("RowTextImage title (alt)", false,
            v -> "---\nmodules:\n  - name: RowTextImage\n    image: /a.png\n    title: " + quoted.apply(v) + "\n---\n"),
        place("status", false, v -> "---\nmodules:\n  - name: RowText\n    status: " + quoted.apply(v) + "\n---\n"),
        place("RowImage image", true, v -> "---\nmodules:\n  - name: RowImage\n    image: " + quoted.apply(v) + "\n---\n"),
        place("link destination", true, v -> "---\n---\n[x](" + v + ")\n"),
        place("image destination", true, v -> "---\n---\n![x](" + v + ")\n"),
        place("raw <a href>", true, v -> "---\n---\n<a href=\"" + v.replace("\"", "&quot;") + "\">x</a>\n"),
        place("raw <img src>", true, v -> "---\n---\n<img src=\"" + v.replace("\"", "&quot;") + "\">\n"),
        place("RowButtonGrid button title", false, v -> GRID + "          - title: " + quoted.apply(v) + "\n---\n"),
        place("RowButtonGrid button url", true, v -> GRID + "          - title: b\n            url: " + quoted.apply(v) + "\n---\n"),
        place("RowDynamicTable cell title", false, v -> TABLE + "{title: " + quoted.apply(v) + "}\n---\n"),
        place("RowDynamicTable cell url", true, v -> TABLE + "{title: x, url: " + quoted.apply(v) + "}\n---\n"),
        place("RowDynamicTable cell image", true, v -> TABLE + "{image: " + quoted.apply(v) + "}\n---\n"));
  }

  private static Arguments place(String name, boolean urlPlace, Function<String, String> file) {
    return Arguments.of(name, urlPlace, file);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("contentPlaces")
  void contentIsRefusedOrRenderedSafely(String place, boolean urlPlace, Function<String, String> file,
      @TempDir Path dir) throws Exception {
    List<String> inputs = urlPlace ? urls : vectors;
    Map<String, String> files = new LinkedHashMap<>();
    for (int i = 0; i < inputs.size(); i++) {
      files.put(String.format("pages/p%03d.md", i), file.apply(inputs.get(i)));
    }
    Javac.Result result = Javac.compile(dir.resolve("all"), files);

    // javac compiles no class once a processor reported an error: the pages that passed are compiled again on their own.
    List<String> failures = new ArrayList<>();
    Map<String, String> accepted = new LinkedHashMap<>();
    int refused = 0;
    for (int i = 0; i < inputs.size(); i++) {
      String name = String.format("pages/p%03d.md", i);
      List<String> errors = result.diagnostics().stream().filter(d -> d.startsWith("ERROR " + name + ":")).toList();
      if (errors.isEmpty()) {
        accepted.put(name, files.get(name));
      } else {
        refused++;
        errors.stream().filter(e -> !POSITIONED.matcher(e).matches()).forEach(e -> failures.add("unpositioned: " + e));
      }
    }
    if (accepted.isEmpty()) {
      System.out.printf("XSS corpus, %s: %d vectors, all refused with a positioned error%n", place, inputs.size());
      assertThat(failures).isEmpty();
      return;
    }
    Javac.Result clean = Javac.compile(dir.resolve("accepted"), accepted);
    assertWithMessage("%s", clean.diagnostics().stream().filter(d -> d.startsWith("ERROR")).toList())
        .that(clean.status()).isEqualTo(0);
    for (int i = 0; i < inputs.size(); i++) {
      if (!accepted.containsKey(String.format("pages/p%03d.md", i))) {
        continue;
      }
      String vector = inputs.get(i);
      try {
        Page page = clean.page(String.format("test.P%03dPage", i));
        String fragment = HtmlRenderer.create().render(page);
        String document = HtmlRenderer.create().renderDocument(page);
        HtmlSafety.assertSafe(fragment);
        HtmlSafety.assertSafeDocument(document);
        roundTrip(place, vector.replace("\n", " "), Jsoup.parse(document));
      } catch (Throwable t) {
        failures.add(place + " with " + vector + ": " + t);
      }
    }
    System.out.printf("XSS corpus, %s: %d vectors, %d refused with a positioned error, %d rendered safely%n",
        place, inputs.size(), refused, inputs.size() - refused);
    assertWithMessage(result.output()).that(result.status()).isAnyOf(0, 1);
    assertWithMessage(result.output()).that(result.output()).doesNotContain("QUIRE-INTERNAL");
    assertThat(failures).isEmpty();
  }

  /** Escaped text decodes back to the input exactly. */
  private static void roundTrip(String place, String vector, Document document) {
    switch (place) {
      case "title" -> assertThat(document.selectFirst("title").wholeText()).isEqualTo(vector);
      case "description" -> assertThat(document.selectFirst("meta[name=description]").attr("content")).isEqualTo(vector);
      case "RowTextImage title (alt)" -> assertThat(document.selectFirst("main img").attr("alt")).isEqualTo(vector);
      default -> { }
    }
  }

  @Test
  void everyRuntimeValueIsEscapedOrRefused() {
    List<String> failures = new ArrayList<>();
    int refused = 0;
    for (String vector : vectors) {
      List<Function<String, Page>> holes = List.of(
          v -> Page.builder().title(v).build(),
          v -> Page.builder().description(v).build(),
          v -> Page.builder().module(RowImage.builder().image("/a.png").title(v).build()).build(),
          v -> Page.builder().module(RowImage.builder().image(v).build()).build(),
          v -> Page.builder().module(RowText.builder().status(v).text("x").build()).build(),
          v -> Page.builder().module(RowText.builder().text(Markdown.of(v)).build()).build(),
          v -> Page.builder().body(v).build());
      for (int hole = 0; hole < holes.size(); hole++) {
        Page page;
        try {
          page = holes.get(hole).apply(vector);
        } catch (LayoutException refusedByBuild) {
          refused++;
          continue;
        }
        try {
          String document = HtmlRenderer.create().renderDocument(page);
          HtmlSafety.assertSafeDocument(document);
          Document parsed = Jsoup.parse(document);
          switch (hole) {
            case 0 -> assertThat(parsed.selectFirst("title").wholeText()).isEqualTo(vector);
            case 1 -> assertThat(parsed.selectFirst("meta[name=description]").attr("content")).isEqualTo(vector);
            case 2 -> assertThat(parsed.selectFirst("main img").attr("alt")).isEqualTo(vector);
            case 4 -> {
              Element row = parsed.selectFirst("main .container > div");
              assertThat(row.classNames()).containsAtLeastElementsIn(List.of(vector.trim().split("\\s+")));
            }
            default -> { }
          }
        } catch (Throwable t) {
          failures.add("hole " + hole + " with " + vector + ": " + t.getMessage());
        }
      }
    }
    for (String url : urls) {
      try {
        HtmlRenderer renderer = HtmlRenderer.builder().stylesheet(url).build();
        HtmlSafety.assertSafeDocument(renderer.renderDocument(Page.builder().build()));
      } catch (IllegalArgumentException refusedByBuilder) {
        refused++;
      } catch (Throwable t) {
        failures.add("stylesheet " + url + ": " + t.getMessage());
      }
      try {
        HtmlRenderer renderer = HtmlRenderer.builder().lang(url).build();
        String document = renderer.renderDocument(Page.builder().build());
        HtmlSafety.assertSafeDocument(document);
        assertThat(Jsoup.parse(document).selectFirst("html").attr("lang")).isEqualTo(url);
      } catch (Throwable t) {
        failures.add("lang " + url + ": " + t.getMessage());
      }
    }
    System.out.printf("XSS corpus, runtime values: %d vectors and %d URLs in 9 holes, %d refused by build()%n",
        vectors.size(), urls.size(), refused);
    assertThat(failures).isEmpty();
  }
}
