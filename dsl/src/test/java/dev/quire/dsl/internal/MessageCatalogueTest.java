package dev.quire.dsl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quire.dsl.Code;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The one catalogue of messages holds together: every message names a code that exists, every code has
 * its words in the catalogue, its row in {@code docs/codes.md}, an example there (its messages, made
 * from the catalogue) and a test that produces it (a test source of the project that expects the
 * code). {@code -Dquire.updateDocs=true} rewrites the messages part of {@code docs/codes.md}.
 */
class MessageCatalogueTest {
  static final String START = "<!-- messages: generated from dev.quire.dsl.internal.Message by MessageCatalogueTest -->";
  static final String END = "<!-- end of messages -->";

  @Test
  void everyMessageNamesACodeAndEveryCodeHasMessages() {
    Set<Code> spoken = java.util.EnumSet.noneOf(Code.class);
    for (Message message : Message.values()) {
      Code code = Code.parse(message.code()).orElseThrow(() -> new AssertionError(message + " names no code: "
          + message.code()));
      spoken.add(code);
      assertFalse(message.template().isBlank(), message.name());
    }
    List<Code> silent = new ArrayList<>();
    for (Code code : Code.values()) {
      if (!spoken.contains(code)) {
        silent.add(code);
      }
    }
    assertEquals(List.of(), silent, "codes with no message in the catalogue");
  }

  @Test
  void aMessageFillsItsArgumentsInOrderAndRefusesTheWrongCount() {
    Problem problem = Message.GRID_WIDTHS_SUM.with(List.of(6, 7), 13);
    assertEquals("QUIRE-GRID-001", problem.code());
    assertEquals("RowMultiColumns widths [6, 7] add up to 13; a row has 12 columns", problem.message());
    // An argument named twice takes one value.
    assertEquals("the section {{#lines}} is not closed: end it with {{/lines}} in the same value",
        Message.DATA_SECTION_UNCLOSED.with("lines").message());
    assertThrows(IllegalArgumentException.class, () -> Message.GRID_WIDTHS_SUM.with(List.of(6, 7)));
    assertThrows(IllegalArgumentException.class, () -> Message.GRID_NO_MODULES.with("extra"));
    for (Message message : Message.values()) {
      Object[] values = message.arguments().stream().map(name -> (Object) ("<" + name + ">")).toArray();
      String text = message.with(values).message();
      assertFalse(text.contains("${"), message + " leaves an argument unfilled: " + text);
    }
  }

  @Test
  void everyCodeHasATestThatProducesIt() throws IOException {
    Map<String, Set<String>> tests = tests();
    List<String> untested = new ArrayList<>();
    for (Code code : Code.values()) {
      if (tests.getOrDefault(code.id(), Set.of()).isEmpty()) {
        untested.add(code.id());
      }
    }
    assertEquals(List.of(), untested, "codes no test of the project expects");
  }

  @Test
  void theCodesPageShowsEveryCodesMessages() throws IOException {
    Path file = root().resolve("docs/codes.md");
    String text = Files.readString(file, StandardCharsets.UTF_8);
    String expected = START + "\n\n" + messages(tests()) + END;
    int start = text.indexOf(START);
    int end = text.indexOf(END);
    if (Boolean.getBoolean("quire.updateDocs")) {
      String rest = start < 0 ? text + "\n" + expected + "\n" : text.substring(0, start) + expected
          + text.substring(end + END.length());
      Files.writeString(file, rest, StandardCharsets.UTF_8);
      return;
    }
    assertTrue(start >= 0 && end > start, "docs/codes.md has no messages section; run with -Dquire.updateDocs=true");
    assertEquals(expected, text.substring(start, end + END.length()));
  }

  /** Each code's messages, as their templates read with their arguments in italics, and the tests that expect it. */
  private static String messages(Map<String, Set<String>> tests) {
    Map<String, List<Message>> byCode = new TreeMap<>();
    for (Message message : Message.values()) {
      byCode.computeIfAbsent(message.code(), key -> new ArrayList<>()).add(message);
    }
    StringBuilder out = new StringBuilder();
    for (Code code : Code.values()) {
      out.append("#### `").append(code.id()).append("` (").append(code.severity().name().toLowerCase(Locale.ROOT))
          .append(")\n\n").append(code.summary()).append(".\n\n");
      for (Message message : byCode.getOrDefault(code.id(), List.of())) {
        out.append("- ").append(shown(message.template())).append('\n');
      }
      List<String> by = new ArrayList<>(tests.getOrDefault(code.id(), Set.of()));
      out.append("\nTested by ").append(String.join(", ", by.subList(0, Math.min(3, by.size()))))
          .append(by.size() > 3 ? " and " + (by.size() - 3) + " more" : "").append(".\n\n");
    }
    return out.toString();
  }

  /** A template as the page shows it: {@code ${widths}} as <i>widths</i>, Markdown's own characters escaped. */
  private static String shown(String template) {
    String text = template.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("<", "&lt;")
        .replace("`", "\\`").replace("|", "\\|").replace("\n", " ⏎ ");
    return text.replaceAll("\\$\\{([a-z]+)\\}", "<i>$1</i>");
  }

  /** Each code's id, and the test classes that expect it (named in a test source outside this catalogue's tests). */
  private static Map<String, Set<String>> tests() throws IOException {
    Map<String, Set<String>> found = new TreeMap<>();
    Path root = root();
    List<Path> sources = new ArrayList<>();
    for (String module : List.of("dsl", "markdown", "runtime", "processor", "maven-plugin", "spring-boot-starter",
        "examples")) {
      Path tests = root.resolve(module).resolve("src/test");
      if (Files.isDirectory(tests)) {
        try (Stream<Path> walk = Files.walk(tests)) {
          walk.filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".md") && p.toString().contains("fuzz"))
              .sorted().forEach(sources::add);
        }
      }
    }
    for (Path source : sources) {
      String name = source.getFileName().toString().replaceAll("\\.(java|md)$", "");
      if (name.equals("MessageCatalogueTest") || name.equals("CodeTest")) {
        continue;
      }
      String text = Files.readString(source, StandardCharsets.UTF_8);
      for (Code code : Code.values()) {
        if (text.contains(code.id())) {
          found.computeIfAbsent(code.id(), key -> new LinkedHashSet<>()).add(source.toString().endsWith(".md")
              ? "the fuzzer's regression file " + source.getFileName() : name);
        }
      }
    }
    return found;
  }

  private static Path root() {
    Path dir = Path.of("").toAbsolutePath();
    while (!Files.exists(dir.resolve("README.md"))) {
      dir = dir.getParent();
    }
    return dir;
  }
}
