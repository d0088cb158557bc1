package dev.quire.processor.internal.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quire.processor.internal.model.Declared;
import dev.quire.processor.internal.read.Schema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The module reference ({@code docs/modules.md}) is generated from the declarations (the built-ins'
 * {@link BuiltIns}, the nested mappings' {@link Schema}), so it cannot drift: this test fails when the
 * two differ. {@code -Dquire.updateReadme=true} rewrites the page's section instead.
 */
class ModuleReferenceTest {
  static final String START = "<!-- module reference: generated from the declarations (BuiltIns, Schema) by ModuleReferenceTest -->";
  static final String END = "<!-- end of module reference -->";

  @Test
  void readmeListsEveryModuleWithItsProperties() throws IOException {
    Path file = root().resolve("docs/modules.md");
    String text = Files.readString(file, StandardCharsets.UTF_8);
    int start = text.indexOf(START);
    int end = text.indexOf(END);
    String expected = START + "\n\n" + reference() + END;
    if (Boolean.getBoolean("quire.updateReadme")) {
      Files.writeString(file, text.substring(0, start) + expected + text.substring(end + END.length()), StandardCharsets.UTF_8);
      return;
    }
    assertEquals(expected, start < 0 || end < 0 ? "(no module reference in docs/modules.md)" : text.substring(start, end + END.length()));
  }

  /**
   * A built-in's declaration and its class's javadoc say the same: the javadoc opens with the sentence the
   * README's table prints for the module, so a developer reading either reads one description.
   */
  @Test
  void eachBuiltInsJavadocOpensWithItsDeclaredDescription() throws IOException {
    Path dsl = root().resolve("dsl/src/main/java/dev/quire/dsl");
    List<String> differ = new ArrayList<>();
    for (Map.Entry<String, Declared.Shape> module : BuiltIns.shapes().entrySet()) {
      String source = Files.readString(dsl.resolve(module.getKey() + ".java"), StandardCharsets.UTF_8);
      Matcher declaration = CLASS_DECLARATION.matcher(source);
      assertTrue(declaration.find(), module.getKey() + " has no class declaration");
      // the last javadoc before the declaration (a regular expression over the comment itself
      // recurses once per character and overflows the stack on a long one)
      int start = source.lastIndexOf("/**", declaration.start());
      int end = start < 0 ? -1 : source.indexOf("*/", start);
      assertTrue(start >= 0 && end > start && end < declaration.start(), module.getKey() + " has no class javadoc");
      String text = source.substring(start + 3, end).replaceAll("(?m)^\\s*\\*\\s?", "").replaceAll("\\s+", " ").strip();
      String doc = module.getValue().doc();
      if (!text.startsWith(doc)) {
        differ.add(module.getKey() + "'s javadoc should open with \"" + doc + "\" but reads \"" + text + "\"");
      }
    }
    assertEquals(List.of(), differ);
  }

  private static final Pattern CLASS_DECLARATION =
      Pattern.compile("(?m)^public (?:final |abstract |sealed )*(?:class|interface|record) ");

  private static Path root() {
    Path dir = Path.of("").toAbsolutePath();
    while (!Files.exists(dir.resolve("README.md"))) {
      dir = dir.getParent();
    }
    return dir;
  }

  /** Every module, then the mappings nested in them and the keys of pages, dated pages and menus. */
  static String reference() {
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, Declared.Shape> module : BuiltIns.shapes().entrySet()) {
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

  private static void shape(StringBuilder out, String title, Declared.Shape shape) {
    out.append("#### ").append(title).append("\n\n").append(shape.doc()).append("\n\n")
        .append("| property | type | meaning |\n|---|---|---|\n");
    shape.components().forEach(component -> out.append("| `").append(component.name()).append("` | ")
        .append(component.type().description()).append(" | ").append(component.doc().replace("|", "\\|")).append(" |\n"));
    out.append('\n');
  }
}
