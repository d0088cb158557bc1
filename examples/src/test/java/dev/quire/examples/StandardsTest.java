package dev.quire.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.SAXException;

/**
 * Every page of the example site, and of the original site's corpus, through the W3C Nu HTML Checker
 * (the checker users run, in process): no error and no warning from the markup Quire writes. The
 * corpus's own raw HTML makes a few, each listed here with the content that makes it (and the
 * compile-time warning that points at it).
 */
class StandardsTest {
  /** {@code "file:/…/about/index.html":12.3-12.9: error: message}, the checker's GNU format. */
  private static final Pattern LINE = Pattern.compile("^\"[^\"]*/out/(.*?)index\\.html\":([0-9.\\-]+): (error|info warning): (.*)$");

  @TempDir Path work;

  @Test
  void theExampleSiteIsValidHtml() throws Exception {
    Path out = work.resolve("out");
    ExampleSite.writeSite(out);
    Map<String, List<String>> problems = check(out);
    assertTrue(problems.size() >= 10, "every page was checked: " + problems.keySet());
    // The seed page, the original site's IPSO page as it was written, starts its headings at #####
    // under the page's title: QUIRE-ACCESS-002 at ipso.md:29:7 says so when it compiles.
    assertEquals(Map.of("ipso", List.of(skip(5, 1))), withProblems(problems),
        "the W3C checker's errors and warnings, by page");
  }

  @Test
  void theOriginalSitesPagesAreValidHtmlButForTheirOwnRawHtml() throws Exception {
    Path corpus = CorpusSite.corpus().orElse(null);
    Assumptions.assumeTrue(corpus != null, "the original site's pages are not at " + System.getProperty("quire.corpus")
        + "; run with -Dcorpus.dir=<the folder that holds content/ and rendered/>");
    Path out = work.resolve("out");
    List<String> paths = CorpusSite.write(corpus, work, out);
    Map<String, List<String>> problems = check(out);
    assertEquals(paths.size(), problems.size(), "every page was checked");
    assertEquals(CORPUS_CONTENT, withProblems(problems), "the W3C checker's errors and warnings, by page");
  }

  private static final String IN_BUTTON = "error: The element “a” with the attribute “href” must not appear as a "
      + "descendant of the “button” element.";

  /** The checker's error for a heading of level {@code level} after one of level {@code after}. */
  private static String skip(int level, int after) {
    int skipped = level - after - 1;
    return "error: The heading “h" + level + "” (with computed level " + level + ") follows the heading “h" + after
        + "” (with computed level " + after + "), skipping " + skipped + " heading level" + (skipped == 1 ? "" : "s") + ".";
  }

  /**
   * What the corpus's own content makes the checker say (message, without positions), by page: Quire
   * writes the content as the author wrote it, and the build warns at each place (CorpusTest lists
   * the warnings). The h1 the checker counts from is the entry's title, or the page's title the
   * document supplies when the content has no level-1 heading.
   */
  private static final Map<String, List<String>> CORPUS_CONTENT = Map.ofEntries(
      // index.md's raw <img> of the old logo (QUIRE-HTML-008, QUIRE-ACCESS-001); testfests.md's <button><a>,
      // shown in the news cards' excerpts too (QUIRE-ACCESS-004).
      Map.entry("", List.of("error: Bad value “40%” for attribute “width” on element “img”: Expected a digit but saw “%” "
          + "instead.", "error: An “img” element must have an “alt” attribute, except under certain conditions. For "
          + "details, consult guidance on providing text alternatives for images.", IN_BUTTON)),
      // The first heading of these pages' content is ### (or ####) under the title (QUIRE-ACCESS-002).
      Map.entry("about", List.of(skip(3, 1), skip(5, 3))),
      Map.entry("faq", List.of(skip(3, 1))),
      Map.entry("news", List.of(IN_BUTTON)),
      Map.entry("news/2021-05-19-ENISA-lw2m2-wp", List.of(skip(3, 1))),
      Map.entry("news/2022-04-12-nuSIM_objects", List.of(skip(3, 1))),
      Map.entry("news/2022-06-14-bootstrapping-cellular-networks", List.of(skip(3, 1))),
      Map.entry("news/2023-06-09-IoT-Utilities Outreach-Post-Workshop", List.of(IN_BUTTON)),
      Map.entry("news/2023-10-03-outreach-utility-november", List.of(IN_BUTTON)),
      Map.entry("news/2023-10-16-SVE-40-Virtual-Test-Event-Nov-23", List.of(IN_BUTTON, IN_BUTTON)),
      Map.entry("news/2024-05-22-Blog-post-SVE_41", List.of(skip(4, 1))),
      Map.entry("news/2024-07-05-SVE_41-Blog-Industrial-Automation", List.of(skip(3, 1), skip(5, 3))),
      Map.entry("news/2024-07-27-Blog-Optimizing-IoT", List.of(skip(3, 1))),
      Map.entry("news/2024-07-29-SVE_41-Blog-Intelligent-Transportation", List.of(skip(3, 1))),
      Map.entry("news/2024-10-02-Release-SVE_42", List.of(skip(3, 1))),
      Map.entry("news/2024-10-02-SVE_42-Blog-MQTT", List.of(skip(3, 1))),
      Map.entry("resources", List.of(skip(3, 1))),
      Map.entry("testfests", List.of(IN_BUTTON, skip(4, 2))));

  /** The checker's messages for each page under {@code out} ({@code ""} is the root page), without positions. */
  static Map<String, List<String>> check(Path out) throws IOException, SAXException {
    EmbeddedValidator validator = new EmbeddedValidator();
    validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
    Map<String, List<String>> problems = new TreeMap<>();
    List<Path> pages;
    try (Stream<Path> files = Files.walk(out)) {
      pages = files.filter(file -> file.getFileName().toString().equals("index.html")).sorted().toList();
    }
    for (Path page : pages) {
      String path = out.relativize(page.getParent()).toString().replace('\\', '/');
      List<String> messages = new ArrayList<>();
      for (String line : validator.validate(page).split("\n")) {
        if (line.isBlank()) {
          continue;
        }
        Matcher matcher = LINE.matcher(line);
        messages.add(matcher.matches() ? matcher.group(3).replace("info ", "") + ": " + matcher.group(4) : line);
      }
      problems.put(path, messages);
    }
    return problems;
  }

  private static Map<String, List<String>> withProblems(Map<String, List<String>> problems) {
    Map<String, List<String>> with = new TreeMap<>();
    problems.forEach((page, messages) -> {
      if (!messages.isEmpty()) {
        with.put(page, messages);
      }
    });
    return with;
  }
}
