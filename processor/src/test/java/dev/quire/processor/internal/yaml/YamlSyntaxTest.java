package dev.quire.processor.internal.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quire.processor.internal.content.ContentReader;
import dev.quire.processor.internal.diag.Report;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** YAML that does not parse is explained in a content author's words, at the place to fix. */
class YamlSyntaxTest {
  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("no space after a colon", """
            ---
            title: x
            description:Hello
            ---
            """, "3:12 'description:' needs a space after the colon: write 'description: Hello'"),
        Arguments.of("the only key without its space", """
            ---
            title:Hello
            ---
            """, "2:6 'title:' needs a space after the colon: write 'title: Hello'"),
        Arguments.of("a key indented more than the one above", """
            ---
            title: x
             description: y
            ---
            """, "3:2 'description' is indented under 'title' (line 2), which already has a value ('x'). If it belongs"
            + " to 'title', remove the value after 'title:'; if not, line it up with 'title' (column 1)"),
        Arguments.of("a module's key indented more than its siblings", """
            ---
            modules:
              - name: RowText
                 text: hi
            ---
            """, "4:6 'text' is indented under 'name' (line 3), which already has a value ('RowText'). If it belongs"
            + " to 'name', remove the value after 'name:'; if not, line it up with 'name' (column 5)"),
        Arguments.of("a module's key indented less than its siblings", """
            ---
            modules:
              - name: RowText
               text: hi
            ---
            """, "4:4 'text' is indented less than 'name' on line 3 (column 5); keys of one mapping line up, so move"
            + " it to column 5 or, if it starts a new entry, to the column of the one it belongs to"),
        Arguments.of("a list item indented less than the others", """
            ---
            modules:
              - name: RowSeparator
                size: M
             - name: RowText
            ---
            """, "5:2 this list item is indented less than the items before it (line 3, column 3); items of one list"
            + " line up"),
        Arguments.of("a list item under a key that has a value", """
            ---
            modules: x
              - name: RowText
            ---
            """, "3:3 a list item is indented under 'modules' (line 2), which already has a value ('x'). If it"
            + " belongs to 'modules', remove the value after 'modules:'; if not, line it up with 'modules' (column 1)"),
        Arguments.of("a list item where a key belongs", """
            ---
            title: x
            - name: RowText
            ---
            """, "3:1 a list item ('- …') where a key is expected: a list belongs under a key that has nothing after"
            + " its colon (like 'modules:'), indented under it"),
        Arguments.of("a key lined up with the item's dash", """
            ---
            modules:
              - name: RowText
                text: hi
              name: x
            ---
            """, "5:3 'name' lines up with the '-' of the list item on line 3 instead of with its keys (column 5):"
            + " indent it to column 5 to add it to that item, or start a new item with '- '"),
        Arguments.of("a colon and space inside a value", """
            ---
            title: Quire: pages
            ---
            """, "2:13 the value of 'title' holds ': ', which YAML reads as the start of another key; put the value in"
            + " quotes: title: \"Quire: pages\""),
        Arguments.of("the first key indented", """
            ---
              title: x
            description: y
            ---
            """, "2:3 the keys at the top of the front matter start at column 1, but this line is indented; remove"
            + " the spaces before 'title'"),
        Arguments.of("an unclosed flow mapping", """
            ---
            modules:
              - {name: RowText, text: hi
            ---
            """, "3:5 this mapping opens with '{' but is never closed: end it with '}' on the same line"),
        Arguments.of("a value starting with a backtick", """
            ---
            description: `code`
            ---
            """, "2:14 a value cannot start with '`' (YAML keeps it for itself); put the value in quotes, like"
            + " key: \"`…\""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void explains(String name, String file, String expected) {
    Report report = new Report();
    ContentReader.read("pages/p.md", file.getBytes(StandardCharsets.UTF_8), report)
        .ifPresent(content -> FrontMatterParser.parse(content, report));
    List<String> seen = report.diagnostics().stream()
        .map(d -> d.position().line() + ":" + d.position().column() + " " + d.message()).toList();
    assertEquals(List.of(expected), seen);
    assertEquals("QUIRE-YAML-001", report.diagnostics().get(0).code().id());
  }
}
