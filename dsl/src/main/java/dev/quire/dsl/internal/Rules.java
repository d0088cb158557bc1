package dev.quire.dsl.internal;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The layout rules of the module set, each with the one message both the processor and the DSL's
 * {@code build()} use. A rule returns the message when it is broken and empty otherwise. Messages
 * name the module and the property and say how to fix the value.
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
  public static final String TABLE_NEEDS_ROWS = "RowDynamicTable needs items, one per row";

  private Rules() {}

  /** RowTextImage / RowImageText {@code cols}: 1 to 11, the other column takes the rest. */
  public static Optional<String> cols(String module, int cols) {
    if (cols >= 1 && cols <= GRID_COLUMNS - 1) {
      return Optional.empty();
    }
    String other = module.equals("RowImageText") ? "text" : "image";
    return Optional.of(module + " cols " + cols + " is out of range; use 1 to 11 (the " + other
        + " column takes the rest of the 12)");
  }

  /** RowMultiColumns: one width, 1 to 12. */
  public static Optional<String> width(int width) {
    if (width >= 1 && width <= GRID_COLUMNS) {
      return Optional.empty();
    }
    return Optional.of("RowMultiColumns width " + width + " is out of range; each width is 1 to 12");
  }

  /** RowMultiColumns: the widths may not add up to more than 12. */
  public static Optional<String> widthsSum(List<Integer> widths) {
    int sum = sum(widths);
    if (sum <= GRID_COLUMNS) {
      return Optional.empty();
    }
    return Optional.of("RowMultiColumns widths " + widths + " add up to " + sum + "; a row has 12 columns");
  }

  /** RowMultiColumns: widths that add up to less than 12 leave space (a warning, not an error). */
  public static Optional<String> widthsGap(List<Integer> widths) {
    int sum = sum(widths);
    if (sum >= GRID_COLUMNS || widths.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of("RowMultiColumns widths " + widths + " add up to " + sum + "; the last "
        + (GRID_COLUMNS - sum) + " of 12 columns stay empty");
  }

  /** RowMultiColumns: one width per module. */
  public static Optional<String> widthsCount(int widths, int modules) {
    if (widths == modules) {
      return Optional.empty();
    }
    return Optional.of("RowMultiColumns has " + modules + (modules == 1 ? " module" : " modules") + " but "
        + widths + (widths == 1 ? " width" : " widths") + "; give one width per module");
  }

  /** RowMultiColumns: {@code cols}, when given, must be the number of modules. */
  public static Optional<String> columnCount(int cols, int modules) {
    if (cols == modules) {
      return Optional.empty();
    }
    return Optional.of("RowMultiColumns cols " + cols + " does not match its " + modules
        + (modules == 1 ? " module" : " modules") + "; cols is the number of modules (or leave it out)");
  }

  /** RowMultiColumns needs modules. */
  public static Optional<String> modulesPresent(int modules) {
    return modules > 0 ? Optional.empty() : Optional.of("RowMultiColumns needs at least one module");
  }

  /**
   * Space-separated CSS class names ({@code status}, a menu entry's {@code class}); {@code property}
   * names the value as the author wrote it ({@code "RowText status"}).
   */
  public static Optional<String> classes(String property, String value) {
    for (String token : value.trim().split("\\s+")) {
      if (!token.isEmpty() && !Patterns.CSS_CLASS.matcher(token).matches()) {
        return Optional.of(property + " '" + value + "' is not a list of CSS class names (\"" + token
            + "\" is not a class name)");
      }
    }
    return Optional.empty();
  }

  /** An {@code id} attribute: a letter, then letters, digits, '-' or '_'. */
  public static Optional<String> htmlId(String property, String id) {
    return Patterns.HTML_ID.matcher(id).matches() ? Optional.empty()
        : Optional.of(property + " '" + id + "' is not an HTML id; use a letter, then letters, digits, '-' or '_'");
  }

  /** A link's {@code target}: {@code _blank}, {@code _self}, {@code _parent}, {@code _top} or a window name. */
  public static Optional<String> target(String property, String target) {
    return Patterns.TARGET.matcher(target).matches() ? Optional.empty()
        : Optional.of(property + " '" + target + "' is not a link target; use _blank, _self, _parent, _top or a window name");
  }

  /** RowButtonGrid: one to twelve columns. */
  public static Optional<String> buttonColumns(int columns) {
    if (columns >= 1 && columns <= GRID_COLUMNS) {
      return Optional.empty();
    }
    return Optional.of(columns == 0 ? "RowButtonGrid needs cols, a list of columns each with an image (icon) and items"
        : "RowButtonGrid has " + columns + " columns; a row holds at most 12");
  }

  /** RowDynamicTable {@code pagination}: rows per page, at least 1. */
  public static Optional<String> pagination(int rows) {
    return rows >= 1 ? Optional.empty()
        : Optional.of("RowDynamicTable pagination " + rows + " is not a number of rows per page; use 1 or more, or leave it out");
  }

  /** RowDynamicTable: a {@code filter} key or a row's cell key must name a column. */
  public static Optional<String> columnKey(String where, String key, java.util.Collection<String> keys) {
    if (keys.contains(key)) {
      return Optional.empty();
    }
    return Optional.of("RowDynamicTable " + where + " key '" + key + "' is not a column"
        + dev.quire.dsl.internal.Suggestions.didYouMean(key, keys) + "; the columns are " + String.join(", ", keys));
  }

  /** RowDynamicTable: the message for a cell with a url (or only a target) and nothing to show. */
  public static String nothingToShow(String key, boolean hasUrl) {
    return "RowDynamicTable cell '" + key + "' has " + (hasUrl ? "a url" : "a target")
        + " but nothing to show; give it a title, an icon or an image";
  }

  /** RowDynamicTable: column keys are unique. */
  public static String duplicateColumn(String key) {
    return "RowDynamicTable has two columns with the key '" + key + "'";
  }

  private static int sum(List<Integer> widths) {
    int sum = 0;
    for (int width : widths) {
      sum += width;
    }
    return sum;
  }
}
