package dev.quire.processor.internal.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Built-in modules that are nothing but their properties: each property is read by its type into a
 * {@link Value} (the values own modules' components have), the module's rules (a grid rule, a
 * required property) run over what was read, and the class writer calls the module's builder with
 * the values in the module's order ({@link ModuleModel.Properties}). Such a module is a declaration
 * and, at most, a rule: no reading or writing code of its own.
 */
final class PropertyModules {
  private PropertyModules() {}

  /** The rules a module keeps beyond its properties' types; false when the module cannot be built. */
  interface Rule {
    Rule NONE = (context, props, values) -> true;

    boolean check(ReadContext context, Props props, Map<String, Value> values);
  }

  /**
   * A module read property by property.
   *
   * @param written the properties in the order the generated code sets them (a property the rule folds
   *     into another, like a news module's selection into its entries, is not written)
   * @param defaults values written when the content leaves a property out
   */
  static BuiltIn declare(String name, Schema.Shape shape, ModuleModel.Call call, List<String> written,
      Map<String, Value> defaults, Rule rule) {
    if (!shape.keys().containsAll(written)) {
      throw new IllegalArgumentException(name + " writes " + written + " but has " + shape.keys());
    }
    return new BuiltIn(name, shape, (context, props, nested) -> {
      Map<String, Value> values = new LinkedHashMap<>();
      shape.properties().forEach((key, property) -> read(context, props, nested, key, property.type())
          .or(() -> Optional.ofNullable(defaults.get(key)))
          .ifPresent(value -> values.put(key, value)));
      if (!rule.check(context, props, values)) {
        return Optional.empty();
      }
      List<ModuleModel.Setting> settings = new ArrayList<>();
      for (String key : written) {
        if (values.containsKey(key)) {
          settings.add(new ModuleModel.Setting(key, shape.properties().get(key).type(), values.get(key)));
        }
      }
      return Optional.of(new ModuleModel.Properties(name, call, settings));
    });
  }

  /** A property's value by its type; empty when the content leaves it out or it was reported. */
  private static Optional<Value> read(ReadContext context, Props props, BuiltIn.Nested nested, String key, Schema.Type type) {
    return switch (type) {
      case TEXT -> props.text(key).map(Value.Text::new);
      case CLASSES -> props.classes(key).map(Value.Text::new);
      case IMAGE_URL -> props.image(key).map(Value.Text::new);
      case LINK_URL -> props.link(key).map(Value.Text::new);
      case TARGET -> props.target(key).map(Value.Text::new);
      case ID -> props.id(key).map(Value.Text::new);
      case INTEGER -> props.integer(key).map(n -> new Value.Whole(n, false));
      case BOOLEAN -> props.bool(key).map(Value.Bool::new);
      case SIZE -> props.size(key).map(Value.SizeValue::new);
      case ICON -> props.icon(key).map(Value.IconValue::new);
      case MARKDOWN -> Optional.of(props.markdown(key)).filter(text -> !text.isEmpty()).map(Value.Markdown::new);
      case INTEGERS -> props.integers(key)
          .map(list -> new Value.Items(list.stream().<Value>map(n -> new Value.Whole(n, false)).toList()));
      case MODULES -> props.has(key)
          ? Optional.of(new Value.Items(nested.modules(props.owner(), props.node(key)).stream().<Value>map(Value.Module::new).toList()))
          : Optional.empty();
      case BUTTON_COLUMNS -> ButtonGridReader.columns(context, props, key);
      case TABLE_ROWS -> TableReader.rows(context, props, key);
      case TABLE_COLUMNS -> TableReader.columns(context, props, key);
      case KEYS -> TableReader.filter(context, props, key);
      case COLLECTION -> props.text(key).map(Value.Text::new);
      case SELECTION -> NewsModuleReader.selection(context, props, key);
      case STATUS, DATE, TAGS, BUTTONS, MENUS, CODES -> throw new IllegalStateException("a " + type + " property needs a reader of its own: " + key);
    };
  }

  /** The whole number {@code value} holds, if it holds one. */
  static Optional<Integer> whole(Value value) {
    return value instanceof Value.Whole whole ? Optional.of((int) whole.value()) : Optional.empty();
  }
}
