package dev.quire.processor.internal.read;

import dev.quire.dsl.Cell;
import dev.quire.dsl.Icon;
import dev.quire.dsl.RowDynamicTable;
import dev.quire.dsl.TableColumn;
import dev.quire.dsl.TableRow;
import dev.quire.dsl.internal.Message;
import dev.quire.dsl.internal.Rules;
import dev.quire.processor.internal.model.Declared;
import dev.quire.processor.internal.model.Value;
import dev.quire.processor.internal.yaml.YamlNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * RowDynamicTable's structured values: the columns (mappings, or plain keys), the rows and their
 * cells, the {@code filter} keys. A cell with nothing to show and a link target whose URL was left
 * empty are reported where they are written; the keys are checked against the columns by the table's
 * rule.
 */
final class TableValues {
  private TableValues() {}

  /** The rows of the list {@code node} ({@code label}), each a mapping of column keys to cells. */
  static Optional<Value> rows(ReadContext context, RecordReader reader, String label, YamlNode node) {
    List<TableRow> rows = new ArrayList<>();
    for (YamlNode rowNode : reader.list(label, node, Declared.Structured.TABLE_ROWS).orElse(List.of())) {
      if (!(rowNode instanceof YamlNode.Mapping row)) {
        context.add(rowNode.position(), Message.TYPE_TABLE_ROW.with(rowNode.kind()));
        continue;
      }
      Map<String, Cell> cells = new LinkedHashMap<>();
      for (YamlNode.Entry entry : row.entries()) {
        if (!context.isEmpty(entry)) {
          cell(context, reader, entry).ifPresent(cell -> cells.put(entry.key().value(), cell));
        }
      }
      rows.add(new TableRow(cells));
    }
    return Optional.of(new Value.TableRows(rows));
  }

  /** The filter's column keys, the list {@code node} ({@code label}). */
  static Optional<Value> filter(ReadContext context, RecordReader reader, String label, YamlNode node) {
    List<Value> filter = new ArrayList<>();
    for (YamlNode item : reader.list(label, node, Declared.Structured.COLUMN_KEYS).orElse(List.of())) {
      if (!(item instanceof YamlNode.Scalar scalar) || scalar.isNull()) {
        context.add(item.position(), Message.TYPE_LIST_ITEM.with("RowDynamicTable filter", "column keys", item.kind()));
        continue;
      }
      filter.add(new Value.Text(scalar.value()));
    }
    return filter.isEmpty() ? Optional.empty() : Optional.of(new Value.Items(filter));
  }

  /** The columns of the list {@code node} ({@code label}), as the content writes them (mappings, or plain keys). */
  static Optional<Value> columns(ReadContext context, RecordReader reader, String label, YamlNode node) {
    List<TableColumn> columns = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (YamlNode item : reader.list(label, node, Declared.Structured.TABLE_COLUMNS).orElse(List.of())) {
      Optional<TableColumn> column = Optional.empty();
      if (item instanceof YamlNode.Scalar scalar && !scalar.isNull()) {
        column = Optional.of(TableColumn.of(scalar.value(), RowDynamicTable.startCase(scalar.value())));
      } else if (item instanceof YamlNode.Mapping mapping) {
        Props props = new Props(context, "RowDynamicTable column", mapping, Schema.TABLE_COLUMN);
        Optional<String> key = reader.text(props, "key", Declared.Scalar.TEXT);
        Optional<String> columnLabel = reader.text(props, "label", Declared.Scalar.TEXT);
        Optional<Boolean> sortable = reader.property(props, "sortable", Declared.Scalar.BOOLEAN)
            .map(value -> ((Value.Bool) value).value());
        if (key.isEmpty()) {
          context.add(mapping.position(), Message.TABLE_COLUMN_KEY.with());
        } else {
          column = Optional.of(TableColumn.of(key.get(), columnLabel.orElse(RowDynamicTable.startCase(key.get())))
              .sortable(sortable.orElse(false)));
        }
      } else {
        context.add(item.position(), Message.TYPE_TABLE_COLUMN.with(item.kind()));
      }
      if (column.isPresent() && !seen.add(column.get().key())) {
        context.add(item.position(), Rules.duplicateColumn(column.get().key()));
      } else {
        column.ifPresent(columns::add);
      }
    }
    return Optional.of(new Value.TableColumns(columns));
  }

  private static Optional<Cell> cell(ReadContext context, RecordReader reader, YamlNode.Entry entry) {
    String key = entry.key().value();
    if (!(entry.value() instanceof YamlNode.Mapping mapping)) {
      context.add(entry.value().position(), Message.TABLE_CELL_MAPPING.with(key, entry.value().kind()));
      return Optional.empty();
    }
    Props props = new Props(context, "RowDynamicTable cell", mapping, Schema.CELL);
    Optional<String> title = reader.text(props, "title", Declared.Scalar.TEXT);
    Optional<String> url = reader.text(props, "url", Declared.Scalar.URL);
    Optional<String> target = reader.text(props, "target", Declared.Scalar.TARGET);
    Optional<Icon> icon = reader.icon(props, "icon");
    Optional<String> image = reader.text(props, "image", Declared.Scalar.IMAGE_URL);
    boolean nothingToShow = !props.has("title") && !props.has("icon") && !props.has("image");
    if (props.has("image") && !props.has("title")) {
      context.add(props.position("image"), Message.A11Y_CELL_IMAGE.with(key));
    }
    if (nothingToShow && (props.has("url") || props.has("target"))) {
      context.add(mapping.position(), Rules.nothingToShow(key, props.has("url")));
      return Optional.empty();
    }
    if (props.has("icon") && props.has("image")) {
      context.add(props.position("image"), Message.TABLE_ICON_AND_IMAGE.with(key));
    }
    if (props.has("target") && !props.has("url") && !nothingToShow) {
      context.add(props.position("target"), Message.TABLE_TARGET_WITHOUT_URL.with(key));
    }
    // A target without its url is dropped (reported above): the cell is not a link.
    return Optional.of(new Cell(title, url, url.isPresent() ? target : Optional.empty(), icon, image));
  }
}
