package dev.quire.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.quire.dsl.Page;
import dev.quire.dsl.RowMultiColumns;
import dev.quire.dsl.RowSeparator;
import dev.quire.dsl.RowTextImage;
import dev.quire.dsl.Size;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed page compiles to the golden sources in {@code src/test/resources/golden}. After an
 * intended change of the generated code, regenerate them with
 * {@code mvn -pl processor test -Dtest=SeedGoldenTest -Dquire.updateGolden=true} and review the diff.
 */
class SeedGoldenTest {
  @TempDir Path resources;

  @Test
  void seedPageMatchesGoldenSources() throws Exception {
    Compilation compilation = Fixture.compile(resources, Map.of("pages/ipso.md", Fixture.seed()));

    assertThat(compilation).succeeded();
    golden(compilation, "test.IpsoPage", "IpsoPage.java");
    golden(compilation, "test.PageIndex", "PageIndex.java");
  }

  /**
   * A small whole site (a button grid, a table, news modules, a collection, the navigation file)
   * compiles to the golden sources in {@code golden/site}: the generated code for every module kind,
   * a collection class, an entry's page and the index with its collection and navigation.
   */
  @Test
  void siteMatchesGoldenSources() throws Exception {
    Path site = Fixture.repositoryRoot().resolve("processor/src/test/resources/golden/site");
    Map<String, Object> files = new java.util.TreeMap<>();
    try (java.util.stream.Stream<Path> all = Stream.concat(Files.walk(site.resolve("pages")), Files.walk(site.resolve("static")))) {
      for (Path file : all.filter(Files::isRegularFile).toList()) {
        files.put(site.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
      }
    }
    Compilation compilation = Fixture.compile(resources, files);

    assertThat(compilation).succeeded();
    assertThat(Fixture.diagnostics(compilation)).containsExactly("WARNING pages/news/2024-07-29-workshop.md:5:7: "
        + "[QUIRE-COLLECTION-001] tags is the text 'workshop, events', not a list, so it is read as the list "
        + "[workshop, events]; write each tag on a line of its own, starting with '- ' and indented under tags:");
    for (String name : List.of("IndexPage", "TablePage", "MenusPage", "PageIndex", "news.NewsCollection",
        "news.Page20241002ReleasePage")) {
      golden(compilation, "test." + name, "site/" + name.replace('.', '/') + ".java");
    }
    Page table = Fixture.page(compilation, "test.TablePage");
    assertThat(((dev.quire.dsl.RowDynamicTable) table.modules().get(0)).rows()).hasSize(2);
  }

  /** Issue 4's size target: the class holds the page's HTML and a few lines of DSL, nothing twice. */
  @Test
  void seedPageClassIsNoLargerThanItsContentFilePlusTwoKilobytes() throws Exception {
    Compilation compilation = Fixture.compile(resources, Map.of("pages/ipso.md", Fixture.seed()));

    int content = Fixture.seed().getBytes(StandardCharsets.UTF_8).length;
    int java = compilation.generatedSourceFile("test.IpsoPage").orElseThrow().getCharContent(true).toString()
        .getBytes(StandardCharsets.UTF_8).length;
    assertThat(java).isAtMost(content + 2048);
  }

  /**
   * The seed page's real mistakes, each a warning at its place: three statuses a YAML comment emptied,
   * three images without alternative text, and a first heading of level 5 under the page's title.
   */
  @Test
  void seedPageGetsAWarningForEachOfItsMistakes() throws Exception {
    Compilation compilation = Fixture.compile(resources, Map.of("pages/ipso.md", Fixture.seed()));

    String warning = "'status' has no value: '#second-wide' is a YAML comment, so the value is empty and ignored."
        + " Write the value without '#' (quote it if it starts with '#'), or delete the line";
    String image = "RowTextImage image has no alternative text (its title), so a screen reader says nothing of it: add"
        + " title: what it shows, or title: \"\" for an image that is only decoration";
    assertThat(Fixture.diagnostics(compilation)).containsExactly(
        "WARNING pages/ipso.md:11:16: [QUIRE-ACCESS-001] " + image,
        "WARNING pages/ipso.md:12:17: [QUIRE-PAGE-002] " + warning,
        "WARNING pages/ipso.md:17:16: [QUIRE-ACCESS-001] " + image,
        "WARNING pages/ipso.md:18:17: [QUIRE-PAGE-002] " + warning,
        "WARNING pages/ipso.md:26:12: [QUIRE-ACCESS-001] " + image,
        "WARNING pages/ipso.md:27:13: [QUIRE-PAGE-002] " + warning,
        "WARNING pages/ipso.md:29:7: [QUIRE-ACCESS-002] this heading is level 5 after the page's title (level 1): a"
            + " screen reader's outline of the page skips levels 2 to 4; make it level 2 (## or <h2>)").inOrder();
    String[] lines = Fixture.fullMessages(compilation).get(1).split("\n");
    assertThat(lines[1].strip()).isEqualTo("status: #second-wide");
    assertThat(lines[2].indexOf('^')).isEqualTo(lines[1].indexOf('#'));
  }

  @Test
  void generatedSeedPageBuildsThePageTheFileDescribes() throws Exception {
    Compilation compilation = Fixture.compile(resources, Map.of("pages/ipso.md", Fixture.seed()));

    Page page = Fixture.page(compilation, "test.IpsoPage");

    assertThat(page.modules()).hasSize(4);
    RowMultiColumns columns = (RowMultiColumns) page.modules().get(0);
    assertThat(columns.widths()).containsExactly(6, 6).inOrder();
    RowTextImage first = (RowTextImage) columns.modules().get(0);
    assertThat(first.cols()).isEqualTo(4);
    assertThat(first.image()).hasValue("/images/working_together_2.jpg");
    assertThat(first.status()).isEmpty();
    assertThat(first.text().html()).isEqualTo("<p>IPSO Smart Objects Working Groups (IPSO)</p>\n");
    assertThat(((RowSeparator) page.modules().get(1)).size()).isEqualTo(Size.XL);
    assertThat(((RowTextImage) page.modules().get(2)).text().html())
        .startsWith("<h5 id=\"ipso-smart-objects-working-group-ipso\"><strong>IPSO Smart Objects Working Group (IPSO)</strong></h5>");
    assertThat(((RowSeparator) page.modules().get(3)).size()).isEqualTo(Size.L);
    assertThat(page.body().html()).startsWith("<h5 id=\"about-oma-specworks\">");
    assertThat(page.title()).isEmpty();
  }

  @Test
  void twoBuildsWriteIdenticalBytes() throws Exception {
    Compilation one = Fixture.compile(resources, Map.of("pages/ipso.md", Fixture.seed()));
    Compilation two = Fixture.compile(resources, Map.of("pages/ipso.md", Fixture.seed()));

    assertThat(source(one, "test.IpsoPage")).isEqualTo(source(two, "test.IpsoPage"));
  }

  private static String source(Compilation compilation, String className) throws IOException {
    JavaFileObject file = compilation.generatedFile(StandardLocation.SOURCE_OUTPUT, className.replace('.', '/') + ".java")
        .orElseThrow();
    return file.getCharContent(true).toString();
  }

  private static void golden(Compilation compilation, String className, String goldenName) throws IOException {
    String actual = source(compilation, className);
    Path golden = Fixture.repositoryRoot().resolve("processor/src/test/resources/golden").resolve(goldenName);
    if (Boolean.getBoolean("quire.updateGolden")) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
