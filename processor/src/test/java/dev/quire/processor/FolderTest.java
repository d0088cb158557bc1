package dev.quire.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.quire.dsl.Page;
import dev.quire.dsl.RowText;
import dev.quire.processor.internal.ContentCompiler;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a content folder becomes classes: names, packages, the index, stubs, and the folder lookup. */
class FolderTest {
  @TempDir Path resources;

  private static final String PAGE = "---\ntitle: T\n---\nBody\n";

  @Test
  void filesBecomeClassesAndSubfoldersBecomePackages() throws Exception {
    Compilation compilation = Fixture.compile(resources, Map.of(
        "pages/about.md", PAGE,
        "pages/ipso-smart-objects.md", PAGE,
        "pages/news/2024-10-02-Release.md", PAGE,
        "pages/Big Folder/x.md", PAGE));

    assertThat(compilation).succeeded();
    assertThat(compilation).generatedSourceFile("test.AboutPage");
    assertThat(compilation).generatedSourceFile("test.IpsoSmartObjectsPage");
    assertThat(compilation).generatedSourceFile("test.news.Page20241002ReleasePage");
    assertThat(compilation).generatedSourceFile("test.big_folder.XPage");
    Class<?> index = Fixture.load(compilation, "test.PageIndex");
    assertThat(index.getMethod("slugs").invoke(null))
        .isEqualTo(List.of("Big Folder/x", "about", "ipso-smart-objects", "news/2024-10-02-Release"));
    Method find = index.getMethod("find", String.class);
    assertThat(((Optional<?>) find.invoke(null, "news/2024-10-02-Release")).map(p -> ((Page) p).title()))
        .hasValue(Optional.of("T"));
    assertThat(find.invoke(null, "missing")).isEqualTo(Optional.empty());
    assertThat(find.invoke(null, "")).isEqualTo(Optional.empty());
    Map<String, String> classes = Map.of("Big Folder/x", "test.big_folder.XPage", "about", "test.AboutPage",
        "ipso-smart-objects", "test.IpsoSmartObjectsPage", "news/2024-10-02-Release", "test.news.Page20241002ReleasePage");
    for (Map.Entry<String, String> entry : classes.entrySet()) {
      Object page = index.getClassLoader().loadClass(entry.getValue()).getMethod("page").invoke(null);
      assertThat(((Optional<?>) find.invoke(null, entry.getKey())).orElseThrow()).isSameInstanceAs(page);
    }
  }

  @Test
  void aFolderWithoutPagesHasAnEmptyIndex() throws Exception {
    Compilation compilation = Fixture.compile(resources, Map.of("pages/notes.txt", "not a page"));

    assertThat(compilation).succeeded();
    Class<?> index = Fixture.load(compilation, "test.PageIndex");
    assertThat(index.getMethod("slugs").invoke(null)).isEqualTo(List.of());
    assertThat(index.getMethod("find", String.class).invoke(null, "x")).isEqualTo(Optional.empty());
  }

  @Test
  void unknownKeysBecomeMetadataAsWritten() throws Exception {
    String page = "---\nlayout: news\nhomepage: 0600\ntags:\n  - v1.2\n  - security\n"
        + "author:\n  name: Ada\n  links: [a, b]\nimage:\n---\n";

    Compilation compilation = Fixture.compile(resources, Map.of("pages/m.md", page));

    assertThat(compilation).succeededWithoutWarnings();
    Map<String, Object> meta = Fixture.page(compilation, "test.MPage").meta();
    assertThat(meta).containsExactly("layout", "news", "homepage", "0600", "tags", List.of("v1.2", "security"),
        "author", Map.of("name", "Ada", "links", List.of("a", "b"))).inOrder();
    assertThat(((Map<?, ?>) meta.get("author")).keySet()).containsExactly("name", "links").inOrder();
  }

  @Test
  void twoFilesForOneClassAreAnError() {
    Compilation compilation = Fixture.compile(resources, Map.of("pages/a-b.md", PAGE, "pages/a_b.md", PAGE));

    assertThat(compilation).failed();
    assertThat(Fixture.diagnostics(compilation)).containsExactly(
        "ERROR pages/a_b.md:1:1: [QUIRE-GEN-001] pages/a_b.md and pages/a-b.md both become the class ABPage; rename one of the files");
  }

