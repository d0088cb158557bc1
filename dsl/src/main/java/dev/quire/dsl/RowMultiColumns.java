package dev.quire.dsl;

import dev.quire.dsl.internal.Problem;

import dev.quire.dsl.internal.Rules;
import java.util.ArrayList;
import java.util.List;

/**
 * A row of columns, one module in each. {@code widths} gives each column's share of the 12-column
 * grid. Columns may hold any module, including another RowMultiColumns (which has its own 12 columns).
 */
public final class RowMultiColumns implements Module {
  private final List<Integer> widths;
  private final List<Module> modules;

  private RowMultiColumns(Builder builder) {
    this.widths = List.copyOf(builder.widths);
    this.modules = List.copyOf(builder.modules);
  }

  /**
   * A builder with nothing set yet.
   *
   * @return a builder with nothing set yet
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String name() {
    return "RowMultiColumns";
  }

  @Override
  public void render(Html html) {
    html.open("div", "class", "row-multi-columns").open("div", "class", "row py-3");
    for (int i = 0; i < modules.size(); i++) {
      html.open("div", "class", html.columnClass(widths.get(i))).module(modules.get(i)).close();
    }
    html.close().close();
  }

  /**
   * One width (1–12) per module.
   *
   * @return one width (1–12) per module
   */
  public List<Integer> widths() {
    return widths;
  }

  /**
   * The modules, one per column.
   *
   * @return the modules, one per column
   */
  public List<Module> modules() {
    return modules;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RowMultiColumns that && widths.equals(that.widths) && modules.equals(that.modules);
  }

  @Override
  public int hashCode() {
    return 31 * widths.hashCode() + modules.hashCode();
  }

  @Override
  public String toString() {
    return "RowMultiColumns[widths=" + widths + ", modules=" + modules + "]";
  }

  /** Builds a {@link RowMultiColumns}. */
  public static final class Builder {
    private final List<Integer> widths = new ArrayList<>();
    private final List<Module> modules = new ArrayList<>();
    private Integer cols;

    private Builder() {}

    /**
     * The widths, one per module, for example {@code widths(6, 6)}.
     *
     * @param widths the column widths, in twelfths of the row
     * @return this builder
     */
    public Builder widths(int... widths) {
      this.widths.clear();
      for (int width : widths) {
        this.widths.add(width);
      }
      return this;
    }

    /**
     * Declares the number of columns; {@code build()} checks that it matches the modules.
     *
     * @param cols the width in columns, of 12
     * @return this builder
     */
    public Builder cols(int cols) {
      this.cols = cols;
      return this;
    }

    /**
     * Adds the module of the next column.
     *
     * @param module the module
     * @return this builder
     */
    public Builder module(Module module) {
      modules.add(java.util.Objects.requireNonNull(module, "module"));
      return this;
    }
    /**
     * Checks the rules and builds the module.
     *
     * @return the module
     * @throws LayoutException when a rule is broken
     */
    public RowMultiColumns build() {
      List<Problem> problems = new ArrayList<>();
      Checks.add(Rules.modulesPresent(modules.size()), problems);
      for (int width : widths) {
        Checks.add(Rules.width(width), problems);
      }
      if (!modules.isEmpty()) {
        Checks.add(Rules.widthsCount(widths.size(), modules.size()), problems);
      }
      Checks.add(Rules.widthsSum(widths), problems);
      if (cols != null) {
        Checks.add(Rules.columnCount(cols, modules.size()), problems);
      }
      LayoutException.throwIfAny(problems);
      return new RowMultiColumns(this);
    }
  }
}
