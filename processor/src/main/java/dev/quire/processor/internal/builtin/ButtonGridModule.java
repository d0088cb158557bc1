package dev.quire.processor.internal.builtin;

import dev.quire.dsl.RowButtonGrid;
import dev.quire.dsl.internal.Rules;
import dev.quire.processor.internal.model.Declared;
import dev.quire.processor.internal.model.ModuleModel;
import dev.quire.processor.internal.model.Value;
import dev.quire.processor.internal.read.Props;
import dev.quire.processor.internal.read.ReadContext;
import dev.quire.processor.internal.yaml.YamlNode;
import java.util.List;
import java.util.Map;

/**
 * RowButtonGrid: its declaration and rule (1 to 6 columns; the grid is dropped when a column could not
 * be read). Its columns and buttons are read as a structured value ({@code read.ButtonGridValues}).
 */
final class ButtonGridModule {
  static final BuiltIn DECLARATION = new BuiltIn(Declared.Shape.of(RowButtonGrid.class, true,
          "Equal columns of link buttons, each under an icon, a title and a subtitle.",
          Declared.Component.of("cols", Declared.Structured.BUTTON_COLUMNS, "required: the columns"),
          Declared.Component.of("id", Declared.Scalar.ID, "the wrapper's id; events selects the alternative colours")),
      ModuleModel.Call.BUILDER, List.of("id", "cols"), ButtonGridModule::columnCount);

  private ButtonGridModule() {}

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
}