  @Test
  void lettersOfEveryScriptGiveDistinctClassesInAsciiSources() throws Exception {
    Compilation compilation = Fixture.compile(resources, Map.of(
        "pages/\u65e5\u672c.md", PAGE,
        "pages/\u65b0\u95fb.md", PAGE,
        "pages/\u043d\u043e\u0432\u043e\u0441\u0442\u0438/\u043f\u0435\u0440\u0432\u0430\u044f.md", PAGE));

    assertThat(compilation).succeededWithoutWarnings();
    Class<?> index = Fixture.load(compilation, "test.PageIndex");
    assertThat(index.getMethod("slugs").invoke(null)).isEqualTo(List.of(
        "\u043d\u043e\u0432\u043e\u0441\u0442\u0438/\u043f\u0435\u0440\u0432\u0430\u044f", "\u65b0\u95fb", "\u65e5\u672c"));
    assertThat(Fixture.page(compilation, "test.\u65e5\u672cPage").title()).hasValue("T");
    assertThat(Fixture.page(compilation, "test.\u043d\u043e\u0432\u043e\u0441\u0442\u0438.\u041f\u0435\u0440\u0432\u0430\u044fPage").title())
        .hasValue("T");
    for (javax.tools.JavaFileObject source : compilation.generatedSourceFiles()) {
      String text = source.getCharContent(true).toString();
      assertThat(text.chars().allMatch(c -> c < 0x80)).isTrue();
    }
    assertThat(compilation.generatedSourceFile("test.\u65e5\u672cPage").orElseThrow().getCharContent(true).toString())
        .contains("public final class \\u65e5\\u672cPage {");
  }

