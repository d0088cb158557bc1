package dev.quire.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles every real page of the original site (the pages, the navigation file, the news collection),
 * with and without the site's static folder, and expects success with exactly the warnings listed here,
 * each one a real mistake in those files. The corpus folder comes
 * from the system property {@code quire.corpus}, which the build sets from {@code -Dcorpus.dir}; the test is skipped without it.
 */
class CorpusTest {

  @TempDir Path resources;
  private Path corpus;

  @BeforeEach
  void findCorpus() {
    String property = System.getProperty("quire.corpus");
    Assumptions.assumeTrue(property != null && Files.isDirectory(Path.of(property, "content")),
        "the original site's pages are not at " + property + "; run with -Dcorpus.dir=<the folder that holds content/ and rendered/>");
    corpus = Path.of(property);
  }

  @Test
  void everyPageCompilesWithOnlyJustifiedWarnings() throws Exception {
    Compilation compilation = Fixture.compile(resources, corpusFiles());

    assertThat(compilation).succeeded();
    assertThat(Fixture.diagnostics(compilation)).containsExactlyElementsIn(EXPECTED_WARNINGS).inOrder();
    assertThat(compilation).generatedSourceFile("test.AboutPage");
    assertThat(compilation).generatedSourceFile("test.news.Page20241002ReleaseSVE42Page");
    assertThat(compilation).generatedSourceFile("test.news.NewsCollection");
    assertThat(compilation).generatedSourceFile("test.PageIndex").contentsAsUtf8String()
        .contains("public static Entries news() {\n    if (DEV) {\n      return DevMode.call(PageIndex.class, \"news\");\n"
            + "    }\n    return NewsCollection.entries();");
    assertThat(compilation).generatedSourceFile("test.PageIndex").contentsAsUtf8String()
        .contains("public static Navigation navigation() {\n    if (DEV) {\n      return DevMode.call(PageIndex.class, "
            + "\"navigation\");\n    }\n    return MenusPage.navigation();");
  }

  @Test
  void withTheSiteStaticFolderTheOneMissingImageIsAnError() throws Exception {
    Compilation compilation = Fixture.compile(resources, corpusFiles(), "-Aquire.static=" + staticFolder());

    assertThat(compilation).failed();
    List<String> errors = Fixture.diagnostics(compilation).stream().filter(d -> d.startsWith("ERROR")).toList();
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0)).startsWith("ERROR pages/news/2024-10-02-SVE_42-Blog-MQTT.md:30:1: [QUIRE-STATIC-001] "
        + "image '/images/OMA-129_Lightweight_M2M_Logo_RGB_full.png' is not in the static folder");
  }

  private Map<String, Object> corpusFiles() throws IOException {
    Map<String, Object> files = new TreeMap<>();
    try (Stream<Path> pages = Files.list(corpus.resolve("content"))) {
      for (Path file : pages.filter(Files::isRegularFile).toList()) {
        files.put("pages/" + file.getFileName(), Files.readAllBytes(file));
      }
    }
    try (Stream<Path> news = Files.list(corpus.resolve("content/news"))) {
      for (Path file : news.toList()) {
        files.put("pages/news/" + file.getFileName(), Files.readAllBytes(file));
      }
    }
    return files;
  }

  /** An empty file for every path of the original site's static folder. */
  private Path staticFolder() throws IOException {
    Path dir = resources.resolve("site-static");
    for (String line : Files.readAllLines(corpus.resolve("static-files.txt"))) {
      if (line.startsWith("static/")) {
        Path file = dir.resolve(line.substring("static/".length()));
        Files.createDirectories(file.getParent());
        Files.createFile(file);
      }
    }
    return dir;
  }

  private static final String TAGS_FIX = "write each tag on a line of its own, starting with '- ' and indented under tags:";
  private static final String FIX = "Write the value without '#' (quote it if it starts with '#'), or delete the line";
  private static final String EMPTY_LINK = "empty link URL: the link points to the page itself; give the address, or remove the link";
  private static final String MAIL = "link URL 'helpdesk@omaorg.org' looks like an e-mail address but is a relative path; "
      + "write mailto:helpdesk@omaorg.org";

  /** Every warning the corpus deserves; the comment says what is wrong in the file. */
  private static final List<String> EXPECTED_WARNINGS = List.of(
      // about.md: both status values were commented out by a leading '#'; the original rendered no class.
      "WARNING pages/about.md:17:13: [QUIRE-PAGE-002] 'status' has no value: '#second-wide (extend the width of the image), "
          + "\"second\" pr...' is a YAML comment, so the value is empty and ignored. " + FIX,
      "WARNING pages/about.md:31:13: [QUIRE-PAGE-002] 'status' has no value: '#second-wide' is a YAML comment, so the value is "
          + "empty and ignored. " + FIX,
      // tags: security is text, not a list (the original matched it as a substring, so ?tag=s found it).
      "WARNING pages/news/2021-07-8-ENISA.md:11:7: [QUIRE-COLLECTION-001] tags is the text 'security', not a list, so "
          + "it is read as the list [security]; " + TAGS_FIX,
      // tags: s followed by an indented '- workshop': YAML folds both lines into the one text "s - workshop".
      "WARNING pages/news/2023-10-03-outreach-utility-november.md:11:7: [QUIRE-COLLECTION-001] tags is the text "
          + "'s - workshop', not a list, so it is read as the list [s - workshop]; " + TAGS_FIX,
      // [CLOSED]() and <a href=""> links that lead nowhere.
      "WARNING pages/news/2023-10-03-outreach-utility-november.md:18:51: [QUIRE-URL-004] " + EMPTY_LINK,
      "WARNING pages/news/2023-10-03-outreach-utility-november.md:44:19: [QUIRE-URL-004] " + EMPTY_LINK,
      "WARNING pages/news/2023-10-16-SVE-40-Virtual-Test-Event-Nov-23.md:48:19: [QUIRE-URL-004] " + EMPTY_LINK,
      // <a href="helpdesk@omaorg.org">: a relative path on the site, not an e-mail link.
      "WARNING pages/news/2024-02-13-Utility-Webinar-Feb-8.md:34:477: [QUIRE-URL-006] " + MAIL,
      "WARNING pages/news/2024-05-22-Release-SVE_41.md:26:671: [QUIRE-URL-006] " + MAIL,
      "WARNING pages/news/2024-10-02-Release-SVE_42.md:24:724: [QUIRE-URL-006] " + MAIL,
      // The LwM2M Open-Source Specifications title: url left empty, target _blank kept: the link is gone.
      "WARNING pages/resources.md:90:19: [QUIRE-TABLE-003] RowDynamicTable cell 'title' has a target but no url, so it "
          + "is not a link; give the url, or remove the target",
      "WARNING pages/testfests.md:20:30: [QUIRE-URL-004] " + EMPTY_LINK,
      "WARNING pages/testfests.md:22:18: [QUIRE-URL-004] " + EMPTY_LINK);
}
