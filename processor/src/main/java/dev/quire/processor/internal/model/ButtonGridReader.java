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
import java.util.Optional;

/**
 * Reads RowButtonGrid: its columns (each needs an icon: the original dropped the whole grid without
 * one), their buttons, statuses, URLs and targets.
 */
final class ButtonGridReader {
  static final BuiltIn DECLARATION = new BuiltIn("RowButtonGrid", Schema.Shape.of(
      "Equal columns of link buttons, each under an icon, a title and a subtitle.",
      "cols", Schema.Type.BUTTON_COLUMNS, "required: the columns",
      "id", Schema.Type.ID, "the wrapper's id; events selects the alternative colours"),
      (context, props, nested) -> read(context, props));

  private ButtonGridReader() {}

  private static Optional<ModuleModel> read(ReadContext context, Props props) {
    Optional<String> id = props.id("id");
    List<Props> columnProps = props.mappings("cols", Schema.Type.BUTTON_COLUMNS, "RowButtonGrid column", Schema.BUTTON_COLUMN);
    if (!props.has("cols")) {
      props.requireReported("cols", Rules.buttonColumns(0).orElseThrow());
    } else if (props.node("cols") instanceof YamlNode.Sequence) {
      Rules.buttonColumns(columnProps.size()).ifPresent(m -> context.add(Code.MODULE_006, props.position("cols"), m));
    }
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
    return complete ? Optional.of(new ModuleModel.ButtonGrid(id, columns)) : Optional.empty();
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
