package dev.quire.dsl;

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
  }

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

  /** RowSeparator {@code size}: one of the five sizes, any case. */
  public static Optional<String> size(String size) {
    if (Size.parse(size).isPresent()) {
      return Optional.empty();
    }
    return Optional.of("RowSeparator size '" + size + "' is not a size; use one of " + Size.allowed());
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

  /** {@code status}: space-separated CSS class names. */
  public static Optional<String> status(String module, String status) {
    for (String token : status.trim().split("\\s+")) {
      if (!token.isEmpty() && !Patterns.CSS_CLASS.matcher(token).matches()) {
        return Optional.of(module + " status '" + status + "' is not a list of CSS class names (\"" + token
            + "\" is not a class name)");
      }
    }
    return Optional.empty();
  }

  private static int sum(List<Integer> widths) {
    int sum = 0;
    for (int width : widths) {
      sum += width;
    }
    return sum;
  }
}
