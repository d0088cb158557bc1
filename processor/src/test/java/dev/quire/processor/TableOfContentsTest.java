package dev.quire.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.quire.dsl.Page;
import dev.quire.runtime.HtmlRenderer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The TableOfContents module: the page's own headings (every module's and the body's, in page order),
 * nested by level in a named {@code nav}, linked to ids that are unique across the page, checked like
 * every link; and the diagnostics of a table that lists nothing, shares its title or leaves out a
 * heading the model makes.
 */
class TableOfContentsTest {
  @TempDir Path resources;

  @Test
  void listsThePagesHeadingsNestedByLevelWithLinksToTheirIds() throws Exception {
    Compilation compilation = Fixture.compile(resources, Map.of("pages/guide.md", """
        ---
        title: Guide
        modules:
          - name: TableOfContents
          - name: RowText
            text: |
              ## Install
              ### With Maven
              ### With *Gradle*
        ---
        ## Use
        #### Deep, two levels below
        ### Configure
        ## Notes
        """));

    assertThat(compilation).succeeded();
    assertThat(Fixture.diagnostics(compilation)).containsExactly(
        "WARNING pages/guide.md:12:1: [QUIRE-ACCESS-002] this heading is level 4 after the level-2 heading on line 11:"
            + " a screen reader's outline of the page skips level 3; make it level 3 (### or <h3>)");
    Document html = Jsoup.parse(HtmlRenderer.create().render(Fixture.page(compilation, "test.GuidePage")));
    Element nav = html.selectFirst("nav.table-of-contents");
    assertThat(nav.attr("aria-label")).isEqualTo("Contents");
    assertThat(nav.selectFirst("p.table-of-contents-title").text()).isEqualTo("Contents");
    // depth 2 from the highest level (2): h2 and h3; the h4 is left out, the h3 after it nests under Use
    assertThat(nav.select("> ul > li > a").eachAttr("href")).containsExactly("#install", "#use", "#notes").inOrder();
    assertThat(nav.select("> ul > li:nth-child(1) > ul > li > a").eachText())
        .containsExactly("With Maven", "With Gradle").inOrder();
    assertThat(nav.select("> ul > li:nth-child(2) > ul > li > a").eachAttr("href")).containsExactly("#configure");
    for (Element link : nav.select("a")) {
      assertThat(html.getElementById(link.attr("href").substring(1))).isNotNull();
    }
    String source = compilation.generatedSourceFile("test.GuidePage").orElseThrow().getCharContent(true).toString();
    assertThat(source).contains("""
          private static final List<TableOfContents.Heading> HEADINGS = List.of(
              new TableOfContents.Heading(2, "install", "Install"),
              new TableOfContents.Heading(3, "with-maven", "With Maven"),
        """);
    assertThat(source).contains("""
              .module(TableOfContents.builder()
                  .title("Contents")
                  .depth(2)
                  .headings(HEADINGS)
                  .build())
        """);
  }

  @Test
  void aDeeperTableAndATitleOfItsOwnInAColumn() throws Exception {
    Compilation compilation = Fixture.compile(resources, Map.of("pages/guide.md", """
        ---
        title: Guide
        modules:
          - name: RowMultiColumns
            widths: [3, 9]
            modules:
              - name: TableOfContents
                title: On this page
                depth: 3
                status: sticky-top
              - name: RowText
                text: |
                  ##### Old-style heading
                  ###### Below it
        suppress: [QUIRE-ACCESS-002]
        ---
        """));

    assertThat(compilation).succeededWithoutWarnings();
    Document html = Jsoup.parse(HtmlRenderer.create().render(Fixture.page(compilation, "test.GuidePage")));
    Element nav = html.selectFirst(".col-md-3 nav.table-of-contents.sticky-top");
    assertThat(nav.attr("aria-label")).isEqualTo("On this page");
    assertThat(nav.select("a").eachAttr("href")).containsExactly("#old-style-heading", "#below-it").inOrder();
  }

