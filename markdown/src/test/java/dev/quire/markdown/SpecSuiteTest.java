package dev.quire.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quire.dsl.Markdown;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

/**
 * The contract any Markdown engine behind Quire must pass: the CommonMark spec's examples and the GFM
 * spec's (from {@code org.commonmark:commonmark-test-util}), each rendered by {@link Markdown#of}
 * and compared with the spec's HTML after both are parsed by a real HTML parser and written the same
 * way (attributes sorted, whitespace between blocks dropped, the ids Quire gives headings left out).
 *
 * <p>Every example without raw HTML (no {@code <} in its source) must render as the spec says, but for
 * the deviations listed below by example number, each with its reason, at most ten per suite, and the
 * few Quire renders differently on purpose ({@link #INTENDED}); none may be refused. Examples with raw HTML are not compared: the allowlist refuses or drops tags on purpose
 * (see {@link RawHtml}), which {@link RawHtmlTest} covers.
 */
class SpecSuiteTest {
  /** flexmark 0.64.8's own departures from the CommonMark spec (0.31.2), by example number. */
  static final Map<Integer, String> COMMONMARK_DEVIATIONS = Map.of(
      28, "a decimal character reference of more than 7 digits (&#87654321;) is read as U+FFFD, not as text",
      146, "a '~~~' fence whose info string has backticks is not read as a fence",
      215, "a link reference definition followed by a setext underline becomes the heading's text",
      216, "a link reference definition followed by '===' becomes a heading",
      312, "a list item indented 4 spaces after one indented 3 starts a new item instead of continuing the last",
      313, "a list item indented 4 spaces after a blank line is read as an item, not as indented code",
      354, "emphasis next to currency symbols ($, £, €): flexmark counts only some as punctuation",
      416, "'***' between letters on both sides (foo***bar***baz) opens no emphasis",
      417, "long runs of '*' between letters (foo******bar*********baz) open no emphasis",
      540, "link labels are matched without Unicode full case folding (ẞ does not match SS)");

  /** flexmark 0.64.8's own departures from the GFM spec (0.29), by example number. */
  static final Map<Integer, String> GFM_DEVIATIONS = Map.of(
      116, "a '~~~' fence whose info string has backticks is not read as a fence",
      184, "a link reference definition followed by a setext underline becomes the heading's text",
      185, "a link reference definition followed by '===' becomes a heading",
      202, "a line without a pipe right after a table row ends the table instead of making a row",
      292, "a list item indented 4 spaces after one indented 3 starts a new item instead of continuing the last",
      293, "a list item indented 4 spaces after a blank line is read as an item, not as indented code",
      425, "'***' between letters on both sides (foo***bar***baz) opens no emphasis",
      426, "long runs of '*' between letters (foo******bar*********baz) open no emphasis",
      625, "a bare URL ends at an unbalanced ')' even when text follows it ((business))+ok)",
      626, "a bare URL ending in an entity-like '&hl;' keeps '&hl' in the link");

  /**
   * Examples Quire renders differently on purpose, by suite and number, with the reason; not counted
   * among the deviations.
   */
  static final Map<String, Map<Integer, String>> INTENDED = Map.of(
      "/spec.txt", Map.of(
          611, "GFM's extended autolinks are on: a bare https:// URL is a link",
          612, "GFM's extended autolinks are on: a bare e-mail address is a link"),
      "/gfm-spec.txt", Map.of(
          619, "GFM's extended autolinks are on (the example shows the core syntax without them)",
          620, "GFM's extended autolinks are on (the example shows the core syntax without them)",
          628, "ftp: is not a scheme the URL policy links to: a bare ftp:// URL stays text"));

  /** One example of a spec: its number, section, Markdown and expected HTML. */
  record Example(int number, String section, String markdown, String html) {}

  @Test
  void commonMarkSpec() throws IOException {
    check("/spec.txt", COMMONMARK_DEVIATIONS);
  }

  @Test
  void gfmSpec() throws IOException {
    check("/gfm-spec.txt", GFM_DEVIATIONS);
  }

