package dev.quire.dsl.internal;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The layout rules of the module set, written once: a rule returns its {@link Problem} (its code and
 * its message from the {@link Message} catalogue) when it is broken and empty otherwise; the processor
 * reports it at the content file's place, and the builders' {@code build()} throw it in a
 * {@code LayoutException} with the same code. Messages name the module and the property and say how
 * to fix the value.
 */
public final class Rules {
  /** Columns in a Bootstrap row. */
  public static final int GRID_COLUMNS = 12;

  /** Compiled on first use (a status), not when the first page class loads. */
  private static final class Patterns {
    static final Pattern CSS_CLASS = Pattern.compile("-?[_a-zA-Z][_a-zA-Z0-9-]*");
    static final Pattern HTML_ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");
    static final Pattern TARGET = Pattern.compile("_blank|_self|_parent|_top|[A-Za-z][A-Za-z0-9_-]*");
  }

  /** RowDynamicTable: a table needs rows. */
  public static final Problem TABLE_NEEDS_ROWS = Message.MODULE_TABLE_ROWS.with();

  private Rules() {}

  /** RowTextImage / RowImageText {@code cols}: 1 to 11, the other column takes the rest. */
  public static Optional<Problem> cols(String module, int cols) {
    if (cols >= 1 && cols <= GRID_COLUMNS - 1) {
      return Optional.empty();
    }
    return Optional.of(Message.GRID_COLS_RANGE.with(module, cols, module.equals("RowImageText") ? "text" : "image"));
  }

  /** RowMultiColumns: one width, 1 to 12. */
  public static Optional<Problem> width(int width) {
    if (width >= 1 && width <= GRID_COLUMNS) {
      return Optional.empty();
    }
    return Optional.of(Message.GRID_WIDTH_RANGE.with(width));
  }

  /** RowMultiColumns: the widths may not add up to more than 12. */
  public static Optional<Problem> widthsSum(List<Integer> widths) {
    int sum = sum(widths);
    if (sum <= GRID_COLUMNS) {
      return Optional.empty();
    }
    return Optional.of(Message.GRID_WIDTHS_SUM.with(widths, sum));
  }

  /** RowMultiColumns: widths that add up to less than 12 leave space (a warning, not an error). */
  public static Optional<Problem> widthsGap(List<Integer> widths) {
    int sum = sum(widths);
    if (sum >= GRID_COLUMNS || widths.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Message.GRID_WIDTHS_GAP.with(widths, sum, GRID_COLUMNS - sum));
  }

  /** RowMultiColumns: one width per module. */
  public static Optional<Problem> widthsCount(int widths, int modules) {
    if (widths == modules) {
      return Optional.empty();
    }
    return Optional.of(Message.GRID_WIDTHS_COUNT.with(modules + (modules == 1 ? " module" : " modules"),
        widths + (widths == 1 ? " width" : " widths")));
  }

  /** RowMultiColumns: {@code cols}, when given, must be the number of modules. */
  public static Optional<Problem> columnCount(int cols, int modules) {
    if (cols == modules) {
      return Optional.empty();
    }
    return Optional.of(Message.GRID_COLS_COUNT.with(cols, modules + (modules == 1 ? " module" : " modules")));
  }

  /** RowMultiColumns needs modules. */
  public static Optional<Problem> modulesPresent(int modules) {
    return modules > 0 ? Optional.empty() : Optional.of(Message.GRID_NO_MODULES.with());
  }

  /**
   * Space-separated CSS class names ({@code status}, a menu entry's {@code class}); {@code property}
   * names the value as the author wrote it ({@code "RowText status"}).
   */
  public static Optional<Problem> classes(String property, String value) {
    for (String token : value.trim().split("\\s+")) {
      if (!token.isEmpty() && !Patterns.CSS_CLASS.matcher(token).matches()) {
        return Optional.of(Message.TYPE_CLASSES.with(property, value, token));
      }
    }
    return Optional.empty();
  }

  /** An {@code id} attribute: a letter, then letters, digits, '-' or '_'. */
  public static Optional<Problem> htmlId(String property, String id) {
    return Patterns.HTML_ID.matcher(id).matches() ? Optional.empty() : Optional.of(Message.TYPE_ID.with(property, id));
  }

  /** A link's {@code target}: {@code _blank}, {@code _self}, {@code _parent}, {@code _top} or a window name. */
  public static Optional<Problem> target(String property, String target) {
    return Patterns.TARGET.matcher(target).matches() ? Optional.empty()
        : Optional.of(Message.TYPE_TARGET.with(property, target));
  }

  /** RowButtonGrid: one to twelve columns. */
  public static Optional<Problem> buttonColumns(int columns) {
    if (columns >= 1 && columns <= GRID_COLUMNS) {
      return Optional.empty();
    }
    return Optional.of(columns == 0 ? Message.MODULE_NO_BUTTON_COLUMNS.with() : Message.MODULE_BUTTON_COLUMNS.with(columns));
  }

  /** RowDynamicTable {@code pagination}: rows per page, at least 1. */
  public static Optional<Problem> pagination(int rows) {
    return rows >= 1 ? Optional.empty() : Optional.of(Message.TABLE_PAGINATION.with(rows));
  }

  /** RowDynamicTable: a {@code filter} key or a row's cell key must name a column. */
  public static Optional<Problem> columnKey(String where, String key, java.util.Collection<String> keys) {
    if (keys.contains(key)) {
      return Optional.empty();
    }
    return Optional.of(Message.TABLE_KEY.with(where, key, Suggestions.didYouMean(key, keys), String.join(", ", keys)));
  }

  /** RowDynamicTable: the message for a cell with a url (or only a target) and nothing to show. */
  public static Problem nothingToShow(String key, boolean hasUrl) {
    return Message.TABLE_NOTHING_TO_SHOW.with(key, hasUrl ? "a url" : "a target");
  }

  /** RowDynamicTable: column keys are unique. */
  public static Problem duplicateColumn(String key) {
    return Message.TABLE_DUPLICATE_COLUMN.with(key);
  }

  private static int sum(List<Integer> widths) {
    int sum = 0;
    for (int width : widths) {
      sum += width;
    }
    return sum;
  }
}
