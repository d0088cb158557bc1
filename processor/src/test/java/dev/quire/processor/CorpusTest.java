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

  private static final String IMAGE = " image has no alternative text (its title), so a screen reader says nothing of it: "
      + "add title: what it shows, or title: \"\" for an image that is only decoration";
  private static final String IN_BUTTON = "<a> inside <button>: a browser and a screen reader see one control, and which "
      + "one a click or Enter reaches is not defined; write the link alone, styled as a button: "
      + "<a href=\"…\" class=\"btn btn-light\">…</a>";

  /** A heading that skips levels: {@code level} after {@code after}, which should be {@code expected}. */
  private static String skip(String place, int level, String after, int expected) {
    String skipped = expected == level - 1 ? "level " + expected : "levels " + expected + " to " + (level - 1);
    return "WARNING pages/" + place + ": [QUIRE-ACCESS-002] this heading is level " + level + " after " + after
        + ": a screen reader's outline of the page skips " + skipped + "; make it level " + expected + " ("
        + "#".repeat(expected) + " or <h" + expected + ">)";
  }

  private static final String TITLE = "the page's title (level 1)";

  /**
   * Every warning the corpus deserves; the comment says what is wrong in the file. The headings that
   * skip a level are each one the W3C checker and axe-core flag on the rendered page (an entry's
   * title is its header's level-1 heading; a page without one gets it from the document).
   */
  private static final List<String> EXPECTED_WARNINGS = List.of(
      // about.md: its first heading is ### and the next #####; both images have no title (alternative text).
      skip("about.md:8:7", 3, TITLE, 2),
      "WARNING pages/about.md:16:12: [QUIRE-ACCESS-001] RowImageText" + IMAGE,
      // about.md: both status values were commented out by a leading '#'; the original rendered no class.
      "WARNING pages/about.md:17:13: [QUIRE-PAGE-002] 'status' has no value: '#second-wide (extend the width of the image), "
          + "\"second\" pr...' is a YAML comment, so the value is empty and ignored. " + FIX,
      skip("about.md:19:7", 5, "the level-3 heading on line 8", 4),
      "WARNING pages/about.md:30:12: [QUIRE-ACCESS-001] RowTextImage" + IMAGE,
      "WARNING pages/about.md:31:13: [QUIRE-PAGE-002] 'status' has no value: '#second-wide' is a YAML comment, so the value is "
          + "empty and ignored. " + FIX,
      skip("faq.md:10:7", 3, TITLE, 2),
      // index.md: the old logo, raw <img> without alt, sized width="40%" (HTML allows pixels only).
      "WARNING pages/index.md:10:11: [QUIRE-ACCESS-001] <img> has no alt, so a screen reader reads out its file name: add "
          + "alt=\"what it shows\", or alt=\"\" for an image that is only decoration",
      "WARNING pages/index.md:10:48: [QUIRE-HTML-008] width=\"40%\" on <img> is not a whole number of pixels, the only value "
          + "HTML allows there (the W3C checker reports it): write width=\"400\", or style=\"width: 40%\"",
      // Entries whose body starts with ### under the entry's title.
      skip("news/2021-05-19-ENISA-lw2m2-wp.md:15:1", 3, TITLE, 2),
      // tags: security is text, not a list (the original matched it as a substring, so ?tag=s found it).
      "WARNING pages/news/2021-07-8-ENISA.md:11:7: [QUIRE-COLLECTION-001] tags is the text 'security', not a list, so "
          + "it is read as the list [security]; " + TAGS_FIX,
      skip("news/2022-04-12-nuSIM_objects.md:25:1", 3, TITLE, 2),
      skip("news/2022-06-14-bootstrapping-cellular-networks.md:25:1", 3, TITLE, 2),
      // <button><a href="…">…</a></button>: a link inside a button, six times in four files.
      "WARNING pages/news/2023-06-09-IoT-Utilities Outreach-Post-Workshop.md:38:15: [QUIRE-ACCESS-004] " + IN_BUTTON,
      // tags: s followed by an indented '- workshop': YAML folds both lines into the one text "s - workshop".
      "WARNING pages/news/2023-10-03-outreach-utility-november.md:11:7: [QUIRE-COLLECTION-001] tags is the text "
          + "'s - workshop', not a list, so it is read as the list [s - workshop]; " + TAGS_FIX,
      // [CLOSED]() and <a href=""> links that lead nowhere.
      "WARNING pages/news/2023-10-03-outreach-utility-november.md:18:51: [QUIRE-URL-004] " + EMPTY_LINK,
      "WARNING pages/news/2023-10-03-outreach-utility-november.md:44:15: [QUIRE-ACCESS-004] " + IN_BUTTON,
      "WARNING pages/news/2023-10-03-outreach-utility-november.md:44:19: [QUIRE-URL-004] " + EMPTY_LINK,
      "WARNING pages/news/2023-10-16-SVE-40-Virtual-Test-Event-Nov-23.md:17:15: [QUIRE-ACCESS-004] " + IN_BUTTON,
      "WARNING pages/news/2023-10-16-SVE-40-Virtual-Test-Event-Nov-23.md:48:15: [QUIRE-ACCESS-004] " + IN_BUTTON,
      "WARNING pages/news/2023-10-16-SVE-40-Virtual-Test-Event-Nov-23.md:48:19: [QUIRE-URL-004] " + EMPTY_LINK,
      // <a href="helpdesk@omaorg.org">: a relative path on the site, not an e-mail link.
      "WARNING pages/news/2024-02-13-Utility-Webinar-Feb-8.md:34:477: [QUIRE-URL-006] " + MAIL,
      skip("news/2024-05-22-Blog-post-SVE_41.md:53:1", 4, TITLE, 2),
      "WARNING pages/news/2024-05-22-Release-SVE_41.md:26:671: [QUIRE-URL-006] " + MAIL,
      skip("news/2024-07-05-SVE_41-Blog-Industrial-Automation.md:15:1", 3, TITLE, 2),
      skip("news/2024-07-05-SVE_41-Blog-Industrial-Automation.md:57:1", 5, "the level-3 heading on line 15", 4),
      skip("news/2024-07-27-Blog-Optimizing-IoT.md:22:1", 3, TITLE, 2),
      skip("news/2024-07-29-SVE_41-Blog-Intelligent-Transportation.md:19:1", 3, TITLE, 2),
      "WARNING pages/news/2024-10-02-Release-SVE_42.md:24:724: [QUIRE-URL-006] " + MAIL,
      skip("news/2024-10-02-Release-SVE_42.md:26:1", 3, TITLE, 2),
      skip("news/2024-10-02-SVE_42-Blog-MQTT.md:22:1", 3, TITLE, 2),
      // "please visit <a href= …>omaspecworks.org." and no </a>: the original's browser made an empty second link.
      "WARNING pages/news/2024-10-02-SVE_42-Blog-MQTT.md:61:58: [QUIRE-HTML-007] this <a> is never closed: a browser "
          + "carries the link on into the text after it (and Quire drops the empty copy it would make); write </a> where "
          + "the link's text ends",
      skip("resources.md:10:7", 3, TITLE, 2),
      // The LwM2M Open-Source Specifications title: url left empty, target _blank kept: the link is gone.
      "WARNING pages/resources.md:90:19: [QUIRE-TABLE-003] RowDynamicTable cell 'title' has a target but no url, so it "
          + "is not a link; give the url, or remove the target",
      "WARNING pages/testfests.md:20:30: [QUIRE-URL-004] " + EMPTY_LINK,
      "WARNING pages/testfests.md:22:15: [QUIRE-ACCESS-004] " + IN_BUTTON,
      "WARNING pages/testfests.md:22:18: [QUIRE-URL-004] " + EMPTY_LINK,
      skip("testfests.md:69:1", 4, "the level-2 heading on line 65", 3));
}
