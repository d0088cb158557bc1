package dev.quire.processor.internal.builtin;

import dev.quire.processor.internal.model.Declared;
import dev.quire.processor.internal.model.ModuleModel;
import dev.quire.processor.internal.model.Value;
import dev.quire.processor.internal.read.ModuleKind;
import dev.quire.processor.internal.read.Props;
import dev.quire.processor.internal.read.ReadContext;
import dev.quire.processor.internal.read.RecordReader;
import dev.quire.processor.internal.yaml.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A built-in module as the processor reads it, declared once beside its rule in the vocabulary own
 * modules use: its {@link Declared.Shape} (name, dsl class, properties with their types, defaults and
 * documentation, from which docs/modules.md is made), how the generated code calls its dsl
 * class ({@link ModuleModel.Call}: its builder, or {@code of} with the first values), which properties
 * it writes in which order, and what it checks beyond its properties' types. {@link BuiltIns} lists
 * them; a name without a declaration is an unknown module (QUIRE-MODULE-001), never read as another.
 *
 * @param shape the module's name, dsl class and properties
 * @param call how the generated code makes it
 * @param written the properties in the order the generated code sets them (a property the rule folds
 *     into another, like a news module's selection into its entries, is not written; one the rule makes
 *     from the page, like a table of contents' {@code headings}, is, with its type in {@link #MADE})
 * @param rule what it checks beyond its properties' types
 */
public record BuiltIn(Declared.Shape shape, ModuleModel.Call call, List<String> written, Rule rule) implements ModuleKind {
  /** The properties a rule makes rather than reads, which content files cannot write, with their types. */
  static final Map<String, Declared.Type> MADE = Map.of("headings", Declared.Structured.PAGE_HEADINGS);

  public BuiltIn {
    written = List.copyOf(written);
    if (!written.stream().allMatch(name -> shape.names().contains(name) || MADE.containsKey(name))) {
      throw new IllegalArgumentException(shape.name() + " writes " + written + " but has " + shape.names());
    }
  }

  /**
   * The rules a module keeps beyond its properties' types, over the values read (which it may change:
   * fold one into another); false when the module cannot be built.
   */
  public interface Rule {
    Rule NONE = (context, props, values) -> true;

    boolean check(ReadContext context, Props props, Map<String, Value> values);
  }

  /** The module's name in content files (its dsl class's simple name). */
  @Override
  public String name() {
    return shape.name();
  }

  /**
   * The module written as {@code mapping}: its properties read by {@code reader}, its rule checked, the
   * values in the written order; empty after every problem has been reported.
   */
  @Override
  public Optional<ModuleModel> read(ReadContext context, YamlNode.Mapping mapping, RecordReader reader, int depth) {
    Props props = new Props(context, name(), mapping, shape);
    Map<String, Value> values = reader.properties(shape, props, depth);
    if (!rule.check(context, props, values)) {
      return Optional.empty();
    }
    List<ModuleModel.Setting> settings = new ArrayList<>();
    for (String key : written) {
      if (values.containsKey(key)) {
        Declared.Type type = shape.component(key).map(Declared.Component::type).orElseGet(() -> MADE.get(key));
        settings.add(new ModuleModel.Setting(key, type, values.get(key)));
      }
    }
    return Optional.of(new ModuleModel.Properties(name(), call, settings));
  }
}
