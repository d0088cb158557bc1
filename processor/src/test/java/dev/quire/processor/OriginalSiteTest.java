package dev.quire.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.quire.dsl.Page;
import dev.quire.dsl.Breakpoint;
import dev.quire.runtime.HtmlRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Quire's HTML for the original site's pages, module by module, against the HTML the original site
 * produced ({@code corpus/oma/rendered}): the same modules in the same order, and in each the same
 * wrappers and classes, columns, links, image sources, icons and text. Both sides are parsed with
 * jsoup. The deliberate fixes the README lists ("Differences from the original site") are applied to
 * the original's HTML first, each by a named step below; nothing else may differ. Markdown blocks are
 * compared by their text (two Markdown engines make the same text with different heading ids).
 */
class OriginalSiteTest {
  /** The original's layout: fixed columns, and its logo on entries without an image of their own. */
  private static final HtmlRenderer ORIGINAL_COLUMNS = HtmlRenderer.builder().stackBelow(Breakpoint.NONE)
      .entryImage("/images/logo1.jpg").build();
  @TempDir static Path dir;
  private static Path corpus;
  private static Javac.Result site;

  @BeforeAll
  static void compileTheSite() throws IOException {
    String property = System.getProperty("quire.corpus");
    Assumptions.assumeTrue(property != null && Files.isDirectory(Path.of(property, "rendered")),
        "the original site's pages are not at " + property + "; run with -Dcorpus.dir=<the folder that holds content/ and rendered/>");
    corpus = Path.of(property);
    Map<String, Object> files = new TreeMap<>();
    try (Stream<Path> all = Files.walk(corpus.resolve("content"))) {
      for (Path file : all.filter(Files::isRegularFile).toList()) {
        files.put("pages/" + corpus.resolve("content").relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
      }
    }
    site = Javac.compile(dir, files);
    assertWithMessage(site.output()).that(site.status()).isEqualTo(0);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"about", "faq", "testfests", "resources", "index"})
  void modulesMatchTheOriginal(String slug) throws Exception {
    Element quire = quire(slug, "div.container");
    Element original = original(slug, "div.container");

    List<Element> quireModules = modules(quire, "row-document");
    List<Element> originalModules = modules(original, "row-dowument");
    assertThat(names(quireModules)).containsExactlyElementsIn(names(originalModules)).inOrder();
    for (int i = 0; i < originalModules.size(); i++) {
      Element expected = Fixes.apply(originalModules.get(i).clone());
      Element actual = Fixes.quireAdditions(quireModules.get(i).clone());
      if (actual.hasClass("row-dynamic-table")) {
        Fixes.onlyTheFirstPageWasInTheHtml(actual, expected);
      }
      String where = slug + " module " + (i + 1) + " (" + expected.className() + ")";
      assertWithMessage(where + " structure").that(skeleton(actual)).containsExactlyElementsIn(skeleton(expected)).inOrder();
      sameAttributes(where + " links", actual, expected, "a[href]", "href");
      sameAttributes(where + " images", actual, expected, "img", "src");
      sameAttributes(where + " icons", actual, expected, "svg", "data-icon");
      assertWithMessage(where + " text").that(text(actual)).isEqualTo(text(expected));
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"about", "faq", "testfests", "resources", "index"})
  void bodyMatchesTheOriginal(String slug) throws Exception {
    Element quire = quire(slug, "div.row-document div.page-body");
    Element original = original(slug, "div.row-dowument div.nuxt-content");

    sameAttributes(slug + " body links", quire, original, "a[href]", "href");
    sameAttributes(slug + " body link targets", quire, original, "a[href]", "target");
    sameAttributes(slug + " body images", quire, original, "img", "src");
    assertWithMessage(slug + " body headings").that(quire.select("h1, h2, h3, h4, h5, h6").eachText())
        .containsExactlyElementsIn(original.select("h1, h2, h3, h4, h5, h6").eachText()).inOrder();
    assertWithMessage(slug + " body text").that(text(quire)).isEqualTo(text(original));
  }

  /**
   * The element {@code selector} of Quire's HTML for the page {@code slug}, with the original's fixed
   * columns ({@code col-6}; Quire's default stacks them below 768 px with {@code col-md-6}).
   */
  private static Element quire(String slug, String selector) throws ReflectiveOperationException {
    Page page = site.page("test." + Character.toUpperCase(slug.charAt(0)) + slug.substring(1) + "Page");
    return Jsoup.parse(ORIGINAL_COLUMNS.render(page)).selectFirst(selector);
  }

  /** The element {@code selector} of the original site's HTML for the page {@code slug}. */
  private static Element original(String slug, String selector) throws IOException {
    return Jsoup.parse(Files.readString(corpus.resolve("rendered/" + slug + ".html"))).selectFirst(selector);
  }

  private static void sameAttributes(String what, Element actual, Element expected, String query, String attribute) {
    assertWithMessage(what).that(attributes(actual, query, attribute))
        .containsExactlyElementsIn(attributes(expected, query, attribute)).inOrder();
  }

  /** The module elements of a page's container, without the body wrapper. */
  private static List<Element> modules(Element container, String bodyClass) {
    return container.children().stream().filter(module -> !module.hasClass(bodyClass)).toList();
  }

  private static List<String> names(List<Element> modules) {
    return modules.stream().map(module -> module.classNames().stream().sorted().toList().toString()).toList();
  }

  /** Every element outside Markdown and icons, as its tag and sorted classes, in document order. */
  private static List<String> skeleton(Element module) {
    List<String> skeleton = new ArrayList<>();
    for (Element element : module.select("*")) {
      if (element.parents().stream().anyMatch(p -> p.hasClass("pt-3") || p.hasClass("card-text") || p.tagName().equals("svg"))) {
        continue;
      }
      skeleton.add(element.tagName() + element.classNames().stream().sorted().map(c -> "." + c).reduce("", String::concat));
    }
    return skeleton;
  }

