package dev.quire.processor.internal.yaml;

import dev.quire.dsl.internal.Message;
import dev.quire.dsl.internal.Problem;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says what is wrong with front matter that is not valid YAML in a content author's words, from the
 * lines themselves: SnakeYAML reports its parser's state ("expected &lt;block end&gt;, but found
 * '-'", "mapping values are not allowed here"), where an author needs to hear "this key is indented
 * more than the one above it". Each explanation names the line and column to fix; what no rule
 * recognises keeps SnakeYAML's words.
 */
final class YamlSyntax {
  /** A key: plain text without ': ' or a quoted name, then ':' and a space or the line's end. */
  private static final Pattern KEY = Pattern.compile("^(\"[^\"]*\"|'[^']*'|[^\\s#'\"{\\[\\]}>|&*!%@`,-][^#]*?|-[^\\s#][^#]*?):(?:\\s|$)");
  private static final Pattern NO_SPACE = Pattern.compile("^([^\\s:#'\"-][^\\s:]*):(\\S)");

  /** What to tell the author: the line and column in the file, and the message. */
  record Explanation(int line, int column, Problem problem) {}

  /** One line of front matter as far as its structure goes; columns are 1-based. */
  private record Line(int number, String text, int indent, boolean item, int contentColumn, Optional<String> key,
      boolean hasValue) {
    boolean meaningful() {
      return !text.isBlank() && !text.strip().startsWith("#");
    }

    String value() {
      String content = text.substring(contentColumn - 1);
      return content.substring(content.indexOf(':') + 1).strip();
    }

    static Line of(int number, String text) {
      int indent = 0;
      while (indent < text.length() && text.charAt(indent) == ' ') {
        indent++;
      }
      int content = indent;
      boolean item = text.startsWith("- ", indent) || text.substring(indent).equals("-");
      if (item) {
        content = indent + 1;
        while (content < text.length() && text.charAt(content) == ' ') {
          content++;
        }
      }
      Matcher key = KEY.matcher(text.substring(Math.min(content, text.length())));
      Optional<String> name = key.find() ? Optional.of(key.group(1).strip()) : Optional.empty();
      boolean hasValue = name.isPresent() && !text.substring(content + key.end()).isBlank()
          && !text.substring(content + key.end()).strip().startsWith("#");
      return new Line(number, text, indent + 1, item, content + 1, name, hasValue);
    }
  }

  private YamlSyntax() {}

