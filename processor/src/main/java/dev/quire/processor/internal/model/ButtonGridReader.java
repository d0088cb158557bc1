package dev.quire.processor.internal.model;

import dev.quire.dsl.Button;
import dev.quire.dsl.ButtonColumn;
import dev.quire.dsl.ButtonStatus;
import dev.quire.dsl.internal.Message;
import dev.quire.dsl.Icon;
import dev.quire.dsl.RowButtonGrid;
import dev.quire.dsl.internal.Rules;
import dev.quire.dsl.internal.Suggestions;
import dev.quire.processor.internal.yaml.YamlNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads RowButtonGrid: its columns (each needs an icon: the original dropped the whole grid without
 * one), their buttons, statuses, URLs and targets.
 */
final class ButtonGridReader {
  static final BuiltIn DECLARATION = new BuiltIn(Declared.Shape.of(RowButtonGrid.class, true,
          "Equal columns of link buttons, each under an icon, a title and a subtitle.",
          Declared.Component.of("cols", Declared.Structured.BUTTON_COLUMNS, "required: the columns"),
          Declared.Component.of("id", Declared.Scalar.ID, "the wrapper's id; events selects the alternative colours")),
      ModuleModel.Call.BUILDER, List.of("id", "cols"), ButtonGridReader::columnCount);

  private ButtonGridReader() {}

  /** A grid has 1 to 6 columns, and is dropped when one of them could not be read. */
  private static boolean columnCount(ReadContext context, Props props, Map<String, Value> values) {
    if (!props.has("cols")) {
      props.requireReported("cols", Rules.buttonColumns(0).orElseThrow());
      return true;
    }
    if (props.node("cols") instanceof YamlNode.Sequence sequence) {
      int columns = (int) sequence.items().stream().filter(item -> item instanceof YamlNode.Mapping).count();
      Rules.buttonColumns(columns).ifPresent(problem -> context.add(props.position("cols"), problem));
    }
    return values.containsKey("cols");
  }

  /** The columns of the list {@code node} ({@code label}), with their buttons; empty when a column lacks its icon (reported). */
  static Optional<Value> columns(ReadContext context, RecordReader reader, String label, YamlNode node) {
    List<Props> columnProps = reader.mappings(label, node, Declared.Structured.BUTTON_COLUMNS, "RowButtonGrid column",
        Schema.BUTTON_COLUMN);
    List<ButtonColumn> columns = new ArrayList<>();
    boolean complete = true;
    for (Props column : columnProps) {
      Optional<Icon> icon = reader.icon(column, "image");
      column.requireReported("image", Message.MODULE_BUTTON_ICON.with());
      Optional<String> title = reader.text(column, "title", Declared.Scalar.TEXT);
      Optional<String> subtitle = reader.text(column, "subtitle", Declared.Scalar.TEXT);
      List<Button> buttons = new ArrayList<>();
      if (column.has("items")) {
        for (Props button : reader.mappings(column.owner() + " items", column.node("items"), Declared.Structured.BUTTONS,
            "RowButtonGrid button", Schema.BUTTON)) {
          button(context, reader, button).ifPresent(buttons::add);
        }
      }
      if (icon.isEmpty()) {
        complete = false;
        continue;
      }
      columns.add(new ButtonColumn(icon.get(), title, subtitle, buttons));
    }
    return complete ? Optional.of(new Value.ButtonColumns(columns)) : Optional.empty();
  }

  private static Optional<Button> button(ReadContext context, RecordReader reader, Props props) {
    Optional<String> title = reader.text(props, "title", Declared.Scalar.TEXT);
    Optional<String> subtitle = reader.text(props, "subtitle", Declared.Scalar.TEXT);
    Optional<String> url = reader.text(props, "url", Declared.Scalar.URL);
    Optional<String> target = reader.text(props, "target", Declared.Scalar.TARGET);
    Optional<String> statusText = reader.text(props, "status", Declared.Scalar.TEXT);
    Optional<ButtonStatus> status = statusText.flatMap(ButtonStatus::parse);
    if (statusText.isPresent() && status.isEmpty()) {
      List<String> allowed = Arrays.stream(ButtonStatus.values()).map(ButtonStatus::cssClass).toList();
      context.add(props.position("status"), Message.BUTTON_STATUS.with(statusText.get(), ButtonStatus.allowed(),
          Suggestions.didYouMean(statusText.get(), allowed)));
    }
    props.requireReported("title", Message.MODULE_BUTTON_TITLE.with());
    if (title.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Button(title.get(), subtitle, status, url, target));
  }
}
