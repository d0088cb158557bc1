package dev.quire.markdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Writes what flexmark renders its own way as GitHub writes it, on the rendered tree before it is
 * checked and sanitized: task list items, footnotes, empty table bodies and escaped pipes in table
 * cells. The one place that knows flexmark's markup for these; another engine behind
 * {@link MarkdownRenderer} would write GitHub's markup itself and need none of it.
 *
 * <ul>
 *   <li>Task items: {@code <ul class="contains-task-list"><li class="task-list-item"><input
 *       type="checkbox" class="task-list-item-checkbox" disabled> text}, checked ones {@code checked},
 *       each box labelled by its item's text (a form control without a name fails WCAG 4.1.2).
 *   <li>Footnotes: references numbered in the order they are first made, {@code <sup><a href="#fn-label"
 *       id="fnref-label" data-footnote-ref>1</a></sup>}; at the end {@code <section class="footnotes"
 *       data-footnotes>}, a heading for screen readers, and an ordered list whose items end with a
 *       back-link to each reference ({@code aria-label="Back to reference 1"}). Ids are the labels as
 *       written when they are letters, digits, {@code -} and {@code _}, else the footnote's number.
 *   <li>A table without rows has no {@code tbody}; {@code \|} in a cell's code is a pipe.
 * </ul>
 */
final class GfmMarkup {
  /** Marks the checkboxes written here, so the sanitizer keeps those and no other input; never left in the output. */
  static final String TASK_MARK = "data-quire-task";

  private static final Evaluator TASK_BOXES = QueryParser.parse("li.task-list-item input.task-list-item-checkbox");
  private static final Evaluator TABLE_BODIES = QueryParser.parse("table > tbody");
  private static final Evaluator CELL_CODE = QueryParser.parse("td code, th code");

  private GfmMarkup() {}

  /**
   * Rewrites {@code rendered} in place.
   *
   * @param rendered the rendered HTML, parsed
   * @param labels each footnote's label by the number flexmark gave it
   * @param markers each task item's marker in document order, {@code !} before one GFM does not read as a
   *     marker (no space after it), which is then text again
   * @param tables whether the text has tables
   */
  static void rewrite(Document rendered, Map<Integer, String> labels, List<String> markers, boolean tables) {
    if (!markers.isEmpty()) {
      taskItems(rendered, markers);
    }
    if (!labels.isEmpty()) {
      footnotes(rendered, labels);
    }
    if (tables) {
      for (Element body : rendered.select(TABLE_BODIES)) {
        if (body.children().isEmpty()) {
          body.remove();
        }
      }
      for (Element code : rendered.select(CELL_CODE)) {
        for (TextNode text : code.textNodes()) {
          text.text(text.getWholeText().replace("\\|", "|"));
        }
      }
    }
  }

  private static void taskItems(Document rendered, List<String> markers) {
    int index = 0;
    for (Element box : rendered.select(TASK_BOXES)) {
      boolean checked = box.hasAttr("checked");
      Element item = box.closest("li");
      String marker = index < markers.size() ? markers.get(index) : "";
      index++;
      if (marker.startsWith("!")) {
        if (box.nextSibling() instanceof TextNode after && after.getWholeText().startsWith("\u00a0")) {
          after.text(after.getWholeText().substring(1));
        }
        box.replaceWith(new TextNode(marker.substring(1)));
        item.removeClass("task-list-item");
        if (item.classNames().isEmpty()) {
          item.removeAttr("class");
        }
        continue;
      }
      Element input = new Element("input").attr("type", "checkbox").addClass("task-list-item-checkbox").attr("disabled", true)
          .attr(TASK_MARK, true);
      if (checked) {
        input.attr("checked", true);
      }
      if (box.nextSibling() instanceof TextNode after && after.getWholeText().startsWith("\u00a0")) {
        after.text(" " + after.getWholeText().substring(1));
      }
      box.replaceWith(input);
      input.attr("aria-label", itemText(item));
      if (item.parent() != null) {
        item.parent().addClass("contains-task-list");
      }
    }
  }

