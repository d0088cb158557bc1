package dev.quire.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Tests are found by the feature's name: the table of {@code CONTRIBUTING.md}'s "Where the tests are"
 * lists every test class of the repository under the feature it tests, and names none that does not
 * exist.
 */
class ContributingTest {
  private static final Path ROOT = Path.of("..");
  private static final Pattern NAMED = Pattern.compile("`([A-Z][A-Za-z0-9]*Test)`");

  @Test
  void theTableOfTestsListsEveryTestClass() throws IOException {
    String text = Files.readString(ROOT.resolve("CONTRIBUTING.md"), StandardCharsets.UTF_8);
    int start = text.indexOf("## Where the tests are");
    assertTrue(start >= 0, "CONTRIBUTING.md has a section \"Where the tests are\"");
    int end = text.indexOf("\n## ", start + 1);
    String section = text.substring(start, end < 0 ? text.length() : end);
    String table = section.lines().filter(line -> line.startsWith("| ")).reduce("", (a, b) -> a + b + "\n");
    Set<String> listed = new TreeSet<>();
    Matcher matcher = NAMED.matcher(table);
    while (matcher.find()) {
      listed.add(matcher.group(1));
    }
    Set<String> classes = new TreeSet<>();
    try (Stream<Path> walk = Files.walk(ROOT)) {
      walk.filter(path -> path.getFileName().toString().endsWith("Test.java"))
          .filter(path -> path.toString().replace('\\', '/').contains("/src/test/java/"))
          .filter(path -> !path.toString().replace('\\', '/').contains("/target/"))
          .forEach(path -> classes.add(path.getFileName().toString().replace(".java", "")));
    }
    assertTrue(classes.size() > 40, "the test classes were found: " + classes);
    Set<String> missing = new TreeSet<>(classes);
    missing.removeAll(listed);
    Set<String> gone = new TreeSet<>(listed);
    gone.removeAll(classes);
    assertEquals(Set.of(), missing, "test classes the table does not list");
    assertEquals(Set.of(), gone, "names in the table that are no test class");
  }
}