  private static void check(String resource, Map<Integer, String> deviations) throws IOException {
    assertTrue(deviations.size() <= 10, "at most ten deviations per suite");
    List<Example> examples = examples(resource);
    // The GFM spec (0.29) predates CommonMark 0.31.2's rules for some emphasis; where the two give the
    // same Markdown different HTML, the newer CommonMark spec is the one to follow.
    Map<String, String> newer = new java.util.HashMap<>();
    if (!resource.equals("/spec.txt")) {
      for (Example example : examples("/spec.txt")) {
        newer.put(example.markdown(), example.html());
      }
    }
    Map<Integer, String> intended = INTENDED.getOrDefault(resource, Map.of());
    assertTrue(examples.size() > 600, "the suite has its examples: " + examples.size());
    Map<Integer, String> differing = new TreeMap<>();
    for (Example example : examples) {
      if (example.markdown().contains("<") || intended.containsKey(example.number())) {
        continue;
      }
      String actual;
      try {
        actual = Markdown.of(example.markdown()).html();
      } catch (RuntimeException e) {
        differing.put(example.number(), "refused: " + e.getMessage());
        continue;
      }
      String want = canonical(newer.getOrDefault(example.markdown(), example.html()));
      String got = canonical(actual);
      if (!want.equals(got)) {
        differing.put(example.number(), example.section() + "\n  source: " + example.markdown().replace("\n", "\\n")
            + "\n  spec:   " + want + "\n  quire:  " + got);
      }
    }
    String unexpected = differing.entrySet().stream().filter(e -> !deviations.containsKey(e.getKey())
        || e.getValue().startsWith("refused")).map(e -> "example " + e.getKey() + ": " + e.getValue())
        .collect(Collectors.joining("\n"));
    String fixed = deviations.keySet().stream().filter(n -> !differing.containsKey(n)).map(String::valueOf)
        .collect(Collectors.joining(", "));
    assertEquals("", unexpected, resource + ": examples that differ from the spec beyond the listed deviations");
    assertEquals("", fixed, resource + ": listed deviations that now render as the spec says (take them off the list)");
  }

  /** The examples of a spec text: fenced by 32 backticks and {@code example}, Markdown and HTML split by a lone dot. */
  static List<Example> examples(String resource) throws IOException {
    String text;
    try (InputStream in = SpecSuiteTest.class.getResourceAsStream(resource)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String fence = "`".repeat(32);
    List<Example> examples = new ArrayList<>();
    String section = "";
    int number = 0;
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.startsWith("#")) {
        section = line.replaceFirst("^#+ ", "");
      } else if (line.startsWith(fence + " example")) {
        StringBuilder markdown = new StringBuilder();
        StringBuilder html = new StringBuilder();
        StringBuilder into = markdown;
        for (i++; !lines[i].equals(fence); i++) {
          if (lines[i].equals(".") && into == markdown) {
            into = html;
          } else {
            into.append(lines[i].replace('\u2192', '\t')).append('\n');
          }
        }
        number++;
        examples.add(new Example(number, section, markdown.toString(), html.toString()));
      }
    }
    return examples;
  }

  /** HTML written one way: parsed, attributes sorted, whitespace at block edges dropped, heading ids left out. */
  static String canonical(String html) {
    Element body = Jsoup.parseBodyFragment(html).body();
    StringBuilder out = new StringBuilder();
    for (Node child : body.childNodes()) {
      write(child, out, false);
    }
    return out.toString().strip();
  }

  private static final java.util.Set<String> TASK_CLASSES = java.util.Set.of("contains-task-list", "task-list-item",
      "task-list-item-checkbox");

  private static final java.util.Set<String> BLOCKS = java.util.Set.of("p", "li", "ul", "ol", "blockquote", "pre",
      "h1", "h2", "h3", "h4", "h5", "h6", "hr", "table", "thead", "tbody", "tr", "th", "td", "div", "section", "body");

  private static void write(Node node, StringBuilder out, boolean pre) {
    if (node instanceof TextNode text) {
      String value = text.getWholeText();
      if (!pre) {
        value = value.replaceAll("[ \\t\\n]+", " ");
        if (value.isBlank() && text.parent() != null && BLOCKS.contains(text.parent().normalName())
            && (text.previousSibling() == null || text.nextSibling() == null || isBlock(text.previousSibling())
                || isBlock(text.nextSibling()))) {
          return;
        }
        if (text.previousSibling() == null || isBlock(text.previousSibling())) {
          value = value.stripLeading();
        }
        if (text.nextSibling() == null || isBlock(text.nextSibling())) {
          value = value.stripTrailing();
        }
      }
      out.append(Entities.escape(value));
      return;
    }
    if (node instanceof Element element) {
      String tag = element.normalName();
      out.append('<').append(tag);
      Map<String, String> attributes = new TreeMap<>();
      for (Attribute attribute : element.attributes()) {
        if (attribute.getKey().equals("id") && tag.matches("h[1-6]")
            || attribute.getKey().equals("class") && TASK_CLASSES.contains(attribute.getValue())
            || attribute.getKey().equals("aria-label") && tag.equals("input")) {
          continue; // Quire's additions: heading ids, GitHub's task list classes, a name for each box
        }
        attributes.put(attribute.getKey(), attribute.getValue());
      }
      attributes.forEach((k, v) -> out.append(' ').append(k).append("=\"").append(Entities.escape(v)).append('"'));
      out.append('>');
      for (Node child : element.childNodes()) {
        write(child, out, pre || tag.equals("pre"));
      }
      out.append("</").append(tag).append('>');
    }
  }

  private static boolean isBlock(Node node) {
    return node instanceof Element element && BLOCKS.contains(element.normalName());
  }
}