  /** The text of a list item without its nested lists: what its checkbox is for. */
  private static String itemText(Element item) {
    StringBuilder text = new StringBuilder();
    for (Node child : item.childNodes()) {
      if (child instanceof TextNode node) {
        text.append(node.getWholeText());
      } else if (child instanceof Element element && !element.normalName().equals("ul") && !element.normalName().equals("ol")) {
        text.append(element.text()).append(' ');
      }
    }
    String label = text.toString().replaceAll("\\s+", " ").strip();
    return label.isEmpty() ? "task" : label;
  }

  private static void footnotes(Document rendered, Map<Integer, String> labels) {
    Element old = rendered.selectFirst("div.footnotes");
    if (old == null) {
      return;
    }
    Map<String, Element> notes = new LinkedHashMap<>();
    for (Element item : old.select("> ol > li[id^=fn-]")) {
      notes.put(item.id(), item);
    }
    Map<String, Integer> numbers = new LinkedHashMap<>();
    Map<String, List<String>> references = new LinkedHashMap<>();
    for (Element reference : rendered.select("sup > a.footnote-ref")) {
      String note = reference.attr("href").substring(1);
      Element sup = reference.parent();
      if (!notes.containsKey(note)) {
        continue;
      }
      int number = numbers.computeIfAbsent(note, n -> numbers.size() + 1);
      String id = id(note, labels, number);
      List<String> made = references.computeIfAbsent(note, n -> new ArrayList<>());
      String referenceId = "fnref-" + id + (made.isEmpty() ? "" : "-" + (made.size() + 1));
      made.add(referenceId);
      Element link = new Element("a").attr("href", "#fn-" + id).attr("id", referenceId).attr("data-footnote-ref", true)
          .text(String.valueOf(number));
      Element replacement = new Element("sup").appendChild(link);
      sup.replaceWith(replacement);
    }
    Element section = new Element("section").addClass("footnotes").attr("data-footnotes", true);
    section.appendElement("h2").addClass("sr-only").text("Footnotes");
    Element list = section.appendElement("ol");
    for (Map.Entry<String, Integer> entry : numbers.entrySet()) {
      Element item = notes.get(entry.getKey());
      String id = id(entry.getKey(), labels, entry.getValue());
      item.select("> a.footnote-backref").remove();
      Element note = list.appendElement("li").attr("id", "fn-" + id);
      for (Node child : new ArrayList<>(item.childNodes())) {
        note.appendChild(child);
      }
      Element last = note.children().isEmpty() ? null : note.children().last();
      Element into = last != null && last.normalName().equals("p") ? last : note;
      List<String> made = references.get(entry.getKey());
      for (int i = 0; i < made.size(); i++) {
        String which = entry.getValue() + (i == 0 ? "" : "-" + (i + 1));
        into.appendText(" ");
        Element back = into.appendElement("a").attr("href", "#" + made.get(i)).attr("data-footnote-backref", true)
            .attr("aria-label", "Back to reference " + which).addClass("data-footnote-backref").text("\u21a9");
        if (i > 0) {
          back.appendElement("sup").text(String.valueOf(i + 1));
        }
      }
    }
    if (numbers.isEmpty()) {
      old.remove();
    } else {
      old.replaceWith(section);
    }
  }

  /** A footnote's id: its label when that is letters, digits, '-' and '_', else its number. */
  private static String id(String flexmarkId, Map<Integer, String> labels, int number) {
    String label;
    try {
      label = labels.getOrDefault(Integer.parseInt(flexmarkId.substring("fn-".length())), "");
    } catch (NumberFormatException e) {
      label = "";
    }
    return label.matches("[\\p{L}\\p{N}_-]{1,64}") ? label : String.valueOf(number);
  }
}
