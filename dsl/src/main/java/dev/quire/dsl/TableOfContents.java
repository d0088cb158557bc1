package dev.quire.dsl;

import dev.quire.dsl.internal.Message;
import dev.quire.dsl.internal.Problem;
import dev.quire.dsl.internal.Rules;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Links to the page's headings (modules' and body's), nested by level, in a nav landmark. The landmark
 * is named by the table's title. Content files write {@code - name: TableOfContents} and the processor
 * gives it the page's own headings (every module's and the body's, in the order the page shows them);
 * hand-written pages give it theirs with {@link Builder#heading}.
 *
 * <p>It lists {@link #depth()} levels, counted from the highest heading it is given: a page whose
 * sections are {@code ##} and {@code ###} shows both at the default depth 2, a page written with
 * {@code #####} headings shows those. A heading two levels below the one before is nested one level,
 * never under an empty item. Without headings it writes nothing.
 */
public final class TableOfContents implements Module {
  /** The title and the landmark's name when none is set. */
  public static final String DEFAULT_TITLE = "Contents";
  /** How many levels are listed when no depth is set. */
  public static final int DEFAULT_DEPTH = 2;
  /** The most levels there are to list: h1 to h6. */
  public static final int MAX_DEPTH = 6;

  /**
   * A heading of the page: its level (1 to 6), its id (what the link goes to, {@code #id}) and its
   * text as a reader sees it.
   *
   * @param level 1 for h1 to 6 for h6
   * @param id the heading's id, without {@code #}
   * @param text the heading's text
   */
  public record Heading(int level, String id, String text) {
    /**
     * Checks the components.
     *
     * @param level 1 for h1 to 6 for h6
     * @param id the heading's id, without {@code #}
     * @param text the heading's text
     * @throws IllegalArgumentException when the level is not 1 to 6 or the id is empty or has white space
     */
    public Heading {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(text, "text");
      if (level < 1 || level > MAX_DEPTH) {
        throw new IllegalArgumentException("a heading's level is 1 to 6, not " + level);
      }
      if (id.isEmpty() || hasWhitespace(id)) {
        throw new IllegalArgumentException("a heading's id is not empty and has no white space: '" + id + "'");
      }
    }
  }

  private static boolean hasWhitespace(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isWhitespace(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private final String title;
  private final int depth;
  private final String status;
  private final List<Heading> headings;

  private TableOfContents(Builder builder) {
    this.title = builder.title;
    this.depth = builder.depth;
    this.status = Checks.classes(builder.status);
    this.headings = List.copyOf(builder.headings);
  }

  /**
   * A builder with the default title and depth and no headings.
   *
   * @return a builder with the default title and depth and no headings
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The headings a table of {@code depth} levels lists out of {@code headings}: those at most
   * {@code depth - 1} levels below the highest of them, in their order.
   *
   * @param headings the page's headings, in the order it shows them
   * @param depth how many levels to list, 1 to 6
   * @return the headings listed
   */
  public static List<Heading> listed(List<Heading> headings, int depth) {
    int highest = MAX_DEPTH;
    for (Heading heading : headings) {
      highest = Math.min(highest, heading.level());
    }
    List<Heading> listed = new ArrayList<>();
    for (Heading heading : headings) {
      if (heading.level() < highest + depth) {
        listed.add(heading);
      }
    }
    return listed;
  }

  @Override
  public String name() {
    return "TableOfContents";
  }

  /**
   * Writes {@code <nav class="table-of-contents" aria-label="title">}, the title, and a list of links
   * nested by level; nothing when there is no heading to list.
   *
   * @param html the writer
   */
  @Override
  public void render(Html html) {
    List<Heading> listed = listed(headings, depth);
    if (listed.isEmpty()) {
      return;
    }
    html.open("nav", "class", Parts.classes("table-of-contents", status()), "aria-label", title)
        .open("p", "class", "table-of-contents-title").text(title).close();
    // The level of each open list: a heading deeper than the last opens a list in its item; one
    // at or above the level of an enclosing list closes the lists down to that one.
    int[] open = new int[MAX_DEPTH + 1];
    int lists = 0;
    for (Heading heading : listed) {
      if (lists == 0) {
        html.open("ul");
        open[lists++] = heading.level();
      } else {
        while (lists > 1 && heading.level() <= open[lists - 2]) {
          html.close().close();
          lists--;
        }
        if (heading.level() > open[lists - 1]) {
          html.open("ul");
          open[lists++] = heading.level();
        } else {
          html.close();
        }
      }
      html.open("li").open("a", "href", "#" + heading.id()).text(heading.text()).close();
    }
    for (int i = 0; i < lists; i++) {
      html.close().close();
    }
    html.close();
  }

  /**
   * The title: shown above the list and the name of its landmark.
   *
   * @return the title
   */
  public String title() {
    return title;
  }

  /**
   * How many heading levels it lists, from the highest heading it is given.
   *
   * @return how many heading levels it lists
   */
  public int depth() {
    return depth;
  }

  /**
   * Extra CSS classes for the {@code nav}.
   *
   * @return extra CSS classes for the {@code nav}
   */
  public Optional<String> status() {
    return Optional.ofNullable(status);
  }

  /**
   * The headings it was given, in order (it lists those within its depth).
   *
   * @return the headings it was given
   */
  public List<Heading> headings() {
    return headings;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TableOfContents that && title.equals(that.title) && depth == that.depth
        && Objects.equals(status, that.status) && headings.equals(that.headings);
  }

  @Override
  public int hashCode() {
    return Objects.hash(title, depth, status, headings);
  }

  @Override
  public String toString() {
    return "TableOfContents[title=" + title + ", depth=" + depth + ", status=" + status + ", headings=" + headings + "]";
  }

  /** Builds a {@link TableOfContents}. */
  public static final class Builder {
    private String title = DEFAULT_TITLE;
    private int depth = DEFAULT_DEPTH;
    private String status;
    private final List<Heading> headings = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the title (default {@value TableOfContents#DEFAULT_TITLE}).
     *
     * @param title the title
     * @return this builder
     */
    public Builder title(String title) {
      this.title = Objects.requireNonNull(title, "title");
      return this;
    }

    /**
     * Sets how many levels it lists (default {@value TableOfContents#DEFAULT_DEPTH}).
     *
     * @param depth 1 to 6
     * @return this builder
     */
    public Builder depth(int depth) {
      this.depth = depth;
      return this;
    }

    /**
     * Sets the status.
     *
     * @param status the status
     * @return this builder
     */
    public Builder status(String status) {
      this.status = Objects.requireNonNull(status, "status");
      return this;
    }

    /**
     * Adds headings, in the order the page shows them.
     *
     * @param headings the headings
     * @return this builder
     */
    public Builder headings(List<Heading> headings) {
      for (Heading heading : headings) {
        this.headings.add(Objects.requireNonNull(heading, "heading"));
      }
      return this;
    }

    /**
     * Adds a heading after those added before.
     *
     * @param level 1 for h1 to 6 for h6
     * @param id the heading's id, without {@code #}
     * @param text the heading's text
     * @return this builder
     */
    public Builder heading(int level, String id, String text) {
      headings.add(new Heading(level, id, text));
      return this;
    }

    /**
     * Checks the rules and builds the module.
     *
     * @return the module
     * @throws LayoutException when a rule is broken
     */
    public TableOfContents build() {
      List<Problem> problems = new ArrayList<>();
      if (title.isBlank()) {
        problems.add(Message.CONTENTS_TITLE.with());
      }
      if (depth < 1 || depth > MAX_DEPTH) {
        problems.add(Message.TYPE_RANGE.with("TableOfContents depth", depth, 1, MAX_DEPTH));
      }
      if (status != null) {
        Checks.add(Rules.classes("TableOfContents status", status), problems);
      }
      LayoutException.throwIfAny(problems);
      return new TableOfContents(this);
    }
  }
}
