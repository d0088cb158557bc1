package dev.quire.processor.internal.model;

import dev.quire.dsl.Button;
import dev.quire.dsl.ButtonColumn;
import dev.quire.dsl.ButtonStatus;
import dev.quire.dsl.Code;
import dev.quire.dsl.Icon;
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
  static final BuiltIn DECLARATION = PropertyModules.declare("RowButtonGrid", Schema.Shape.of(
          "Equal columns of link buttons, each under an icon, a title and a subtitle.",
          "cols", Schema.Type.BUTTON_COLUMNS, "required: the columns",
          "id", Schema.Type.ID, "the wrapper's id; events selects the alternative colours"),
      ModuleModel.Call.BUILDER, List.of("id", "cols"), Map.of(), ButtonGridReader::columnCount);

  private ButtonGridReader() {}

  /** A grid has 1 to 6 columns, and is dropped when one of them could not be read. */
  private static boolean columnCount(ReadContext context, Props props, Map<String, Value> values) {
    if (!props.has("cols")) {
      props.requireReported("cols", Rules.buttonColumns(0).orElseThrow());
      return true;
    }
    if (props.node("cols") instanceof YamlNode.Sequence sequence) {
      int columns = (int) sequence.items().stream().filter(item -> item instanceof YamlNode.Mapping).count();
      Rules.buttonColumns(columns).ifPresent(m -> context.add(Code.MODULE_006, props.position("cols"), m));
    }
    return values.containsKey("cols");
  }

  /** The columns of {@code key}, with their buttons; empty when a column lacks its icon (reported). */
  static Optional<Value> columns(ReadContext context, Props props, String key) {
    List<Props> columnProps = props.mappings(key, Schema.Type.BUTTON_COLUMNS, "RowButtonGrid column", Schema.BUTTON_COLUMN);
    List<ButtonColumn> columns = new ArrayList<>();
    boolean complete = true;
    for (Props column : columnProps) {
      Optional<Icon> icon = column.icon("image");
      column.requireReported("image", "RowButtonGrid column needs an image, the icon over it, like image: fas cog "
          + "(the original site dropped the whole grid without one)");
      Optional<String> title = column.text("title");
      Optional<String> subtitle = column.text("subtitle");
      List<Button> buttons = new ArrayList<>();
      for (Props button : column.mappings("items", Schema.Type.BUTTONS, "RowButtonGrid button", Schema.BUTTON)) {
        button(context, button).ifPresent(buttons::add);
      }
      if (icon.isEmpty()) {
        complete = false;
        continue;
      }
      columns.add(new ButtonColumn(icon.get(), title, subtitle, buttons));
    }
    return complete ? Optional.of(new Value.ButtonColumns(columns)) : Optional.empty();
  }

  private static Optional<Button> button(ReadContext context, Props props) {
    Optional<String> title = props.text("title");
    Optional<String> subtitle = props.text("subtitle");
    Optional<String> url = props.link("url");
    Optional<String> target = props.target("target");
    Optional<String> statusText = props.text("status");
    Optional<ButtonStatus> status = statusText.flatMap(ButtonStatus::parse);
    if (statusText.isPresent() && status.isEmpty()) {
      List<String> allowed = Arrays.stream(ButtonStatus.values()).map(ButtonStatus::cssClass).toList();
      context.add(Code.BUTTON_001, props.position("status"), "RowButtonGrid button status '" + statusText.get()
          + "' is not one of " + ButtonStatus.allowed() + Suggestions.didYouMean(statusText.get(), allowed));
    }
    props.requireReported("title", "RowButtonGrid button needs a title");
    if (title.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Button(title.get(), subtitle, status, url, target));
  }
}
