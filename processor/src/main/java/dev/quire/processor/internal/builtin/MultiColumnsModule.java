package dev.quire.processor.internal.builtin;

import dev.quire.dsl.RowMultiColumns;
import dev.quire.dsl.internal.Message;
import dev.quire.dsl.internal.Rules;
import dev.quire.processor.internal.model.Declared;
import dev.quire.processor.internal.model.ModuleModel;
import dev.quire.processor.internal.model.Value;
import dev.quire.processor.internal.read.Props;
import dev.quire.processor.internal.read.ReadContext;
import dev.quire.processor.internal.read.Scalars;
import dev.quire.processor.internal.source.Position;
import dev.quire.processor.internal.yaml.YamlNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** RowMultiColumns: its declaration (its modules, one per column) and the grid rules their widths keep. */
final class MultiColumnsModule {
  static final BuiltIn DECLARATION = new BuiltIn(Declared.Shape.of(RowMultiColumns.class, true,
          "A row of columns, one module in each.",
          Declared.Component.of("widths", Declared.Structured.WIDTHS, "required: one width per module, 1–12, adding up to at most 12"),
          Declared.Component.of("modules", new Declared.ListOf(new Declared.AnyModule()),
              "required: the modules, one per column (any module, nesting included)"),
          Declared.Component.of("cols", Declared.Whole.INT, "optional; when given, the number of modules")),
      ModuleModel.Call.BUILDER, List.of("cols", "widths", "modules"), MultiColumnsModule::grid);

  private MultiColumnsModule() {}

  /** One width per module, 1 to 12 each, at most 12 in all; {@code cols}, when given, counts the modules. */
  private static boolean grid(ReadContext context, Props props, Map<String, Value> values) {
    int declared = props.has("modules") && props.node("modules") instanceof YamlNode.Sequence s ? s.items().size() : 0;
    if (!props.has("modules")) {
      props.requireReported("modules", Message.MODULE_GRID_MODULES.with());
    } else {
      Rules.modulesPresent(declared).ifPresent(problem -> context.add(props.position("modules"), problem));
    }
    if (props.has("widths") && props.node("widths") instanceof YamlNode.Sequence written) {
      // Each width is 1 to 12 (a module of its own column counts its own grid).
      for (YamlNode item : written.items()) {
        if (item instanceof YamlNode.Scalar scalar && Scalars.isInt(scalar)) {
          Rules.width(Integer.parseInt(scalar.value())).ifPresent(problem -> context.add(item.position(), problem));
        }
      }
    }
    Optional<List<Integer>> widths = Optional.ofNullable(values.get("widths"))
        .map(items -> ((Value.Items) items).items().stream().map(w -> Value.whole(w).orElseThrow()).toList());
    if (widths.isEmpty()) {
      props.requireReported("widths", Message.MODULE_GRID_WIDTHS.with());
    } else {
      List<Integer> list = widths.get();
      Position at = props.position("widths");
      if (declared > 0) {
        Rules.widthsCount(list.size(), declared).ifPresent(problem -> context.add(at, problem));
      }
      Rules.widthsSum(list).ifPresent(problem -> context.add(at, problem));
      Rules.widthsGap(list).ifPresent(problem -> context.add(at, problem));
    }
    Optional.ofNullable(values.get("cols")).flatMap(Value::whole).ifPresent(cols -> Rules.columnCount(cols, declared)
        .ifPresent(problem -> context.add(props.position("cols"), problem)));
    return true;
  }
}
