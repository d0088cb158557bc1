package dev.quire.processor.internal.model;

import dev.quire.dsl.Cell;
import dev.quire.dsl.Code;
import dev.quire.dsl.Icon;
import dev.quire.dsl.RowDynamicTable;
import dev.quire.dsl.internal.Rules;
import dev.quire.dsl.TableColumn;
import dev.quire.dsl.TableRow;
import dev.quire.processor.internal.yaml.YamlNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads RowDynamicTable: the columns (mappings, or plain keys), the rows and their cells, the
 * {@code filter} keys and {@code pagination}. A key that names no column, a cell with nothing to show
 * and a link target whose URL was left empty are reported where they are written.
 */
final class TableReader {
  static final BuiltIn DECLARATION = new BuiltIn("RowDynamicTable", Schema.Shape.of("A table with every row in the page; "
          + "search, sorting and pages work in the browser with a small script.",
      "items", Schema.Type.TABLE_ROWS, "required: the rows",
      "columns", Schema.Type.TABLE_COLUMNS, "the columns (default: the rows' keys, not sortable)",
      "filter", Schema.Type.KEYS, "the columns the search box looks in; no search box without it",
      "pagination", Schema.Type.INTEGER, "rows per page (default: all rows on one page)",
      "description", Schema.Type.TEXT, "what the table holds, for screen readers"),
      (context, props, nested) -> read(context, props));

  private TableReader() {}

  private static Optional<ModuleModel> read(ReadContext context, Props props) {
    Optional<String> description = props.text("description");
    Optional<Integer> pagination = props.integer("pagination");
    pagination.ifPresent(rows -> Rules.pagination(rows).ifPresent(m -> context.add(Code.TABLE_005, props.position("pagination"), m)));
    boolean columnsWritten = props.has("columns");
    List<TableColumn> columns = columnsWritten ? columns(context, props) : new ArrayList<>();
    List<YamlNode> rowNodes = props.list("items", Schema.Type.TABLE_ROWS).orElse(List.of());
    if (!props.has("items") || rowNodes.isEmpty()) {
      context.add(Code.MODULE_006, props.position("items"), Rules.TABLE_NEEDS_ROWS);
    }
    Set<String> keys = new LinkedHashSet<>();
    columns.forEach(column -> keys.add(column.key()));
    List<TableRow> rows = new ArrayList<>();
    for (YamlNode rowNode : rowNodes) {
      if (!(rowNode instanceof YamlNode.Mapping row)) {
        context.add(Code.TYPE_001, rowNode.position(), "RowDynamicTable row must be a mapping of column keys to cells, not "
            + rowNode.kind());
        continue;
      }
      Map<String, Cell> cells = new LinkedHashMap<>();
      for (YamlNode.Entry entry : row.entries()) {
        String key = entry.key().value();
        if (columnsWritten) {
          Rules.columnKey("row", key, keys).ifPresent(m -> context.add(Code.TABLE_001, entry.key().position(), m));
        }
        if (context.isEmpty(entry)) {
          continue;
        }
        cell(context, entry).ifPresent(cell -> cells.put(key, cell));
      }
      if (!columnsWritten) {
        keys.addAll(cells.keySet());
      }
      rows.add(new TableRow(cells));
    }
    if (!columnsWritten) {
      for (String key : keys) {
        columns.add(TableColumn.of(key, RowDynamicTable.startCase(key)));
      }
    }
    List<String> filter = new ArrayList<>();
    for (YamlNode item : props.list("filter", Schema.Type.KEYS).orElse(List.of())) {
      if (!(item instanceof YamlNode.Scalar scalar) || scalar.isNull()) {
        context.add(Code.TYPE_001, item.position(), "RowDynamicTable filter must hold column keys, not " + item.kind());
        continue;
      }
      Rules.columnKey("filter", scalar.value(), keys).ifPresent(m -> context.add(Code.TABLE_001, scalar.position(), m));
      filter.add(scalar.value());
    }
    return Optional.of(new ModuleModel.Table(description, columns, columnsWritten, rows, pagination, filter));
  }

  private static List<TableColumn> columns(ReadContext context, Props props) {
    List<TableColumn> columns = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (YamlNode item : props.list("columns", Schema.Type.TABLE_COLUMNS).orElse(List.of())) {
      Optional<TableColumn> column = Optional.empty();
      if (item instanceof YamlNode.Scalar scalar && !scalar.isNull()) {
        column = Optional.of(TableColumn.of(scalar.value(), RowDynamicTable.startCase(scalar.value())));
      } else if (item instanceof YamlNode.Mapping mapping) {
        Props column1 = new Props(context, "RowDynamicTable column", mapping, Schema.TABLE_COLUMN);
        Optional<String> key = column1.text("key");
        Optional<String> label = column1.text("label");
        Optional<Boolean> sortable = column1.bool("sortable");
        if (key.isEmpty()) {
          context.add(Code.TABLE_004, mapping.position(), "RowDynamicTable column needs a key, the key of its cells in each row");
        } else {
          column = Optional.of(TableColumn.of(key.get(), label.orElse(RowDynamicTable.startCase(key.get())))
              .sortable(sortable.orElse(false)));
        }
      } else {
        context.add(Code.TYPE_001, item.position(), "RowDynamicTable column must be a mapping (key, label, sortable) or a key, not "
            + item.kind());
      }
      if (column.isPresent() && !seen.add(column.get().key())) {
        context.add(Code.TABLE_004, item.position(), Rules.duplicateColumn(column.get().key()));
      } else {
        column.ifPresent(columns::add);
      }
    }
    return columns;
  }

  private static Optional<Cell> cell(ReadContext context, YamlNode.Entry entry) {
    String key = entry.key().value();
    if (!(entry.value() instanceof YamlNode.Mapping mapping)) {
      context.add(Code.TABLE_002, entry.value().position(), "RowDynamicTable cell '" + key + "' must be a mapping, like "
          + key + ": {title: …}, not " + entry.value().kind());
      return Optional.empty();
    }
    Props props = new Props(context, "RowDynamicTable cell", mapping, Schema.CELL);
    Optional<String> title = props.text("title");
    Optional<String> url = props.link("url");
    Optional<String> target = props.target("target");
    Optional<Icon> icon = props.icon("icon");
    Optional<String> image = props.image("image");
    boolean nothingToShow = !props.has("title") && !props.has("icon") && !props.has("image");
    if (nothingToShow && (props.has("url") || props.has("target"))) {
      context.add(Code.TABLE_002, mapping.position(), Rules.nothingToShow(key, props.has("url")));
      return Optional.empty();
    }
    if (props.has("icon") && props.has("image")) {
      context.add(Code.TABLE_002, props.position("image"), "RowDynamicTable cell '" + key + "' has an icon and an image; "
          + "a cell shows one of them");
    }
    if (props.has("target") && !props.has("url") && !nothingToShow) {
      context.add(Code.TABLE_003, props.position("target"), "RowDynamicTable cell '" + key + "' has a target but no url, "
          + "so it is not a link; give the url, or remove the target");
    }
    // A target without its url is dropped (reported above): the cell is not a link.
    return Optional.of(new Cell(title, url, url.isPresent() ? target : Optional.empty(), icon, image));
  }
}
