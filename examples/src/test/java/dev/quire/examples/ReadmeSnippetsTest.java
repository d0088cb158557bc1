package dev.quire.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Keeps the README's snippets equal to the consumer projects that prove them. A snippet marked
 * {@code <!-- snippet: PATH -->} in the README must appear in PATH line for line (indentation aside);
 * the projects under {@code src/it} are built by the Maven running the build (maven-invoker-plugin in
 * {@code mvn verify}) and run the snippets' code.
 */
class ReadmeSnippetsTest {
  private static final Path ROOT = Path.of("..");
  private static final Pattern SNIPPET = Pattern.compile("<!-- snippet: (\\S+) -->\n```[a-z]*\n(.*?)```", Pattern.DOTALL);
  private static final String POM_HEADER = """
      <?xml version="1.0" encoding="UTF-8"?>
      <project xmlns="http://maven.apache.org/POM/4.0.0"
               xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
               xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
      <modelVersion>4.0.0</modelVersion>
      <groupId>com.example</groupId>
      <artifactId>%s</artifactId>
      <version>1.0</version>
      """;

  record Snippet(Path file, String text) {}

  private static List<Snippet> snippets() throws IOException {
    List<Snippet> snippets = new ArrayList<>();
    List<Path> pages = new ArrayList<>(List.of(ROOT.resolve("README.md"), ROOT.resolve("CONTRIBUTING.md")));
    try (java.util.stream.Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    for (Path page : pages) {
      Matcher matcher = SNIPPET.matcher(Files.readString(page));
      while (matcher.find()) {
        snippets.add(new Snippet(ROOT.resolve(matcher.group(1)), matcher.group(2)));
      }
    }
    return snippets;
  }

  @Test
  void everyMarkedSnippetIsInItsConsumerProject() throws IOException {
    List<Snippet> snippets = snippets();
    assertTrue(snippets.size() >= 6, "the README marks its snippets: " + snippets.size());
    for (Snippet snippet : snippets) {
      assertTrue(Files.isRegularFile(snippet.file()), "no file " + snippet.file());
      List<String> file = stripped(Files.readString(snippet.file()));
      List<String> lines = stripped(snippet.text());
      assertFalse(lines.isEmpty());
      assertTrue(java.util.Collections.indexOfSubList(file, lines) >= 0,
          snippet.file() + " does not contain the README's snippet:\n" + snippet.text());
    }
  }

  @Test
  void theMavenSnippetIsTheWholeConsumerPom() throws IOException {
    Snippet maven = snippet("examples/src/it/readme/pom.xml");
    assertEquals(POM_HEADER.formatted("readme") + maven.text() + "</project>\n", Files.readString(maven.file()),
        "the consumer's pom is the README's snippet and nothing else");
  }

  @Test
  void theOtherConsumersAreTheMavenSnippetWithTheReadmesWebjarsAndNothingElse() throws IOException {
    for (String project : List.of("readme-stylesheet", "readme-site", "readme-error", "readme-modules", "readme-data",
        "readme-dev")) {
      Path file = ROOT.resolve("examples/src/it/" + project + "/pom.xml");
      String pom = Files.readString(file);
      for (Snippet snippet : snippets()) {
        if (snippet.file().equals(file)) {
          pom = pom.replace("<dependencies>\n" + snippet.text(), "<dependencies>\n");
        }
      }
      assertEquals(Files.readString(ROOT.resolve("examples/src/it/readme/pom.xml")).replace("readme", project), pom,
          project + " adds the README's dependency (a webjar, the dev-mode processor), if any, and nothing else");
    }
  }

  @Test
  void theContentFileAndPackageAreTheReadmesExactly() throws IOException {
    for (String path : List.of("examples/src/it/readme/src/main/resources/pages/about.md",
        "examples/src/it/readme/src/main/java/com/example/site/package-info.java")) {
      Snippet snippet = snippet(path);
      assertEquals(snippet.text(), Files.readString(snippet.file()), path);
    }
  }

  private static Snippet snippet(String path) throws IOException {
    return snippets().stream().filter(s -> s.file().equals(ROOT.resolve(path))).findFirst()
        .orElseThrow(() -> new AssertionError("the README has no snippet for " + path));
  }

  private static List<String> stripped(String text) {
    return text.lines().map(String::strip).toList();
  }
}