  private static List<String> attributes(Element module, String query, String attribute) {
    return module.select(query).eachAttr(attribute);
  }

  private static String text(Element module) {
    return module.text().replaceAll("\\s+", " ").strip();
  }

  /** The README's deliberate fixes, applied to the original's HTML. */
  static final class Fixes {
    private Fixes() {}

    static Element apply(Element module) {
      if (module.hasClass("row-dynamic-table")) {
        tableRowsInFileOrder(module);
        pagerComesFromTheScript(module);
      }
      if (module.hasClass("row-news-cards")) {
        excerptInADivNotAParagraph(module);
        datesInTheSitesOneFormat(module);
        cardHeadingsInThePagesOutline(module);
      }
      return module;
    }

    /**
     * The original's card titles were h4 and their subtitles h6 (skipping h5), the subtitle written
     * even when empty; Quire's titles are headings one level below the page's heading before the cards
     * (looking like h4), its subtitles a paragraph looking like h6, written only when there is one.
     */
    private static void cardHeadingsInThePagesOutline(Element module) {
      for (Element subtitle : module.select("h6.card-subtitle")) {
        if (subtitle.text().isBlank()) {
          subtitle.remove();
        } else {
          subtitle.tagName("p").addClass("h6");
        }
      }
      for (Element title : module.select("h4.card-title")) {
        title.addClass("h4");
      }
    }

    /** Quire's card titles at their level in the page's outline, compared as the original's h4. */
    private static void cardTitlesAsTheOriginalsLevel(Element module) {
      for (Element title : module.select(".card-title.h4")) {
        title.tagName("h4");
      }
    }

    /**
     * The original printed each entry's date as its file wrote it ({@code 2024-Oct-01} beside
     * {@code 2024-July-29}); Quire shows every date in the site's one format, by default the
     * original's own {@code 2024-Oct-1}.
     */
    private static void datesInTheSitesOneFormat(Element module) {
      java.time.format.DateTimeFormatter format = java.time.format.DateTimeFormatter.ofPattern(
          dev.quire.dsl.Html.DEFAULT_DATE_PATTERN, java.util.Locale.ENGLISH);
      for (Element footer : module.select(".card-footer .col")) {
        dev.quire.dsl.internal.Dates.parse(footer.text()).ifPresent(date -> footer.text(format.format(date)));
      }
    }

    /**
     * The original's HTML held the first page of a paged table only; Quire's holds every row (the
     * script pages them), so the rows of the original's first page are compared with the same rows
     * of Quire's, and the others must be exactly the rest.
     */
    static void onlyTheFirstPageWasInTheHtml(Element actual, Element expected) {
      List<String> shown = expected.select("tbody > tr").eachText();
      int all = actual.select("tbody > tr").size();
      for (Element row : actual.select("tbody > tr")) {
        if (!shown.contains(row.text())) {
          row.remove();
        }
      }
      assertThat(actual.select("tbody > tr").eachText()).containsExactlyElementsIn(shown);
      assertThat(all).isEqualTo(11);
    }

    /** What Quire adds to a module, taken out of its HTML before the comparison. */
    static Element quireAdditions(Element module) {
      // Dates carry their ISO form for machines: <time datetime="2024-10-02">2024-Oct-2</time>.
      module.select("time").unwrap();
      if (module.hasClass("row-dynamic-table")) {
        tableRowsInFileOrder(module);
      }
      if (module.hasClass("row-news-cards")) {
        cardTitlesAsTheOriginalsLevel(module);
      }
      return module;
    }

    /**
     * The original sorted every table by a hard-coded "published" key (its text, alphabetically) before
     * showing it; Quire shows the rows in the file's order and sorts when a header is clicked. The rows
     * are compared as a set (both sides in text order); the table's own tests check the order.
     */
    private static void tableRowsInFileOrder(Element module) {
      for (Element sorted : module.select("th[aria-sort=ascending]")) {
        sorted.attr("aria-sort", "none");
      }
      Element body = module.selectFirst("tbody");
      List<Element> rows = new ArrayList<>(body.children());
      rows.sort((a, b) -> a.text().compareTo(b.text()));
      body.children().remove();
      rows.forEach(body::appendChild);
    }

    /**
     * The pager's buttons are written by the table script in the browser (the rows it pages are all in
     * the HTML). A column that cannot be sorted does not tell screen readers to click it.
     */
    private static void pagerComesFromTheScript(Element module) {
      module.select("ul.pagination > *").remove();
      // Quire's pager is a list in a nav (a landmark screen readers list), its sort hints the script's.
      module.select("ul.pagination").wrap("<nav></nav>");
      module.select("th span.sr-only").remove();
    }

    /**
     * A div inside a p is not valid HTML (a parser moves it out): the card text is a div.card-text,
     * holding the excerpt directly.
     */
    private static void excerptInADivNotAParagraph(Element module) {
      for (Element text : module.select("p.card-text")) {
        // Parsed as HTML, <p><div class="nuxt-content">…</div></p> is an empty p, the div, and an empty
        // p made of the stray </p>.
        Element excerpt = text.nextElementSibling();
        if (excerpt != null && excerpt.hasClass("nuxt-content")) {
          Element stray = excerpt.nextElementSibling();
          if (stray != null && stray.tagName().equals("p") && stray.childNodeSize() == 0) {
            stray.remove();
          }
          text.appendChildren(excerpt.childNodes());
          excerpt.remove();
        }
        text.tagName("div");
      }
    }
  }
}
