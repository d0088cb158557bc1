package dev.quire.dsl;

import dev.quire.dsl.internal.Problem;

import dev.quire.dsl.internal.Rules;
import dev.quire.dsl.internal.UrlPolicy;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A table with every row in the page; search, sorting and pages work in the browser with a small script.
 * Without the script the table still shows every row. The script comes with the runtime and adds search
 * over the {@code filter} columns, sorting by the sortable headers and pages of {@code pagination} rows.
 * Without columns, the columns are the rows' keys in order, labelled in Start Case and not sortable.
 */
public final class RowDynamicTable implements Module {
  private final String description;
  private final List<TableColumn> columns;
  private final List<TableRow> rows;
  private final Integer pagination;
  private final List<String> filter;

  private RowDynamicTable(Builder builder, List<TableColumn> columns) {
    this.description = builder.description;
    this.columns = List.copyOf(columns);
    this.rows = List.copyOf(builder.rows);
    this.pagination = builder.pagination;
    this.filter = List.copyOf(builder.filter);
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
    return "RowDynamicTable";
  }

  /**
   * Writes the original's table markup with every row in it (search box and pager hidden until the
   * table script shows them, so without script it is a plain, complete table); each cell carries its
   * sort key, each sortable header {@code aria-sort} (the script puts its label in a button). Native
   * table elements, no ARIA roles over them: a screen reader reads the table as a table. Asks the
   * renderer for the table script.
   *
   * @param html the writer
   */
  @Override
  public void render(Html html) {
    html.requireScript("table");
    html.open("div", "class", "row-dynamic-table",
            "data-pagination", pagination().isPresent() ? String.valueOf(pagination().get()) : null,
            "data-filter", filter().isEmpty() ? null : String.join(" ", filter()))
        .open("div", "class", "row pt-5 pb-5").open("div", "class", "col").open("div", "class", "row")
        .open("div", "class", "col");
    if (!filter().isEmpty()) {
      html.open("div", "role", "group", "class", "form-row form-group", "hidden", "")
          .open("label", "class", "col-sm-1 col-form-label col-form-label-sm text-sm-left").text("Filter").close()
          .open("div", "class", "col").open("div", "role", "group", "class", "input-group input-group-sm")
          .open("input", "type", "search", "placeholder", "Type to Search", "aria-label", "Filter", "class", "form-control")
          .close().close().close();
    }
    html.close();
    if (pagination().isPresent()) {
      html.open("div", "class", html.columnClass(3))
          .open("nav", "aria-label", "Pagination", "hidden", "")
          .open("ul", "class", "pagination my-0 mb-3 b-pagination pagination-sm text-center")
          .close().close().close();
    }
    List<TableColumn> columns = columns();
    html.close().open("div", "class", "row").open("div", "class", "col")
        .open("table", "aria-rowcount", String.valueOf(rows().size()),
            "aria-colcount", String.valueOf(columns.size()), "aria-label", description().orElse(null),
            "class", "table b-table table-striped table-hover")
        .open("thead").open("tr");
    for (int i = 0; i < columns.size(); i++) {
      TableColumn column = columns.get(i);
      html.open("th", "scope", "col", "data-key", column.key(), "aria-colindex", String.valueOf(i + 1),
              "aria-sort", column.sortable() ? "none" : null,
              "class", column.sortable() ? "position-relative b-table-sort-icon-left" : "position-relative")
          .open("div").text(column.label()).close();
      html.close();
    }
    html.close().close().open("tbody");
    for (int r = 0; r < rows().size(); r++) {
      TableRow row = rows().get(r);
      html.open("tr");
      for (int i = 0; i < columns.size(); i++) {
        Cell cell = row.cell(columns.get(i).key()).orElse(Cell.EMPTY);
        html.open("td", "aria-colindex", String.valueOf(i + 1), "data-sort", cell.sortKey()).open("div");
        cell(html, cell, columns.get(i).label());
        html.close().close();
      }
      html.close();
    }
    // tbody, table, and the five divs around it
    html.close().close().close().close().close().close().close();
  }

  private static void cell(Html html, Cell cell, String columnLabel) {
    switch (cell.kind()) {
      case TEXT -> {
        html.open("div");
        if (cell.title().isPresent()) {
          // A date keeps its text as written and says what day it is; the CSS keeps it on one line.
          java.util.Optional<java.time.LocalDate> date = dev.quire.dsl.internal.Dates.parse(cell.title().get());
          html.open("p");
          if (date.isPresent()) {
            html.open("time", "datetime", date.get().toString()).text(cell.title().get()).close();
          } else {
            html.text(cell.title().get());
          }
          html.close();
        }
        html.close();
      }
      case LINK -> html.open("a", Parts.link(Parts.NONE, cell.url(), cell.target())).text(cell.title().orElse("")).close();
      case ICON -> html.icon(cell.icon().get());
      case LINK_ICON -> html.open("a", Parts.link(Parts.NONE, cell.url(), cell.target(),
          "aria-label", cell.title().orElse(columnLabel))).icon(cell.icon().get()).close();
      case IMAGE -> Parts.image(html, cell.image(), Optional.of(cell.title().orElse("")));
      case LINK_IMAGE -> {
        html.open("a", Parts.link(Parts.NONE, cell.url(), cell.target()));
        Parts.image(html, cell.image(), Optional.of(cell.title().orElse("")));
        html.close();
      }
    }
  }

