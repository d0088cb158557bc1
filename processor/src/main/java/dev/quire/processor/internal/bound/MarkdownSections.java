package dev.quire.processor.internal.bound;

import dev.quire.dsl.internal.Bound;
import dev.quire.dsl.internal.Message;
import dev.quire.markdown.MarkdownRenderer;
import dev.quire.processor.internal.model.PageModel;
import dev.quire.processor.internal.source.Position;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sections of a bound page's Markdown that stand on lines of their own, rendered so that the Markdown
 * around and inside them means what it would mean with the section written out: the items of
 * {@code {{#lines}}} / {@code - {{name}}} / {@code {{/lines}}} make one list, not a list per element.
 *
 * <p>Each such section's Markdown is rendered with its lines written out no times, once, twice and
 * three times. Where the outputs differ is the section's window; in it, the output for {@code n}
 * elements is a start, a unit written {@code n} times and an end (checked against all three), and the
 * output for none is its own. The window is then written with slots: what shows for no element, and
 * start, repeated unit and end for the others. A section within a line needs none of this: its
 * markers stay where Markdown put them, and the check at the end makes sure that what it encloses is
 * whole elements.
 */
public final class MarkdownSections {
  private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(/?)>");
  private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
      "source", "track", "wbr");

  /** The most sections on lines of their own in one Markdown text: each costs three more renderings of it. */
  static final int MAX_BLOCKS = 32;

  private MarkdownSections() {}

  /**
   * A section on lines of its own: its slot, where its start and end lines begin and end in the text, and
   * whether it is one line written between such sections ({@code {{^lines}}Empty.{{/lines}}} after a
   * {@code {{/lines}}} line), whose content then ends its line.
   */
  private record Block(int slot, int openStart, int openEnd, int closeStart, int closeEnd, boolean oneLine) {}

  /**
   * The HTML of {@code text} (Markdown with markers), {@code html} being its plain rendering; problems
   * are reported through {@code placeholders} at {@code where}'s positions. Returns {@code html} itself when
   * no section stands on lines of its own.
   */
  public static String html(Placeholders placeholders, String text, String html, MarkdownRenderer.Flavor flavor,
      IntFunction<Position> where) {
    if (!Markers.contains(text)) {
      return html;
    }
    List<Block> blocks = blocks(placeholders, text, where);
    String result = html;
    if (blocks.size() > MAX_BLOCKS) {
      placeholders.report(where.apply(blocks.get(MAX_BLOCKS).openStart), Message.LIMIT_BLOCK_SECTIONS.with(blocks.size(), MAX_BLOCKS));
      return html;
    }
    if (!blocks.isEmpty()) {
      result = rendered(placeholders, text, blocks, flavor, where);
    }
    balanced(placeholders, result);
    return result;
  }

  /** The top-level sections on lines of their own; nesting and half-alone sections are reported. */
  private static List<Block> blocks(Placeholders placeholders, String text, IntFunction<Position> where) {
    List<Block> blocks = new ArrayList<>();
    Deque<int[]> open = new ArrayDeque<>();
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      String line = text.substring(lineStart, lineEnd).strip();
      boolean alone = line.length() == 3 && (line.charAt(0) == Bound.OPEN || line.charAt(0) == Bound.CLOSE);
      for (int i = lineStart; i < lineEnd; i++) {
        char c = text.charAt(i);
        if (c != Bound.OPEN && c != Bound.CLOSE) {
          continue;
        }
        int slot = slot(text, i);
        if (c == Bound.OPEN) {
          open.push(new int[] {slot, lineStart, Math.min(lineEnd + 1, text.length()), alone ? 1 : 0, i});
        } else if (!open.isEmpty() && open.peek()[0] == slot) {
          int[] start = open.pop();
          if (start[3] == 0 && !alone && start[1] == lineStart && wholeLine(text, lineStart, lineEnd, start[4], i)
              && betweenBlocks(text, lineStart, lineEnd) && open.isEmpty()) {
            // a section that is its line, next to a section's tag line: a block of its own, as Mustache reads it
            blocks.add(new Block(slot, lineStart, start[4] + 3, i, Math.min(lineEnd + 1, text.length()), true));
          } else if ((start[3] == 1) != alone) {
            placeholders.report(where.apply(alone ? start[4] : i), Message.DATA_SECTION_LINES.with());
          } else if (alone) {
            if (open.stream().anyMatch(outer -> outer[3] == 1)) {
              placeholders.report(where.apply(start[4]), Message.DATA_SECTION_NESTED_BLOCK.with());
            } else {
              blocks.add(new Block(slot, start[1], start[2], lineStart, Math.min(lineEnd + 1, text.length()), false));
            }
          }
        }
        i += 2;
      }
      lineStart = lineEnd + 1;
    }
    return blocks;
  }

  /** Whether the section from {@code open} to the close marker at {@code close} is all of its line but blanks. */
  private static boolean wholeLine(String text, int lineStart, int lineEnd, int open, int close) {
    return text.substring(lineStart, open).isBlank() && text.substring(close + 3, lineEnd).isBlank();
  }

  /** Whether the line before or after this one is a section's tag alone on its line. */
  private static boolean betweenBlocks(String text, int lineStart, int lineEnd) {
    if (lineStart > 0) {
      int before = text.lastIndexOf('\n', lineStart - 2) + 1;
      if (loneTag(text.substring(before, lineStart - 1))) {
        return true;
      }
    }
    if (lineEnd < text.length()) {
      int after = text.indexOf('\n', lineEnd + 1);
      return loneTag(text.substring(lineEnd + 1, after < 0 ? text.length() : after));
    }
    return false;
  }

  private static boolean loneTag(String line) {
    String tag = line.strip();
    return tag.length() == 3 && (tag.charAt(0) == Bound.OPEN || tag.charAt(0) == Bound.CLOSE);
  }

  private static int slot(String text, int at) {
    return Bound.slotAt(text, at);
  }

  /** {@code text} rendered with each block's window written with slots. */
  private static String rendered(Placeholders placeholders, String text, List<Block> blocks, MarkdownRenderer.Flavor flavor,
      IntFunction<Position> where) {
    String baseline = render(written(text, blocks, -1, 1), flavor);
    record Window(int start, int end, String code) {}
    List<Window> windows = new ArrayList<>();
    for (int j = 0; j < blocks.size(); j++) {
      Block block = blocks.get(j);
      boolean repeats = placeholders.slot(block.slot).kind() == Bound.Kind.EACH;
      int[] counts = repeats ? new int[] {0, 2, 3} : new int[] {0};
      String[] outputs = new String[4];
      outputs[1] = baseline;
      for (int k : counts) {
        outputs[k] = render(written(text, blocks, j, k), flavor);
      }
      int prefix = Integer.MAX_VALUE;
      for (int k : counts) {
        prefix = Math.min(prefix, commonPrefix(baseline, outputs[k]));
      }
      // a window starts and ends outside tags, so each value in it is read in the same place in every output
      if (baseline.lastIndexOf('<', prefix - 1) > baseline.lastIndexOf('>', prefix - 1)) {
        prefix = baseline.lastIndexOf('<', prefix - 1);
      }
      int suffix = Integer.MAX_VALUE;
      for (int k : counts) {
        suffix = Math.min(suffix, Math.min(commonSuffix(baseline, outputs[k]),
            Math.min(baseline.length(), outputs[k].length()) - prefix));
      }
      int end = baseline.length() - suffix;
      if (baseline.lastIndexOf('<', end - 1) > baseline.lastIndexOf('>', end - 1)) {
        int close = baseline.indexOf('>', end);
        end = close < 0 ? baseline.length() : close + 1;
      }
      suffix = baseline.length() - end;
      String[] window = new String[4];
      for (int k = 0; k < 4; k++) {
        window[k] = outputs[k] == null ? null : outputs[k].substring(prefix, outputs[k].length() - suffix);
      }
      Optional<String> code = code(placeholders, block, window);
      if (code.isEmpty()) {
        placeholders.report(where.apply(block.openStart), formChanges(placeholders, text, block, window, where));
        return baseline;
      }
      Window w = new Window(prefix, baseline.length() - suffix, code.get());
      if (!windows.isEmpty() && windows.get(windows.size() - 1).end > w.start) {
        placeholders.report(where.apply(block.openStart), Message.DATA_SECTION_RUNS_IN.with());
        return baseline;
      }
      windows.add(w);
    }
    StringBuilder out = new StringBuilder(baseline.length() * 2);
    int at = 0;
    for (Window window : windows) {
      out.append(baseline, at, window.start).append(window.code);
      at = window.end;
    }
    return out.append(baseline, at, baseline.length()).toString();
  }

  /**
   * Why a section's Markdown has no one form for every number of elements, and the fix in the file's
   * words: a list tight for one element and loose for several is the usual case (a blank line inside
   * the section puts the items apart).
   */
  private static dev.quire.dsl.internal.Problem formChanges(Placeholders placeholders, String text, Block block,
      String[] window, IntFunction<Position> where) {
    String tag = placeholders.slot(block.slot).source();
    String name = tag.replaceAll("^\\{\\{[#^]?\\s*|\\s*}}$", "");
    int blank = -1;
    for (int at = block.openEnd; at < block.closeStart; at = text.indexOf('\n', at) + 1) {
      int end = text.indexOf('\n', at);
      if (end < 0 || end > block.closeStart) {
        break;
      }
      if (text.substring(at, end).isBlank()) {
        blank = at;
        break;
      }
    }
    boolean loose = window[2] != null && window[2].contains("<li>\n<p>") && !window[1].contains("<li>\n<p>");
    String what = loose
        ? "with one element it is a list whose item stands alone, with several a list whose items are apart (each in"
            + " a paragraph)"
        : "the HTML of two elements is not the HTML of one written twice";
    String fix = blank >= 0
        ? "delete the blank line " + where.apply(blank).line() + " between " + tag + " and {{/" + name + "}}, so that"
            + " what it repeats stays together"
        : "keep the lines between " + tag + " and {{/" + name + "}} one block of Markdown, or write the section within"
            + " a line";
    return Message.DATA_SECTION_FORM.with(what, fix);
  }

  /** The window of one block as markers: no element, and start, unit, end. */
  private static Optional<String> code(Placeholders placeholders, Block block, String[] window) {
    Bound.Kind kind = placeholders.slot(block.slot).kind();
    String none = window[0].isBlank() ? "" : window[0];
    if (kind == Bound.Kind.UNLESS) {
      return Optional.of(wrap(block.slot, window[1])
          + (none.isEmpty() ? "" : wrap(placeholders.alias(block.slot, Bound.Kind.WHEN), none)));
    }
    String noneCode = none.isEmpty() ? "" : wrap(placeholders.alias(block.slot, Bound.Kind.UNLESS), none);
    if (kind != Bound.Kind.EACH) {
      return Optional.of(noneCode + wrap(block.slot, window[1]));
    }
    int unit = window[3].length() - window[2].length();
    if (unit <= 0 || window[2].length() - window[1].length() != unit) {
      return Optional.empty();
    }
    int fixed = window[1].length() - unit;
    int best = -1;
    for (int p = 0; p <= fixed; p++) {
      String start = window[3].substring(0, p);
      String repeated = window[3].substring(p, p + unit);
      String end = window[1].substring(p + unit);
      if (window[1].equals(start + repeated + end) && window[2].equals(start + repeated + repeated + end)
          && window[3].equals(start + repeated + repeated + repeated + end)) {
        if (best < 0) {
          best = p;
        }
        if (repeated.startsWith("<") && repeated.length() > 1 && Character.isLetter(repeated.charAt(1))) {
          best = p;
          break;
        }
      }
    }
    if (best < 0) {
      return Optional.empty();
    }
    String start = window[3].substring(0, best);
    String repeated = window[3].substring(best, best + unit);
    String end = window[1].substring(best + unit);
    int when = placeholders.alias(block.slot, Bound.Kind.WHEN);
    return Optional.of(noneCode + wrap(when, start + wrap(block.slot, repeated) + end));
  }

  private static String wrap(int slot, String html) {
    return Bound.marker(Bound.OPEN, slot) + html + Bound.marker(Bound.CLOSE, slot);
  }

  /**
   * {@code text} with each block's tag lines left out, block {@code only} written {@code times} times and
   * the others once. Two sections with only blank lines between them (a list and the "empty basket"
   * line after it) are kept apart by an HTML comment, which ends a paragraph or list as the tag lines do
   * for a reader (and which the sanitizer drops): one's Markdown never runs into the other's, as it
   * never does when the page is rendered, where at most one of them shows.
   */
  private static String written(String text, List<Block> blocks, int only, int times) {
    StringBuilder out = new StringBuilder(text.length() * 2);
    int at = 0;
    for (int j = 0; j < blocks.size(); j++) {
      Block block = blocks.get(j);
      String between = text.substring(at, block.openStart);
      out.append(between);
      if (j > 0 && between.isBlank()) {
        out.append(separator(text, block.openStart));
      }
      String content = text.substring(block.openEnd, block.closeStart) + (block.oneLine ? "\n" : "");
      out.append(content.repeat(j == only ? times : 1));
      at = block.closeEnd;
    }
    return out.append(text, at, text.length()).toString();
  }

  /** An HTML comment line with the indentation of the line at {@code lineStart}. */
  private static String separator(String text, int lineStart) {
    int indent = lineStart;
    while (indent < text.length() && (text.charAt(indent) == ' ' || text.charAt(indent) == '\t')) {
      indent++;
    }
    return text.substring(lineStart, indent) + "<!-- -->\n";
  }

  private static String render(String markdown, MarkdownRenderer.Flavor flavor) {
    return Markers.decodeInUrls(MarkdownRenderer.render(markdown, flavor).html());
  }

  private static int commonPrefix(String a, String b) {
    int n = Math.min(a.length(), b.length());
    int i = 0;
    while (i < n && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return i;
  }

  private static int commonSuffix(String a, String b) {
    int n = Math.min(a.length(), b.length());
    int i = 0;
    while (i < n && a.charAt(a.length() - 1 - i) == b.charAt(b.length() - 1 - i)) {
      i++;
    }
    return i;
  }

  /** An attribute of a tag: its name, then its value in double or single quotes, or unquoted. */
  private static final Pattern ATTRIBUTE = Pattern.compile(
      "([^\\s\"'=<>/]+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>]+)))?");

  /**
   * Reports each slot written into a tag where no value can go: outside a quoted attribute value (a
   * tag's name, an attribute's name, an unquoted value), or in a style or an event handler. Markdown's
   * own output never puts one there; raw HTML in the content can.
   */
  private static void inTag(Placeholders placeholders, String tag, String name) {
    if (!Markers.contains(tag)) {
      return;
    }
    boolean[] allowed = new boolean[tag.length()];
    Matcher attribute = ATTRIBUTE.matcher(tag);
    int from = 1 + name.length();
    while (from < tag.length() && attribute.find(from)) {
      String attributeName = attribute.group(1).toLowerCase(Locale.ROOT);
      int group = attribute.group(2) != null ? 2 : attribute.group(3) != null ? 3 : 0;
      if (group > 0 && !attributeName.equals("style") && !attributeName.startsWith("on")) {
        for (int i = attribute.start(group); i < attribute.end(group); i++) {
          allowed[i] = true;
        }
      }
      from = attribute.end();
    }
    for (int i = 0; i < tag.length(); i++) {
      char c = tag.charAt(i);
      if (Bound.isMarkerStart(c) && i + 2 < tag.length() && !allowed[i]) {
        PageModel.Slot slot = placeholders.slot(slot(tag, i));
        placeholders.report(slot.position(), Message.DATA_IN_TAG.with(slot.source(), name));
        i += 2;
      }
    }
  }

  /**
   * Reports each section whose start and end are in different HTML elements (a section that begins in
   * emphasis and ends after it): what it repeats must be whole elements.
   */
  private static void balanced(Placeholders placeholders, String html) {
    Deque<Integer> open = new ArrayDeque<>();
    Deque<Integer> depthAt = new ArrayDeque<>();
    int depth = 0;
    Matcher tag = TAG.matcher(html);
    int at = 0;
    while (at < html.length()) {
      char c = html.charAt(at);
      if (c == Bound.OPEN || c == Bound.CLOSE) {
        int slot = slot(html, at);
        if (c == Bound.OPEN) {
          open.push(slot);
          depthAt.push(depth);
        } else if (!open.isEmpty() && open.peek() == slot) {
          open.pop();
          int started = depthAt.pop();
          if (started != depth) {
            PageModel.Slot section = placeholders.slot(slot);
            placeholders.report(section.position(), Message.DATA_SECTION_PARTS.with(section.source()));
            depth = started;
          }
        }
        at += 3;
        continue;
      }
      if (c == '<' && tag.find(at) && tag.start() == at) {
        inTag(placeholders, tag.group(), tag.group(2).toLowerCase(Locale.ROOT));
        String name = tag.group(2).toLowerCase(Locale.ROOT);
        if (!VOID.contains(name) && tag.group(3).isEmpty()) {
          depth += tag.group(1).isEmpty() ? 1 : -1;
        }
        at = tag.end();
        continue;
      }
      at++;
    }
  }
}
