package dev.quire.processor.internal.builtin;

import dev.quire.dsl.RowDynamicTable;
import dev.quire.dsl.TableRow;
import dev.quire.dsl.internal.Rules;
import dev.quire.processor.internal.model.Declared;
import dev.quire.processor.internal.model.ModuleModel;
import dev.quire.processor.internal.model.Value;
import dev.quire.processor.internal.read.Props;
import dev.quire.processor.internal.read.ReadContext;
import dev.quire.processor.internal.yaml.YamlNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * RowDynamicTable: its declaration and rule (rows required, a page size of at least 1, every key a row
 * or the filter names is a column, reported where it is written). Its columns, rows and filter are read
 * as structured values ({@code read.TableValues}).
 */
final class TableModule {
  static final BuiltIn DECLARATION = new BuiltIn(Declared.Shape.of(RowDynamicTable.class, true, "A table with every row "
          + "in the page; search, sorting and pages work in the browser with a small script.",
          Declared.Component.of("items", Declared.Structured.TABLE_ROWS, "required: the rows"),
          Declared.Component.of("columns", Declared.Structured.TABLE_COLUMNS, "the columns (default: the rows' keys, not sortable)"),
          Declared.Component.of("filter", Declared.Structured.COLUMN_KEYS, "the columns the search box looks in; no search box without it"),
          Declared.Component.of("pagination", Declared.Whole.INT, "rows per page (default: all rows on one page)"),
          Declared.Component.of("description", Declared.Scalar.TEXT, "what the table holds, for screen readers")),
      ModuleModel.Call.BUILDER, List.of("description", "pagination", "filter", "columns", "items"), TableModule::keys);

  private TableModule() {}

  /**
   * A table has rows; a page size is at least 1; every key a row or the filter names is a column (the
   * written columns, or else the rows' keys).
   */
  private static boolean keys(ReadContext context, Props props, Map<String, Value> values) {
    Optional.ofNullable(values.get("pagination")).flatMap(Value::whole).ifPresent(rows -> Rules.pagination(rows)
        .ifPresent(problem -> context.add(props.position("pagination"), problem)));
    List<TableRow> rows = values.get("items") instanceof Value.TableRows read ? read.rows() : List.of();
    if (!props.has("items") || !(props.node("items") instanceof YamlNode.Sequence s) || s.items().isEmpty()) {
      context.add(props.position("items"), Rules.TABLE_NEEDS_ROWS);
    }
    Set<String> keys = new LinkedHashSet<>();
    if (values.get("columns") instanceof Value.TableColumns columns) {
      columns.columns().forEach(column -> keys.add(column.key()));
      if (props.has("items") && props.node("items") instanceof YamlNode.Sequence sequence) {
        for (YamlNode row : sequence.items()) {
          if (row instanceof YamlNode.Mapping mapping) {
            for (YamlNode.Entry entry : mapping.entries()) {
              Rules.columnKey("row", entry.key().value(), keys)
                  .ifPresent(problem -> context.add(entry.key().position(), problem));
            }
          }
        }
      }
    } else {
      rows.forEach(row -> keys.addAll(row.cells().keySet()));
    }
    if (props.has("filter") && props.node("filter") instanceof YamlNode.Sequence filter) {
      for (YamlNode item : filter.items()) {
        if (item instanceof YamlNode.Scalar scalar && !scalar.isNull()) {
          Rules.columnKey("filter", scalar.value(), keys).ifPresent(problem -> context.add(scalar.position(), problem));
        }
      }
    }
    return true;
  }
}