  /**
   * Explains SnakeYAML's {@code problem} found at 0-based {@code problemLine}/{@code problemColumn}
   * of {@code frontMatter}, with the line its {@code context} started at (0-based, or -1); the front
   * matter's first line is line {@code firstLine} of its file, and the explanation counts lines so.
   */
  static Optional<Explanation> explain(String frontMatter, int firstLine, String problem, int problemLine,
      int problemColumn, int contextLine) {
    List<String> texts = frontMatter.lines().toList();
    if (problemLine < 0 || texts.isEmpty()) {
      return Optional.empty();
    }
    Line[] lines = new Line[texts.size()];
    for (int i = 0; i < texts.size(); i++) {
      lines[i] = Line.of(firstLine + i, texts.get(i));
    }
    problemLine = Math.min(problemLine, lines.length);
    if (problem.startsWith("could not find expected ':'") && contextLine >= 0 && contextLine < lines.length) {
      return Optional.of(noColon(lines[contextLine]));
    }
    Matcher reserved = Pattern.compile("found character '(.)' that cannot start any token").matcher(problem);
    if (reserved.find()) {
      return Optional.of(new Explanation(firstLine + problemLine, problemColumn + 1,
          Message.YAML_RESERVED_START.with(reserved.group(1))));
    }
    if ((problem.startsWith("expected ',' or ']'") || problem.startsWith("expected ',' or '}'")) && contextLine >= 0) {
      boolean list = problem.contains("]");
      return Optional.of(new Explanation(firstLine + contextLine, column(texts.get(contextLine), list ? '[' : '{'),
          Message.YAML_FLOW_UNCLOSED.with(list ? "list" : "mapping", list ? '[' : '{', list ? ']' : '}',
              list ? ", or write one '- ' item per line under the key" : "")));
    }
    if (problemLine >= lines.length) {
      return Optional.empty();
    }
    Line line = lines[problemLine];
    Optional<Line> previous = previous(lines, problemLine);
    if (problem.startsWith("mapping values are not allowed here")) {
      return valueNotAllowed(line, problemColumn + 1, previous);
    }
    if (problem.startsWith("expected <block end>")) {
      return blockEnd(lines, problemLine, line, previous);
    }
    if (problem.startsWith("expected '<document start>'")) {
      for (Line first : lines) {
        if (first.meaningful()) {
          return first.indent() > 1 ? Optional.of(new Explanation(first.number(), first.indent(),
              Message.YAML_TOP_INDENTED.with(first.key().orElse(first.text().strip())))) : Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  /** A whole front matter that YAML read as text, because its one key lacks the space after its colon. */
  static Optional<Explanation> missingSpace(String frontMatter, int firstLine) {
    List<String> texts = frontMatter.lines().toList();
    for (int i = 0; i < texts.size(); i++) {
      Line line = Line.of(firstLine + i, texts.get(i));
      if (line.meaningful()) {
        return NO_SPACE.matcher(line.text().substring(line.contentColumn() - 1)).find()
            ? Optional.of(noColon(line)) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static Explanation noColon(Line line) {
    Matcher noSpace = NO_SPACE.matcher(line.text().substring(line.contentColumn() - 1));
    if (noSpace.find()) {
      return new Explanation(line.number(), line.contentColumn() + noSpace.end(1), Message.YAML_NO_SPACE.with(noSpace.group(1),
          line.text().substring(line.contentColumn() + noSpace.end(1)).strip()));
    }
    return new Explanation(line.number(), line.contentColumn(), Message.YAML_NOT_KEY_VALUE.with());
  }

  private static Optional<Explanation> valueNotAllowed(Line line, int column, Optional<Line> previous) {
    if (line.key().isPresent() && column > line.contentColumn() + line.key().get().length() + 1) {
      // A second ': ' on a line that has a key: the value holds it.
      return Optional.of(new Explanation(line.number(), column, Message.YAML_COLON_IN_VALUE.with(line.key().get(),
          line.value())));
    }
    if (previous.isPresent() && previous.get().key().isPresent() && previous.get().hasValue()) {
      Line above = previous.get();
      int at = line.item() ? line.indent() : line.contentColumn();
      if (at > above.contentColumn()) {
        String what = line.item() ? "a list item" : "'" + line.key().orElse(line.text().strip()) + "'";
        return Optional.of(new Explanation(line.number(), at, Message.YAML_UNDER_VALUE.with(what, above.key().get(),
            above.number(), above.value(), above.contentColumn())));
      }
    }
    return Optional.empty();
  }

  private static Optional<Explanation> blockEnd(Line[] lines, int index, Line line, Optional<Line> previous) {
    if (previous.isEmpty()) {
      return Optional.empty();
    }
    Line above = previous.get();
    if (line.item()) {
      Optional<Line> sibling = itemAbove(lines, index);
      if (sibling.isPresent() && sibling.get().indent() > line.indent()) {
        return Optional.of(new Explanation(line.number(), line.indent(), Message.YAML_ITEM_LESS.with(sibling.get().number(),
            sibling.get().indent())));
      }
      if (above.key().isPresent() && above.hasValue()) {
        return Optional.of(new Explanation(line.number(), line.indent(), Message.YAML_ITEM_FOR_KEY.with()));
      }
      return Optional.empty();
    }
    if (line.key().isPresent() && above.key().isPresent() && line.contentColumn() < above.contentColumn()) {
      Optional<Line> item = itemAbove(lines, index);
      if (item.isPresent() && item.get().indent() == line.contentColumn()) {
        return Optional.of(new Explanation(line.number(), line.contentColumn(), Message.YAML_KEY_ON_DASH.with(line.key().get(),
            item.get().number(), item.get().contentColumn())));
      }
      return Optional.of(new Explanation(line.number(), line.contentColumn(), Message.YAML_KEY_LESS.with(line.key().get(),
          above.key().get(), above.number(), above.contentColumn())));
    }
    return Optional.empty();
  }

  /** The meaningful line before 0-based {@code index}. */
  private static Optional<Line> previous(Line[] lines, int index) {
    for (int i = index - 1; i >= 0; i--) {
      if (lines[i].meaningful()) {
        return Optional.of(lines[i]);
      }
    }
    return Optional.empty();
  }

  /** The nearest list item at or above 0-based {@code index}. */
  private static Optional<Line> itemAbove(Line[] lines, int index) {
    for (int i = Math.min(index, lines.length) - 1; i >= 0; i--) {
      if (lines[i].meaningful() && lines[i].item()) {
        return Optional.of(lines[i]);
      }
    }
    return Optional.empty();
  }

  private static int column(String text, char c) {
    int at = text.indexOf(c);
    return at < 0 ? 1 : at + 1;
  }
}