  @Test
  void headingIdsAreUniqueAcrossThePageAndTheTableLinksEachOne() throws Exception {
    Compilation compilation = Fixture.compile(resources, Map.of("pages/p.md", """
        ---
        title: P
        modules:
          - name: TableOfContents
          - name: RowText
            text: |
              ## Notes
              A note.[^1]

              [^1]: The first module's footnote.
          - name: RowText
            text: |
              ## Notes
              Another.[^1]

              [^1]: The second module's footnote.
        ---
        ## Notes

        [Back to the first notes](#notes)
        """));

    assertThat(compilation).succeededWithoutWarnings();
    Document html = Jsoup.parse(HtmlRenderer.create().render(Fixture.page(compilation, "test.PPage")));
    assertThat(html.select("h2[id]").eachAttr("id")).containsExactly("notes", "notes-1", "notes-2").inOrder();
    assertThat(html.select("nav.table-of-contents a").eachAttr("href"))
        .containsExactly("#notes", "#notes-1", "#notes-2").inOrder();
    // the body's anchor link follows its heading; the author's own link stays as written
    assertThat(html.select("h2#notes-2 > a[aria-hidden]").attr("href")).isEqualTo("#notes-2");
    assertThat(html.select("a:contains(Back to the first notes)").attr("href")).isEqualTo("#notes");
    // footnotes of two texts: ids and their references and back-links, each pair its own
    List<String> ids = html.select("[id]").eachAttr("id");
    assertThat(ids).containsNoDuplicates();
    assertThat(html.select("a[data-footnote-ref]").eachAttr("href")).containsExactly("#fn-1", "#fn-1-1").inOrder();
    assertThat(html.select("li#fn-1-1 a[data-footnote-backref]").attr("href"))
        .isEqualTo("#" + html.select("a[data-footnote-ref]").get(1).id());
  }

  @Test
  void aTableWithNothingToListAndTwoWithOneTitleAreReported() {
    Compilation compilation = Fixture.compile(resources, Map.of("pages/p.md", """
        ---
        title: P
        modules:
          - name: TableOfContents
          - name: TableOfContents
          - name: TableOfContents
            title: ""
        ---
        No headings here.
        """));

    assertThat(compilation).failed();
    assertThat(Fixture.diagnostics(compilation)).containsExactly(
        "WARNING pages/p.md:4:5: [QUIRE-CONTENTS-002] TableOfContents has nothing to list: the page has no headings"
            + " with ids, so it shows nothing; give the page's sections headings (## Section), or remove the module",
        "WARNING pages/p.md:5:5: [QUIRE-CONTENTS-002] TableOfContents has nothing to list: the page has no headings"
            + " with ids, so it shows nothing; give the page's sections headings (## Section), or remove the module",
        "ERROR pages/p.md:5:5: [QUIRE-CONTENTS-001] this page has two tables of contents titled 'Contents' (the other"
            + " on line 4); a screen reader tells landmarks apart by name: give this one a title of its own",
        "ERROR pages/p.md:7:12: [QUIRE-CONTENTS-001] TableOfContents needs a title, the name a screen reader gives its"
            + " landmark; leave title out for \"Contents\"").inOrder();
  }

  @Test
  void contentCannotSetTheHeadingsAndTheDepthIsOneToSix() {
    Compilation compilation = Fixture.compile(resources, Map.of("pages/p.md", """
        ---
        modules:
          - name: TableOfContents
            depth: 7
            headings: [a]
        ---
        ## A
        """));

    assertThat(compilation).failed();
    assertThat(Fixture.diagnostics(compilation)).containsExactly(
        "ERROR pages/p.md:4:12: [QUIRE-TYPE-007] TableOfContents depth is 7, outside 1\u20136",
        "ERROR pages/p.md:5:5: [QUIRE-MODULE-005] TableOfContents has no property 'headings'; its properties are"
            + " title, depth, status").inOrder();
  }

  @Test
  void inAPageWithAModelAHeadingTheModelWritesIsLeftOutWithAWarning() throws Exception {
    Fixture.write(resources, Map.of("pages/account.md", """
        ---
        model: Account
        modules:
          - name: TableOfContents
        ---
        ## Welcome
        ## Hello {{name}}
        ## Settings
        """));
    Compilation compilation = Fixture.javac(List.of("-Aquire.resources=" + resources, "-Xlint:-processing"),
        JavaFileObjects.forSourceString("test.package-info", Fixture.PACKAGE_INFO),
        JavaFileObjects.forSourceString("test.Account", "package test;\npublic record Account(String name) {}\n"));

    assertThat(compilation).succeeded();
    assertThat(Fixture.diagnostics(compilation)).containsExactly(
        "WARNING pages/account.md:7:1: [QUIRE-CONTENTS-003] the table of contents on line 4 leaves this heading out:"
            + " its text, and so its id, comes from the model when the page is rendered; write the heading's text in"
            + " the file to list it");
    Class<?> pageClass = Fixture.load(compilation, "test.AccountPage");
    Class<?> account = pageClass.getClassLoader().loadClass("test.Account");
    Page page = (Page) pageClass.getMethod("page", account).invoke(null, account.getConstructor(String.class).newInstance("Ann"));
    Document html = Jsoup.parse(HtmlRenderer.create().render(page));
    assertThat(html.select("nav.table-of-contents a").eachAttr("href")).containsExactly("#welcome", "#settings").inOrder();
    assertThat(html.select("h2").eachText()).contains("Hello Ann");
  }
}
