package dev.quire.languageserver;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is at a place of a content file, read from its lines as an author writes them (the file may
 * not parse while it is being typed): a module's name after {@code name:}, a key being written in a
 * module or at the top of the front matter, a key's value, or a link's address in Markdown. The module
 * a key belongs to is found the way YAML nests it: by the column its keys start at.
 *
 * @param kind what the place is
 * @param word what is written there so far, which a completion replaces
 * @param wordStart the character (UTF-16) where {@code word} starts on the line
 * @param module the module the key belongs to (empty: the front matter's top level)
 * @param key the key whose value this is (for {@link Kind#VALUE}), or the placeholder's path before
 *     its last segment (for {@link Kind#PLACEHOLDER})
 * @param keys the keys the module or top level has already
 */
record Cursor(Kind kind, String word, int wordStart, Optional<String> module, Optional<String> key, Set<String> keys) {
  /** What a place of a content file is. */
  enum Kind { MODULE_NAME, KEY, VALUE, LINK, PLACEHOLDER, NONE }

  private static final Pattern NAME = Pattern.compile("^(\\s*)(-\\s+)?name:\\s*([\\w]*)$");
  private static final Pattern KEY = Pattern.compile("^(\\s*)(-\\s+)?([A-Za-z_][\\w-]*)?$");
  private static final Pattern VALUE = Pattern.compile("^(\\s*)(-\\s+)?([A-Za-z_][\\w-]*):\\s+(\\S*(?: \\S*)?)$");
  private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]*)$");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*[#^/]?\\s*([\\w.]*)$");
  private static final Pattern ITEM_NAME = Pattern.compile("^name:\\s*([\\w]+)");
  private static final Pattern A_KEY = Pattern.compile("^([A-Za-z_][\\w-]*):");

  static final Cursor NONE = new Cursor(Kind.NONE, "", 0, Optional.empty(), Optional.empty(), Set.of());

  /** The place at {@code line} and {@code character} (0-based, UTF-16) of {@code text}. */
  static Cursor at(String text, int line, int character) {
    List<String> lines = text.lines().toList();
    if (line < 0 || line >= lines.size() && !(line == lines.size() && (text.isEmpty() || text.endsWith("\n")))) {
      return NONE;
    }
    String current = line < lines.size() ? lines.get(line) : "";
    String prefix = current.substring(0, Math.min(Math.max(0, character), current.length()));
    int close = frontMatterEnd(lines);
    Matcher placeholder = PLACEHOLDER.matcher(prefix);
    if (placeholder.find()) {
      // the path so far: the segments before the last dot say whose accessors; the rest is replaced
      String path = placeholder.group(1);
      int dot = path.lastIndexOf('.');
      return new Cursor(Kind.PLACEHOLDER, path.substring(dot + 1), placeholder.start(1) + dot + 1, Optional.empty(),
          Optional.of(dot < 0 ? "" : path.substring(0, dot)), Set.of());
    }
    Matcher link = LINK.matcher(prefix);
    if (link.find()) {
      return new Cursor(Kind.LINK, link.group(1), link.start(1), Optional.empty(), Optional.empty(), Set.of());
    }
    if (line == 0 || close >= 0 && line >= close) {
      return NONE;
    }
    Matcher name = NAME.matcher(prefix);
    if (name.matches()) {
      return new Cursor(Kind.MODULE_NAME, name.group(3), name.start(3), Optional.empty(), Optional.empty(), Set.of());
    }
    Matcher key = KEY.matcher(prefix);
    if (key.matches()) {
      int column = key.group(1).length() + (key.group(2) == null ? 0 : key.group(2).length());
      String word = key.group(3) == null ? "" : key.group(3);
      return new Cursor(Kind.KEY, word, column, owner(lines, line, column), Optional.empty(), keys(lines, line, column));
    }
    Matcher value = VALUE.matcher(prefix);
    if (value.matches()) {
      int column = value.group(1).length() + (value.group(2) == null ? 0 : value.group(2).length());
      return new Cursor(Kind.VALUE, value.group(4), value.start(4), owner(lines, line, column),
          Optional.of(value.group(3)), Set.of());
    }
    return NONE;
  }

  /** The line of the front matter's closing {@code ---}, or -1 when it is not closed (yet). */
  static int frontMatterEnd(List<String> lines) {
    if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
      return -1;
    }
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).stripTrailing().equals("---")) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The module whose keys start at {@code column}, the place being on {@code line}: the item above
   * whose {@code name:} is at that column, within the lines that are still that item's.
   */
  static Optional<String> owner(List<String> lines, int line, int column) {
    if (column == 0) {
      return Optional.empty();
    }
    for (int i = Math.min(line, lines.size() - 1); i >= 1; i--) {
      String text = lines.get(i);
      if (text.isBlank()) {
        continue;
      }
      int indent = indent(text);
      boolean item = text.startsWith("- ", indent) || text.equals(" ".repeat(indent) + "-");
      int content = item ? indent + 1 + indent(text.substring(indent + 1)) : indent;
      if (content == column) {
        Matcher named = ITEM_NAME.matcher(text.substring(content));
        if (named.find()) {
          return Optional.of(named.group(1));
        }
        if (item) {
          return Optional.empty();
        }
      } else if (content < column) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * The keys already written in the mapping whose keys start at {@code column}, around {@code line}:
   * from the line that starts its list item (or the front matter's first line) to the line before
   * the next item or a line less indented.
   */
  static Set<String> keys(List<String> lines, int line, int column) {
    int first = Math.min(line, lines.size() - 1);
    while (first > 1 && !startsItem(lines.get(first), column) && (lines.get(first - 1).isBlank()
        || indent(lines.get(first - 1)) >= column || startsItem(lines.get(first - 1), column))) {
      first--;
    }
    Set<String> keys = new TreeSet<>();
    for (int i = Math.max(1, first); i < lines.size(); i++) {
      String text = lines.get(i);
      if (i > first && (text.strip().equals("---") || !text.isBlank() && indent(text) < column
          || startsItem(text, column))) {
        break;
      }
      int content = startsItem(text, column) ? column : indent(text);
      Matcher key = A_KEY.matcher(text.substring(Math.min(content, text.length())));
      if (i != line && content == column && key.find()) {
        keys.add(key.group(1));
      }
    }
    return keys;
  }

  /** Whether {@code text} starts a list item whose keys start at {@code column} ({@code  - name: …}). */
  private static boolean startsItem(String text, int column) {
    int indent = indent(text);
    return text.startsWith("- ", indent) && indent + 1 + indent(text.substring(indent + 1)) == column;
  }

  private static int indent(String text) {
    int indent = 0;
    while (indent < text.length() && text.charAt(indent) == ' ') {
      indent++;
    }
    return indent;
  }
}
