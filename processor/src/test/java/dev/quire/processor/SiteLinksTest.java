package dev.quire.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The site's links, checked at compile time: each kind of link (a body's Markdown and raw HTML, a
 * module's URL property, a table cell, a menu entry, an entry's image, a relative URL), each way one
 * can be broken (no such address, no such anchor, no such tag) with exactly the diagnostic javac
 * prints, what resolves (trailing slashes, collections, static files, addresses the application
 * serves), and the Java side: code that links to a page through its generated {@code PATH} stops
 * compiling when the page goes.
 */
class SiteLinksTest {
  /** A small site beside the page under test: about (with a heading), a news entry, a static image. */
  private static final Map<String, Object> SITE = Map.of(
      "pages/about.md", "---\ntitle: About\n---\n## Our team\n\n<span id=\"hours\">9 to 5</span>\n",
      "pages/news/2024-01-02-launch.md", "---\ntitle: Launch\ndate: 2024-01-02\ntags: [release]\n---\nOut now.\n",
      "static/images/logo.png", new byte[] {1});

  @TempDir Path resources;

  static Stream<Arguments> cases() {
    return Stream.of(
        ok("links that resolve", body("[a](/about) [b](/about/) [c](/about#our-team) [d](/about#hours) [e](/news)"
            + " [f](/news/) [g](/news?tag=release) [h](/news?page=2) [i](/news/2024-01-02-launch) [j](/images/logo.png)"
            + " [k](/) [l](/p#top) [m](#main) [n](https://example.org/x) [o](mailto:a@example.org) [p](/about?x=1#our-team)"
            + " [q](/sitemap.xml) [r](/news/feed.xml) [s](/robots.txt)")),
        bad("the feed of a collection the site does not have", body("[feed](/blog/feed.xml)"),
            "ERROR pages/p.md:4:8: [QUIRE-LINK-001] link '/blog/feed.xml': the site has nothing at /blog/feed.xml (no"
                + " page, entry, collection or static file)"),
        bad("a misspelt page", body("Read [us](/abuot)."),
            "ERROR pages/p.md:4:11: [QUIRE-LINK-001] link '/abuot': the site has nothing at /abuot (no page, entry,"
                + " collection or static file); did you mean '/about'?"),
        bad("a page in the wrong case", body("[us](/About/)"),
            "ERROR pages/p.md:4:6: [QUIRE-LINK-001] link '/About/': the site has nothing at /About/ (no page, entry,"
                + " collection or static file); did you mean '/about'?"),
        bad("a misspelt collection", body("[news](/nws/)"),
            "ERROR pages/p.md:4:8: [QUIRE-LINK-001] link '/nws/': the site has nothing at /nws/ (no page, entry,"
                + " collection or static file); did you mean '/news'?"),
        bad("a moved entry", body("[launch](/2024-01-02-launch)"),
            "ERROR pages/p.md:4:10: [QUIRE-LINK-001] link '/2024-01-02-launch': the site has nothing at"
                + " /2024-01-02-launch (no page, entry, collection or static file); did you mean"
                + " '/news/2024-01-02-launch'?"),
        bad("an anchor the page does not have", body("[team](/about#our-teem)"),
            "ERROR pages/p.md:4:8: [QUIRE-LINK-002] link '/about#our-teem' goes to #our-teem on pages/about.md, which"
                + " has no element with that id; did you mean '#our-team'?"),
        bad("an anchor of the page itself", body("## Intro\n\n[back](#intor) [far](#nowhere-at-all)"),
            "ERROR pages/p.md:6:8: [QUIRE-LINK-002] link '#intor' goes to #intor on this page, which has no element"
                + " with that id; did you mean '#intro'?",
            "ERROR pages/p.md:6:22: [QUIRE-LINK-002] link '#nowhere-at-all' goes to #nowhere-at-all on this page, which"
                + " has no element with that id; its ids are #intro"),
        bad("a tag no entry has", body("[releases](/news?tag=relase)"),
            "ERROR pages/p.md:4:12: [QUIRE-LINK-003] link '/news?tag=relase' shows the entries of /news tagged"
                + " 'relase', but none has that tag, so the address has no page; did you mean 'release'?"),
        bad("a raw HTML link", body("<p><a href=\"/missing\">gone</a></p>"),
            "ERROR pages/p.md:4:13: [QUIRE-LINK-001] link '/missing': the site has nothing at /missing (no page, entry,"
                + " collection or static file)"),
        bad("a static file that is not there", body("[logo](/images/logo.jpg)"),
            "ERROR pages/p.md:4:8: [QUIRE-LINK-001] link '/images/logo.jpg': the site has nothing at /images/logo.jpg"
                + " (no page, entry, collection or static file); did you mean '/images/logo.png'?"),
        bad("a relative link, resolved against the page's address", body("[us](abuot)"),
            "WARNING pages/p.md:4:1: [QUIRE-URL-005] relative link URL 'abuot' resolves against the page's own address;"
                + " start it with / for a path on this site",
            "ERROR pages/p.md:4:6: [QUIRE-LINK-001] link 'abuot': the site has nothing at /abuot (no page, entry,"
                + " collection or static file); did you mean '/about'?"),
        bad("a button", "---\nmodules:\n  - name: RowButtonGrid\n    cols:\n      - image: fas book\n        items:\n"
                + "          - title: Contact\n            url: /contakt\n---\n",
            "ERROR pages/p.md:8:18: [QUIRE-LINK-001] RowButtonGrid button url: link '/contakt': the site has nothing"
                + " at /contakt (no page, entry, collection or static file); did you mean '/contact'?"),
        bad("a table cell", "---\nmodules:\n  - name: RowDynamicTable\n    columns: [title]\n    items:\n"
                + "      - title: {title: Spec, url: /no-such}\n---\n",
            "ERROR pages/p.md:6:35: [QUIRE-LINK-001] RowDynamicTable cell url: link '/no-such': the site has nothing"
                + " at /no-such (no page, entry, collection or static file)"),
        bad("a module's Markdown", "---\nmodules:\n  - name: RowText\n    text: See [the team](/about#team).\n---\n",
            "ERROR pages/p.md:4:26: [QUIRE-LINK-002] link '/about#team' goes to #team on pages/about.md, which has no"
                + " element with that id; its ids are #hours, #our-team"),
        bad("a link to the navigation file", body("[menu](/menus)"),
            "ERROR pages/p.md:4:8: [QUIRE-LINK-001] link '/menus': the site has no page at /menus, because"
                + " pages/menus.md is the navigation bar (it has menus:), not a page"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsEachBrokenLinkAtItsPlace(String name, String page, boolean fails, List<String> expected) {
    Map<String, Object> files = new LinkedHashMap<>(SITE);
    files.put("pages/index.md", "---\ntitle: Home\n---\nWelcome.\n");
    files.put("pages/contact-us.md", "---\ntitle: Contact\n---\nWrite.\n");
    files.put("pages/contact.md", "---\ntitle: Contact\n---\nWrite.\n");
    files.put("pages/menus.md", "---\nmenus:\n  - title: About\n    url: /about\n---\n");
    files.put("pages/p.md", page);
    Compilation compilation = Fixture.compile(resources, files);

    assertThat(Fixture.diagnostics(compilation)).containsExactlyElementsIn(expected).inOrder();
    if (fails) {
      assertThat(compilation).failed();
    } else {
      assertThat(compilation).succeeded();
    }
  }

  @Test
  void everyBrokenLinkOfTheSiteIsReportedInOneBuild() {
    Map<String, Object> files = new LinkedHashMap<>(SITE);
    files.put("pages/a.md", body("[x](/nowhere)"));
    files.put("pages/b.md", "---\nmenus:\n  - title: News\n    url: /nws/\n  - title: About\n    url: /about#teem\n---\n");
    files.put("pages/news/2024-02-03-more.md", "---\ntitle: More\ndate: 2024-02-03\nimage: /images/more.png\n---\n"
        + "See [launch](2024-01-02-lauch).\n");

    Compilation compilation = Fixture.compile(resources, files);

    assertThat(compilation).failed();
    assertThat(Fixture.diagnostics(compilation)).containsExactly(
        "ERROR pages/a.md:4:5: [QUIRE-LINK-001] link '/nowhere': the site has nothing at /nowhere (no page, entry,"
            + " collection or static file)",
        "ERROR pages/b.md:4:10: [QUIRE-LINK-001] menu entry url: link '/nws/': the site has nothing at /nws/ (no page,"
            + " entry, collection or static file); did you mean '/news'?",
        "ERROR pages/b.md:6:10: [QUIRE-LINK-002] menu entry url: link '/about#teem' goes to #teem on pages/about.md,"
            + " which has no element with that id; its ids are #hours, #our-team",
        "ERROR pages/news/2024-02-03-more.md:4:8: [QUIRE-STATIC-001] image '/images/more.png' is not in the static"
            + " folder (looked for static/images/more.png); add the file or fix the path",
        "WARNING pages/news/2024-02-03-more.md:6:5: [QUIRE-URL-005] relative link URL '2024-01-02-lauch' resolves"
            + " against the page's own address; start it with / for a path on this site",
        "ERROR pages/news/2024-02-03-more.md:6:14: [QUIRE-LINK-001] link '2024-01-02-lauch': the site has nothing at"
            + " /news/2024-01-02-lauch (no page, entry, collection or static file); did you mean"
            + " '/news/2024-01-02-launch'?").inOrder();
  }

  @Test
  void withoutAStaticFolderImagesAreNotCheckedAndLinksToFilesAreErrors() {
    Compilation compilation = Fixture.compile(resources, Map.of("pages/p.md",
        body("![Logo](/images/logo.png) [spec](/files/spec.pdf)")));

    assertThat(compilation).failed();
    assertThat(Fixture.diagnostics(compilation)).containsExactly(
        "ERROR pages/p.md:4:34: [QUIRE-LINK-001] link '/files/spec.pdf': the site has nothing at /files/spec.pdf (no"
            + " page, entry, collection or static file); the build has no static folder (static/ beside the content"
            + " folder, or -Aquire.static) for files");
  }

  @Test
  void addressesTheApplicationServesAreListedInPages() {
    Fixture.write(resources, Map.of("pages/p.md", body("[in](/login) [api](/api/users/7) [edit](/users/7/edit)"
        + " [gone](/logn)")));
    Compilation compilation = Fixture.javac(List.of("-Aquire.resources=" + resources, "-Xlint:-processing"),
        JavaFileObjects.forSourceString("test.package-info", "@dev.quire.dsl.Pages(value = \"pages\", serves = {"
            + "\"/login\", \"/api/**\", \"/users/*/edit\", \"login\", \"/a/**/b\"})\npackage test;\n"));

    assertThat(compilation).failed();
    assertThat(Fixture.diagnostics(compilation)).containsExactly(
        "ERROR [QUIRE-LINK-004] @Pages(serves = …) lists 'login': a site path starts with a single /; write a site"
            + " path such as /login, or /api/** for every address under /api",
        "ERROR [QUIRE-LINK-004] @Pages(serves = …) lists '/a/**/b': ** stands for the rest of the address, so it can"
            + " only be the whole last segment (/api/**); write a site path such as /login, or /api/** for every"
            + " address under /api",
        "ERROR pages/p.md:4:63: [QUIRE-LINK-001] link '/logn': the site has nothing at /logn (no page, entry,"
            + " collection or static file); did you mean '/login'?");
  }

  @Test
  void aSiteWithoutBrokenLinksGetsNoDiagnostic() {
    Map<String, Object> files = new LinkedHashMap<>(SITE);
    files.put("pages/index.md", body("[About](/about/) · [News](/news) · [Launch](/news/2024-01-02-launch#top)"));

    Compilation compilation = Fixture.compile(resources, files);

    assertThat(compilation).succeeded();
    assertThat(Fixture.diagnostics(compilation)).isEmpty();
  }

  @Test
  void javaCodeLinksToPagesThroughTheirAddressesAndStopsCompilingWhenAPageGoes() throws Exception {
    Map<String, Object> files = new LinkedHashMap<>(SITE);
    Fixture.write(resources, files);
    var links = JavaFileObjects.forSourceString("test.Links", "package test;\n"
        + "final class Links {\n"
        + "  static final String ABOUT = AboutPage.PATH;\n"
        + "  static final String TEAM = AboutPage.Anchors.OUR_TEAM;\n"
        + "  static final String NEWS = test.news.NewsCollection.PATH;\n"
        + "  static final String LAUNCH = test.news.Page20240102LaunchPage.PATH;\n"
        + "}\n");
    var pages = JavaFileObjects.forSourceString("test.package-info", Fixture.PACKAGE_INFO);
    List<String> options = List.of("-Aquire.resources=" + resources, "-Xlint:-processing");

    Compilation compiled = Fixture.javac(options, pages, links);
    assertThat(compiled).succeeded();
    Class<?> type = Fixture.load(compiled, "test.Links");
    assertThat(List.of(field(type, "ABOUT"), field(type, "TEAM"), field(type, "NEWS"), field(type, "LAUNCH")))
        .containsExactly("/about", "/about#our-team", "/news", "/news/2024-01-02-launch").inOrder();

    Files.delete(resources.resolve("pages/about.md"));
    Compilation broken = Fixture.javac(options, pages, links);
    assertThat(broken).failed();
    assertThat(broken).hadErrorContaining("cannot find symbol");
    assertThat(broken).hadErrorContaining("AboutPage");
  }

  private static Object field(Class<?> type, String name) throws ReflectiveOperationException {
    var field = type.getDeclaredField(name);
    field.setAccessible(true);
    return field.get(null);
  }

  /** A page of just a body. */
  private static String body(String markdown) {
    return "---\ntitle: P\n---\n" + markdown + "\n";
  }

  private static Arguments bad(String name, String page, String... expected) {
    return Arguments.of(name, page, true, List.of(expected));
  }

  private static Arguments ok(String name, String page, String... expected) {
    return Arguments.of(name, page, false, List.of(expected));
  }
}
