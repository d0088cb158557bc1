package dev.quire.processor.internal.read;

import dev.quire.dsl.TableOfContents;
import dev.quire.dsl.internal.Message;
import dev.quire.processor.internal.bound.Markers;
import dev.quire.processor.internal.diag.Report;
import dev.quire.processor.internal.model.PageModel;
import dev.quire.processor.internal.source.Position;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The headings of one page in the order it shows them (its modules' Markdown, then its body), checked
 * as a screen reader's outline: each at most one level below the one before, the first below the
 * page's title, which is level 1 (the entry's header, or the level-1 heading the document supplies
 * when the content has none). A skip is a warning at the heading that skips.
 *
 * <p>The same headings, with their ids and text, are what the page's tables of contents list: each
 * {@code TableOfContents} module is registered here while the page is read and checked once the whole
 * page is (it may stand before the headings it lists).
 */
public final class Outline {
  /**
   * A heading a text writes ({@code id} empty when it has none), or ({@code at} null) the headings a
   * module writes one level below the one before.
   */
  private record Heading(Position at, int level, String id, String text, String what) {
    /** Its id or text comes from the model: known only when the page is rendered. */
    boolean bound() {
      return Markers.contains(id) || Markers.contains(text);
    }
  }

  /** A table of contents of the page, where its module is written. */
  private record Contents(Position at, Position titleAt, String title, int depth) {}

  private final List<Heading> headings = new ArrayList<>();
  private final List<Contents> contents = new ArrayList<>();

  /** A heading of level {@code level} written at {@code at}, with its id (empty when none) and text. */
  void heading(Position at, int level, String id, String text) {
    headings.add(new Heading(at, level, id, text, null));
  }

  /**
   * Headings a module writes itself, one level below the heading before them wherever they are (the
   * titles of a news module's entries, {@code Html.subheadingLevel}): {@code what} names them.
   */
  public void moduleHeadings(String what) {
    headings.add(new Heading(null, 0, "", "", what));
  }

  /**
   * A table of contents written at {@code at}, its title at {@code titleAt}: it lists the page's
   * headings within {@code depth} levels of the highest.
   */
  public void contents(Position at, Position titleAt, String title, int depth) {
    contents.add(new Contents(at, titleAt, title, depth));
  }

  /** Reports each heading that skips a level. */
  void check(Report report) {
    int last = 1;
    String before = "the page's title (level 1)";
    for (Heading heading : headings) {
      int level = heading.at() == null ? Math.min(6, last + 1) : heading.level();
      if (heading.at() != null && level > last + 1) {
        int expected = last + 1;
        String skipped = expected == level - 1 ? "level " + expected : "levels " + expected + " to " + (level - 1);
        report.add(heading.at(), Message.A11Y_HEADING_SKIP.with(level, before, skipped, expected,
            "#".repeat(expected) + " or <h" + expected + ">"));
      }
      last = level;
      before = heading.at() == null ? heading.what() + " (level " + level + ")"
          : "the level-" + level + " heading on line " + heading.at().line();
    }
  }

  /**
   * The headings the page's tables of contents list, in page order (none without a table); each
   * table reported when it lists nothing or shares its title with another, and each heading reported
   * that a table leaves out because the model makes its text.
   */
  List<TableOfContents.Heading> contents(Report report) {
    if (contents.isEmpty()) {
      return List.of();
    }
    List<TableOfContents.Heading> known = new ArrayList<>();
    for (Heading heading : headings) {
      if (heading.at() != null && !heading.id().isEmpty() && !heading.bound()) {
        known.add(new TableOfContents.Heading(heading.level(), heading.id(), heading.text().strip()));
      }
    }
    Set<TableOfContents.Heading> listed = new LinkedHashSet<>();
    Set<Heading> leftOut = new LinkedHashSet<>();
    for (int i = 0; i < contents.size(); i++) {
      Contents table = contents.get(i);
      List<TableOfContents.Heading> shown = TableOfContents.listed(known, table.depth());
      if (shown.isEmpty()) {
        report.add(table.at(), Message.CONTENTS_EMPTY.with());
      }
      listed.addAll(shown);
      int highest = shown.stream().mapToInt(TableOfContents.Heading::level).min().orElse(1);
      for (Heading heading : headings) {
        if (heading.at() != null && heading.bound() && heading.level() < highest + table.depth() && leftOut.add(heading)) {
          report.add(heading.at(), Message.CONTENTS_BOUND_HEADING.with(table.at().line()));
        }
      }
      Optional<Contents> same = contents.subList(0, i).stream().filter(other -> other.title().equals(table.title())).findFirst();
      same.ifPresent(other -> report.add(table.titleAt(), Message.CONTENTS_SAME_TITLE.with(table.title(), other.at().line())));
    }
    // Page order, as each table's list is: a heading listed by a deeper table only stays in its place.
    return known.stream().filter(listed::contains).toList();
  }

  /** The links the page's tables of contents make, each where its table is written: {@code #id}. */
  List<PageModel.Link> contentsLinks(List<TableOfContents.Heading> listed) {
    List<PageModel.Link> links = new ArrayList<>();
    for (Contents table : contents) {
      for (TableOfContents.Heading heading : TableOfContents.listed(listed, table.depth())) {
        links.add(new PageModel.Link("#" + heading.id(), table.at(), false, "TableOfContents"));
      }
    }
    return links;
  }
}