  /**
   * What the table holds, for screen readers (the table's label).
   *
   * @return what the table holds, for screen readers (the table's label)
   */
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /**
   * The columns.
   *
   * @return the columns
   */
  public List<TableColumn> columns() {
    return columns;
  }

  /**
   * The rows.
   *
   * @return the rows
   */
  public List<TableRow> rows() {
    return rows;
  }

  /**
   * Rows per page; empty when every row shows at once.
   *
   * @return rows per page; empty when every row shows at once
   */
  public Optional<Integer> pagination() {
    return Optional.ofNullable(pagination);
  }

  /**
   * The keys of the columns the search box looks in; empty when there is no search box.
   *
   * @return the keys of the columns the search box looks in; empty when there is no search box
   */
  public List<String> filter() {
    return filter;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RowDynamicTable that && Objects.equals(description, that.description)
        && columns.equals(that.columns) && rows.equals(that.rows) && Objects.equals(pagination, that.pagination)
        && filter.equals(that.filter);
  }

  @Override
  public int hashCode() {
    return Objects.hash(description, columns, rows, pagination, filter);
  }

  @Override
  public String toString() {
    return "RowDynamicTable[columns=" + columns + ", rows=" + rows.size() + "]";
  }

  /**
   * The label a column without one gets: its key in Start Case ({@code published_on} → {@code Published On}).
   *
   * @param key the key
   * @return the label a column without one gets
   */
  public static String startCase(String key) {
    StringBuilder out = new StringBuilder();
    boolean up = true;
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c == '_' || c == '-' || c == ' ') {
        up = true;
        continue;
      }
      if (Character.isUpperCase(c) && i > 0 && Character.isLowerCase(key.charAt(i - 1))) {
        up = true;
      }
      if (up && out.length() > 0) {
        out.append(' ');
      }
      out.append(up ? Character.toUpperCase(c) : c);
      up = false;
    }
    return out.toString();
  }

  /** Builds a {@link RowDynamicTable}. */
  public static final class Builder {
    private String description;
    private final List<TableColumn> columns = new ArrayList<>();
    private final List<TableRow> rows = new ArrayList<>();
    private Integer pagination;
    private final List<String> filter = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the description.
     *
     * @param description the description
     * @return this builder
     */
    public Builder description(String description) {
      this.description = Objects.requireNonNull(description, "description");
      return this;
    }

    /**
     * Sets the column.
     *
     * @param column the column
     * @return this builder
     */
    public Builder column(TableColumn column) {
      columns.add(Objects.requireNonNull(column, "column"));
      return this;
    }

    /**
     * Sets the row.
     *
     * @param row the row
     * @return this builder
     */
    public Builder row(TableRow row) {
      rows.add(Objects.requireNonNull(row, "row"));
      return this;
    }

    /**
     * Sets the pagination.
     *
     * @param rowsPerPage rows per page, at least 1
     * @return this builder
     */
    public Builder pagination(int rowsPerPage) {
      this.pagination = rowsPerPage;
      return this;
    }

    /**
     * The columns the search box looks in.
     *
     * @param keys the keys
     * @return this builder
     */
    public Builder filter(String... keys) {
      for (String key : keys) {
        filter.add(Objects.requireNonNull(key, "key"));
      }
      return this;
    }
    /**
     * Checks the rules and builds the module.
     *
     * @return the module
     * @throws LayoutException when a rule is broken
     */
    public RowDynamicTable build() {
      List<Problem> problems = new ArrayList<>();
      List<TableColumn> effective = columns.isEmpty() ? derived() : columns;
      Set<String> keys = new LinkedHashSet<>();
      for (TableColumn column : effective) {
        if (!keys.add(column.key())) {
          problems.add(Rules.duplicateColumn(column.key()));
        }
      }
      if (rows.isEmpty()) {
        problems.add(Rules.TABLE_NEEDS_ROWS);
      }
      if (pagination != null) {
        Checks.add(Rules.pagination(pagination), problems);
      }
      for (String key : filter) {
        Checks.add(Rules.columnKey("filter", key, keys), problems);
      }
      for (TableRow row : rows) {
        for (var cell : row.cells().entrySet()) {
          Checks.add(Rules.columnKey("row", cell.getKey(), keys), problems);
          Cell value = cell.getValue();
          if (value.isEmpty() && (value.url().isPresent() || value.target().isPresent())) {
            problems.add(Rules.nothingToShow(cell.getKey(), value.url().isPresent()));
          }
          if (cell.getValue().url().isPresent()) {
            Checks.url("RowDynamicTable", "cell url", cell.getValue().url().get(), UrlPolicy.Use.LINK, problems);
          }
          if (cell.getValue().image().isPresent()) {
            Checks.url("RowDynamicTable", "cell image", cell.getValue().image().get(), UrlPolicy.Use.IMAGE, problems);
          }
        }
      }
      LayoutException.throwIfAny(problems);
      return new RowDynamicTable(this, effective);
    }

    private List<TableColumn> derived() {
      Set<String> keys = new LinkedHashSet<>();
      for (TableRow row : rows) {
        keys.addAll(row.cells().keySet());
      }
      List<TableColumn> derived = new ArrayList<>();
      for (String key : keys) {
        derived.add(TableColumn.of(key, startCase(key)));
      }
      return derived;
    }
  }
}
