package dev.quire.dsl;

import java.util.ArrayList;
import java.util.List;

/**
 * A row of columns, one module per column; {@code widths} gives each column's share of the 12-column
 * grid. Columns may hold any module, including another RowMultiColumns (which has its own 12 columns).
 */
public final class RowMultiColumns implements Module {
  private final List<Integer> widths;
  private final List<Module> modules;

  private RowMultiColumns(Builder builder) {
    this.widths = List.copyOf(builder.widths);
    this.modules = List.copyOf(builder.modules);
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String name() {
    return "RowMultiColumns";
  }

  /** One width (1–12) per module. */
  public List<Integer> widths() {
    return widths;
  }

  /** The modules, one per column. */
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

    /** The widths, one per module, for example {@code widths(6, 6)}. */
    public Builder widths(int... widths) {
      this.widths.clear();
      for (int width : widths) {
        this.widths.add(width);
      }
      return this;
    }

    /** Declares the number of columns; {@code build()} checks that it matches the modules. */
    public Builder cols(int cols) {
      this.cols = cols;
      return this;
    }

    /** Adds the module of the next column. */
    public Builder module(Module module) {
      modules.add(java.util.Objects.requireNonNull(module, "module"));
      return this;
    }

    /** @throws LayoutException when a rule is broken */
    public RowMultiColumns build() {
      List<String> problems = new ArrayList<>();
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