  @Test
  void hiddenFilesAndFoldersAreNotPages() throws Exception {
    Compilation compilation = Fixture.compile(resources, Map.of(
        "pages/about.md", PAGE,
        "pages/.#about.md", "emacs lock file",
        "pages/._about.md", "\u0000\u0005 AppleDouble",
        "pages/.drafts/x.md", "---\nmodules:\n  - name: Nope\n---\n"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(Fixture.load(compilation, "test.PageIndex").getMethod("slugs").invoke(null)).isEqualTo(List.of("about"));
  }

  @Test
  void aFileNameThatCannotBeAnAddressIsAnErrorAndGetsNoClass() {
    Compilation compilation = Fixture.compile(resources, Map.of(
        "pages/about.md", PAGE,
        "pages/x\\..\\..\\evil.md", PAGE,
        "pages/what?.md", PAGE));

    assertThat(compilation).failed();
    assertThat(Fixture.diagnostics(compilation)).containsExactly(
        "ERROR pages/what?.md:1:1: [QUIRE-GEN-002] the file name 'what?.md' cannot be part of the page's address ('?' has a "
            + "meaning in addresses or file names); rename it with letters, digits, '-', '_' and '.'",
        "ERROR pages/x\\..\\..\\evil.md:1:1: [QUIRE-GEN-002] the file name 'x\\..\\..\\evil.md' cannot be part of the "
            + "page's address (a backslash is a folder separator to browsers and to Windows); rename it with letters, "
            + "digits, '-', '_' and '.'");
  }

  @Test
  void twoFoldersForOnePackageAreAnError() {
    Compilation compilation = Fixture.compile(resources, Map.of(
        "pages/my-news/a.md", PAGE,
        "pages/my_news/b.md", PAGE,
        "pages/My-News/c.md", PAGE));

    assertThat(compilation).failed();
    assertThat(Fixture.diagnostics(compilation)).containsExactly(
        "ERROR pages/my-news/a.md:1:1: [QUIRE-GEN-003] the folders 'My-News' and 'my-news' both become the package "
            + "test.my_news (they differ only in case: one folder on Windows and macOS); rename one of the folders",
        "ERROR pages/my_news/b.md:1:1: [QUIRE-GEN-003] the folders 'My-News' and 'my_news' both become the package "
            + "test.my_news; rename one of the folders");
  }

  @Test
  void twoCollectionsForOneIndexMethodAreAnError() {
    String entry = "---\ntitle: T\ndate: 2024-10-02\n---\n";
    Compilation compilation = Fixture.compile(resources, Map.of(
        "pages/news/2024/a.md", entry,
        "pages/news-2024/b.md", entry));

    assertThat(compilation).failed();
    assertThat(Fixture.diagnostics(compilation)).containsExactly(
        "ERROR pages/news/2024/a.md:1:1: [QUIRE-GEN-004] the collections 'news-2024' and 'news/2024' both become the "
            + "index method news2024(); rename one of the folders");
  }

  @Test
  void aBrokenFileGetsAStubSoCodeUsingItStillCompilesAndOtherPagesGenerate() {
    Compilation compilation = compileWithUser(
        Map.of("pages/about.md", PAGE, "pages/broken.md", "---\nmodules:\n  - name: RowTxt\n---\n",
            "pages/bound.md", "---\nmodel: java.lang.String\ntitle: \"{{lenght}}\"\n---\n"),
        "Object a = AboutPage.page();\n  Object b = BrokenPage.page();\n  Object c = BoundPage.page(\"model\");");

    assertThat(compilation).failed();
    // The content files' errors only: no "cannot find symbol" for AboutPage (generated) or BrokenPage (a
    // stub), and no wrong arguments for BoundPage.page(model) (a stub's page takes any).
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation).hadErrorContaining("pages/broken.md:3:11: [QUIRE-MODULE-001] unknown module 'RowTxt'; did you mean 'RowText'?");
    assertThat(compilation).hadErrorContaining("pages/bound.md:3:11: [QUIRE-DATA-002] 'lenght' is not an accessor of String; "
        + "did you mean 'length'?");
  }

  @Test
  void markdownTooDeepForFlexmarkIsAPositionedLimitError() {
    // flexmark overflows its stack on deeply nested quotes: the limit is checked before it runs.
    String deep = "---\n---\n" + "> ".repeat(100_000) + "a\n";
    Compilation compilation = compileWithUser(Map.of("pages/about.md", PAGE, "pages/deep.md", deep),
        "Object a = AboutPage.page(); Object b = DeepPage.page();");

    assertThat(compilation).failed();
    assertThat(Fixture.diagnostics(compilation)).containsExactly("ERROR pages/deep.md:3:65: [QUIRE-LIMIT-007] more "
        + "than 32 nested quotes or lists on one line; Markdown nested this deep cannot be rendered safely");
  }

  @Test
  void anInternalFailureIsAnErrorAndTheOtherPagesStillGenerate() {
    System.setProperty(ContentCompiler.FAIL_ON_PROPERTY, "broken.md");
    try {
      Compilation compilation = compileWithUser(Map.of("pages/about.md", PAGE, "pages/broken.md", PAGE),
          "Object a = AboutPage.page(); Object b = BrokenPage.page();");

      assertThat(compilation).failed();
      assertThat(compilation).hadErrorCount(1);
      assertThat(compilation).hadErrorContaining("pages/broken.md:1:1: [QUIRE-INTERNAL-001] internal error in the "
          + "Quire processor; please report it with this file:");
      assertThat(compilation).hadErrorContaining("java.lang.IllegalStateException: injected failure");
    } finally {
      System.clearProperty(ContentCompiler.FAIL_ON_PROPERTY);
    }
  }

  @Test
  void contentTextCannotChangeTheJavaSource() throws Exception {
    String title = "\\u0022 + evil() + \\u0022 */ \" \\ end";
    String text = "Tricky: \\u0022; \"quotes\" and */ comment ends";
    String page = "---\ntitle: '" + title.replace("'", "''") + "'\nmodules:\n  - name: RowText\n    text: '" + text + "'\n---\n";

    Compilation compilation = Fixture.compile(resources, Map.of("pages/x.md", page));

    assertThat(compilation).succeeded();
    Page built = Fixture.page(compilation, "test.XPage");
    assertThat(built.title()).hasValue(title);
    assertThat(((RowText) built.modules().get(0)).text().html())
        .isEqualTo("<p>" + text + "</p>\n");
  }

  @Test
  void textLongerThanAClassFileConstantIsSplit() throws Exception {
    String paragraph = "Lorem ipsum dolor sit amet, \u00e9\u4e2d\u2028 consectetur \ud83d\ude00. ".repeat(2500);
    Compilation compilation = Fixture.compile(resources, Map.of("pages/long.md", "---\n---\n" + paragraph + "\n"));

    assertThat(compilation).succeeded();
    assertThat(compilation).generatedSourceFile("test.LongPage").contentsAsUtf8String().contains("String.join(\"\",");
    assertThat(Fixture.page(compilation, "test.LongPage").body().html()).isEqualTo("<p>" + paragraph.strip() + "</p>\n");
  }

  @Test
  void aMissingFolderListsEveryPlaceTried() {
    Compilation compilation = Fixture.javac(List.of("-Aquire.resources=" + resources),
        JavaFileObjects.forSourceString("test.package-info", Fixture.PACKAGE_INFO));

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("@Pages(\"pages\"): content folder not found. Looked in:");
    assertThat(compilation).hadErrorContaining(resources.resolve("pages").toString());
    assertThat(compilation).hadErrorContaining("pass -Aquire.resources=<resource root> to javac");
  }

  @Test
  void anAnnotatedTypeGetsItsOwnIndex() {
    Fixture.write(resources, Map.of("pages/about.md", PAGE));

    Compilation compilation = Fixture.javac(List.of("-Aquire.resources=" + resources),
        JavaFileObjects.forSourceString("test.Site", "package test;\n@dev.quire.dsl.Pages(\"pages\")\nclass Site {}\n"));

    assertThat(compilation).succeeded();
    assertThat(compilation).generatedSourceFile("test.SitePages");
  }

  @Test
  void aFolderNameThatLeavesTheResourceRootIsRefused() {
    Compilation compilation = Fixture.javac(List.of("-Aquire.resources=" + resources),
        JavaFileObjects.forSourceString("test.package-info", "@dev.quire.dsl.Pages(\"../x\")\npackage test;\n"));

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("@Pages(\"../x\"): name a folder under the resource root");
  }

  @Test
  void optionsThatAreNotPathsAreSetUpErrorsNotCrashes() {
    Fixture.write(resources, Map.of("pages/about.md", PAGE));

    Compilation badStatic = Fixture.javac(List.of("-Aquire.resources=" + resources, "-Aquire.static=a\0b"),
        JavaFileObjects.forSourceString("test.package-info", Fixture.PACKAGE_INFO));
    Compilation badRoot = Fixture.javac(List.of("-Aquire.resources=a\0b"),
        JavaFileObjects.forSourceString("test.package-info", Fixture.PACKAGE_INFO));
    Compilation badFolder = Fixture.javac(List.of("-Aquire.resources=" + resources),
        JavaFileObjects.forSourceString("test.package-info", "@dev.quire.dsl.Pages(\"a\\0b\")\npackage test;\n"));
    Compilation badCode = Fixture.javac(List.of("-Aquire.resources=" + resources, "-Aquire.suppress=QUIRE-URL-05,QUIRE-GRID-001"),
        JavaFileObjects.forSourceString("test.package-info", Fixture.PACKAGE_INFO));

    assertThat(badStatic).hadErrorContaining("[QUIRE-SETUP-001] -Aquire.static=a\0b: not a valid path");
    assertThat(badRoot).hadErrorContaining("[QUIRE-SETUP-001] @Pages(\"pages\"): content folder not found");
    assertThat(badFolder).hadErrorContaining("[QUIRE-SETUP-001] @Pages(\"a\0b\"): name a folder under the resource root");
    assertThat(badCode).succeeded();
    assertThat(badCode).hadWarningContaining("[QUIRE-SUPPRESS-002] quire.suppress: 'QUIRE-URL-05' is not a Quire code; "
        + "did you mean 'QUIRE-URL-005'?");
    assertThat(badCode).hadWarningContaining("[QUIRE-SUPPRESS-002] quire.suppress: QUIRE-GRID-001 is an error; "
        + "errors cannot be silenced");
    for (Compilation compilation : List.of(badStatic, badRoot, badFolder, badCode)) {
      assertThat(Fixture.fullMessages(compilation).toString()).doesNotContain("INTERNAL");
    }
  }

  /** Compiles the pages together with a class {@code test.User} whose body is {@code members}. */
  private Compilation compileWithUser(Map<String, String> files, String members) {
    Fixture.write(resources, files);
    return Fixture.javac(List.of("-Aquire.resources=" + resources),
        JavaFileObjects.forSourceString("test.package-info", Fixture.PACKAGE_INFO),
        JavaFileObjects.forSourceString("test.User", "package test;\nclass User {\n  " + members + "\n}\n"));
  }
}
