package dev.quire.processor.internal.model;

import dev.quire.dsl.Code;
import dev.quire.dsl.internal.Rules;
import dev.quire.processor.internal.content.Position;
import dev.quire.processor.internal.yaml.YamlNode;
import java.util.List;
import java.util.Optional;

/** Reads RowMultiColumns: its modules, one per column, and the grid rules their widths keep. */
final class MultiColumnsReader {
  static final BuiltIn DECLARATION = new BuiltIn("RowMultiColumns", Schema.Shape.of("A row of columns, one module in each.",
      "widths", Schema.Type.INTEGERS, "required: one width per module, 1–12, adding up to at most 12",
      "modules", Schema.Type.MODULES, "required: the modules, one per column (any module, nesting included)",
      "cols", Schema.Type.INTEGER, "optional; when given, the number of modules"),
      MultiColumnsReader::read);

  private MultiColumnsReader() {}

  private static Optional<ModuleModel> read(ReadContext context, Props props, BuiltIn.Nested nested) {
    Optional<List<Integer>> widths = props.integers("widths");
    Optional<Integer> cols = props.integer("cols");
    List<ModuleModel> modules = props.has("modules") ? nested.modules("RowMultiColumns", props.node("modules")) : List.of();
    int declared = props.has("modules") && props.node("modules") instanceof YamlNode.Sequence s ? s.items().size() : 0;
    if (!props.has("modules")) {
      props.requireReported("modules", "RowMultiColumns needs modules, one per column");
    } else {
      Rules.modulesPresent(declared).ifPresent(m -> context.add(Code.GRID_007, props.position("modules"), m));
    }
    if (widths.isEmpty()) {
      props.requireReported("widths", "RowMultiColumns needs widths, one per module, like widths: [6, 6]");
    } else {
      List<Integer> values = widths.get();
      Position at = props.position("widths");
      if (declared > 0) {
        Rules.widthsCount(values.size(), declared).ifPresent(m -> context.add(Code.GRID_004, at, m));
      }
      Rules.widthsSum(values).ifPresent(m -> context.add(Code.GRID_001, at, m));
      Rules.widthsGap(values).ifPresent(m -> context.add(Code.GRID_002, at, m));
    }
    cols.ifPresent(value -> Rules.columnCount(value, declared).ifPresent(m -> context.add(Code.GRID_005, props.position("cols"), m)));
    return Optional.of(new ModuleModel.RowMultiColumns(widths.orElse(List.of()), cols, modules));
  }
}
