package dev.quire.processor.internal.read;

import dev.quire.dsl.Button;
import dev.quire.dsl.ButtonColumn;
import dev.quire.dsl.ButtonStatus;
import dev.quire.dsl.Icon;
import dev.quire.dsl.internal.Message;
import dev.quire.dsl.internal.Suggestions;
import dev.quire.processor.internal.model.Declared;
import dev.quire.processor.internal.model.Value;
import dev.quire.processor.internal.yaml.YamlNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * RowButtonGrid's {@code cols}: its columns (each needs an icon: the original dropped the whole grid
 * without one), their buttons, statuses, URLs and targets.
 */
final class ButtonGridValues {
  private ButtonGridValues() {}

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
