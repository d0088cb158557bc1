package dev.quire.processor.internal.read;

import dev.quire.dsl.internal.Message;
import dev.quire.processor.internal.diag.Report;
import dev.quire.processor.internal.source.Position;
import java.util.ArrayList;
import java.util.List;

/**
 * The headings of one page in the order it shows them (its modules' Markdown, then its body), checked
 * as a screen reader's outline: each at most one level below the one before, the first below the
 * page's title, which is level 1 (the entry's header, or the level-1 heading the document supplies
 * when the content has none). A skip is a warning at the heading that skips.
 */
public final class Outline {
  /** A heading a text writes, or ({@code at} null) the headings a module writes one level below the one before. */
  private record Heading(Position at, int level, String what) {}

  private final List<Heading> headings = new ArrayList<>();

  /** A heading of level {@code level} written at {@code at}. */
  void heading(Position at, int level) {
    headings.add(new Heading(at, level, null));
  }

  /**
   * Headings a module writes itself, one level below the heading before them wherever they are (the
   * titles of a news module's entries, {@code Html.subheadingLevel}): {@code what} names them.
   */
  public void moduleHeadings(String what) {
    headings.add(new Heading(null, 0, what));
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
}
