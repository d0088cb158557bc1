package dev.quire.processor.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The README's module reference is generated from {@link Schema}, so it cannot drift: this test fails
 * when the two differ. {@code -Dquire.updateReadme=true} rewrites the README's section instead.
 */
class ModuleReferenceTest {
  static final String START = "<!-- module reference: generated from Schema by ModuleReferenceTest -->";
  static final String END = "<!-- end of module reference -->";

  @Test
  void readmeListsEveryModuleWithItsProperties() throws IOException {
    Path readme = Path.of("").toAbsolutePath();
    while (!Files.exists(readme.resolve("README.md"))) {
      readme = readme.getParent();
    }
    Path file = readme.resolve("README.md");
    String text = Files.readString(file, StandardCharsets.UTF_8);
    int start = text.indexOf(START);
    int end = text.indexOf(END);
    String expected = START + "\n\n" + reference() + END;
    if (Boolean.getBoolean("quire.updateReadme")) {
      Files.writeString(file, text.substring(0, start) + expected + text.substring(end + END.length()), StandardCharsets.UTF_8);
      return;
    }
    assertEquals(expected, start < 0 || end < 0 ? "(no module reference in README.md)" : text.substring(start, end + END.length()));
  }

  /** Every module, then the mappings nested in them and the keys of pages, dated pages and menus. */
  static String reference() {
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, Schema.Shape> module : Schema.MODULES.entrySet()) {
      shape(out, "`" + module.getKey() + "`", module.getValue());
    }
    shape(out, "RowButtonGrid `cols` entries", Schema.BUTTON_COLUMN);
    shape(out, "RowButtonGrid `items` entries (buttons)", Schema.BUTTON);
    shape(out, "RowDynamicTable `columns` entries (or just a key)", Schema.TABLE_COLUMN);
    shape(out, "RowDynamicTable cells (`items` map column keys to cells)", Schema.CELL);
    shape(out, "Page keys", Schema.PAGE);
    shape(out, "Keys of a dated page in a folder (a collection entry)", Schema.ENTRY);
    shape(out, "`menus` entries", Schema.MENU);
    return out.toString();
  }

  private static void shape(StringBuilder out, String title, Schema.Shape shape) {
    out.append("#### ").append(title).append("\n\n").append(shape.doc()).append("\n\n")
        .append("| property | type | meaning |\n|---|---|---|\n");
    shape.properties().forEach((name, property) -> out.append("| `").append(name).append("` | ")
        .append(property.type().description()).append(" | ").append(property.doc().replace("|", "\\|")).append(" |\n"));
    out.append('\n');
  }
}
