package dev.quire.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The codes are well formed, parse back, and the table of {@code docs/codes.md} lists exactly them, in order. */
class CodeTest {
  private static final Pattern ID = Pattern.compile("QUIRE-[A-Z]+-\\d{3}");

  @Test
  void idsAreWellFormedAndParseBack() {
    for (Code code : Code.values()) {
      assertTrue(ID.matcher(code.id()).matches(), code.id());
      assertEquals(Optional.of(code), Code.parse(code.id()));
      assertEquals(Optional.of(code), Code.parse(code.id().toLowerCase(Locale.ROOT).substring("quire-".length())));
    }
    assertEquals(Optional.empty(), Code.parse("QUIRE-NOPE-001"));
    assertEquals(Optional.empty(), Code.parse(""));
  }

  @Test
  void theCodesPageListsEveryCode() throws IOException {
    Path readme = Path.of("").toAbsolutePath();
    while (!Files.exists(readme.resolve("README.md"))) {
      readme = readme.getParent();
    }
    List<String> rows = new ArrayList<>();
    for (String line : Files.readAllLines(readme.resolve("docs/codes.md"))) {
      if (line.startsWith("| `QUIRE-")) {
        rows.add(line);
      }
    }
    List<String> expected = new ArrayList<>();
    for (Code code : Code.values()) {
      expected.add("| `" + code.id() + "` | " + code.severity().name().toLowerCase(Locale.ROOT) + " | "
          + code.summary().replace("|", "\\|") + " |");
    }
    assertEquals(expected, rows);
  }
}
