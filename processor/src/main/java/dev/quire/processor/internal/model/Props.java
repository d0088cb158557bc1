package dev.quire.processor.internal.model;

import dev.quire.dsl.Code;
import dev.quire.dsl.Icon;
import dev.quire.dsl.internal.Rules;
import dev.quire.dsl.Size;
import dev.quire.dsl.internal.UrlPolicy;
import dev.quire.dsl.internal.FontAwesome;
import dev.quire.dsl.internal.Suggestions;
import dev.quire.processor.internal.content.Position;
import dev.quire.processor.internal.yaml.YamlNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * The properties of one mapping (a module, a button, a cell…) read by its {@link Schema.Shape}:
 * unknown keys reported up front with a "did you mean", empty values dropped, typed getters that
 * report wrong types and broken rules at the value's position.
 */
final class Props {
  private final ReadContext context;
  private final String owner;
  private final YamlNode.Mapping mapping;
  private final Map<String, YamlNode.Entry> present = new LinkedHashMap<>();

  /** {@code owner} names the mapping in messages: {@code RowButtonGrid button}. */
  Props(ReadContext context, String owner, YamlNode.Mapping mapping, Schema.Shape shape) {
    this(context, owner, mapping, shape.keys(), Schema.MODULES.containsKey(owner));
  }

  /**
   * The properties of a mapping whose keys may be {@code keys} (and {@code name}, for a module, which
   * the caller has read).
   */
  Props(ReadContext context, String owner, YamlNode.Mapping mapping, Collection<String> keys, boolean module) {
    this.context = context;
    this.owner = owner;
    this.mapping = mapping;
    for (YamlNode.Entry entry : mapping.entries()) {
      String key = entry.key().value();
      if (key.equals("name") && module) {
        continue;
      }
      if (!keys.contains(key)) {
        context.add(Code.MODULE_005, entry.key().position(), owner + " has no property '" + key + "'"
            + Suggestions.closest(key, keys).map(s -> "; did you mean '" + s + "'?")
                .orElse(keys.isEmpty() ? "; it has none" : "; its properties are " + String.join(", ", keys)));
      } else if (!context.isEmpty(entry)) {
        present.put(key, entry);
      }
    }
  }

  String owner() {
    return owner;
  }

  boolean has(String key) {
    return present.containsKey(key);
  }

  YamlNode node(String key) {
    return present.get(key).value();
  }

  /** Where the value of {@code key} is, or the mapping's start when it is absent. */
  Position position(String key) {
    return present.containsKey(key) ? node(key).position() : mapping.position();
  }

  Position start() {
    return mapping.position();
  }

  /** Reports a missing required property at the mapping's start. */
  void requireReported(String key, String message) {
    if (!present.containsKey(key)) {
      context.add(Code.MODULE_006, mapping.position(), message);
    }
  }

  Optional<YamlNode.Scalar> scalar(String key, Schema.Type type) {
    if (!has(key)) {
      return Optional.empty();
    }
    YamlNode node = node(key);
    if (node instanceof YamlNode.Scalar scalar) {
      return Optional.of(scalar);
    }
    context.add(Code.TYPE_001, node.position(), owner + " " + key + " must be " + type.description() + ", not " + node.kind());
    return Optional.empty();
  }

  /** Text; its placeholders (in a page with a model) become slot markers. */
  Optional<String> text(String key) {
    return scalar(key, Schema.Type.TEXT).map(context::text);
  }

  Optional<String> classes(String key) {
    return checked(key, Schema.Type.CLASSES, Rules::classes, Code.TYPE_004);
  }

  Optional<String> id(String key) {
    return checked(key, Schema.Type.ID, Rules::htmlId, Code.TYPE_004);
  }

  Optional<String> target(String key) {
    return checked(key, Schema.Type.TARGET, Rules::target, Code.TYPE_006);
  }

  /**
   * A text value checked by {@code rule} (the property as written, "owner key", and the value →
   * problem), reported as {@code code} at the value.
   */
  private Optional<String> checked(String key, Schema.Type type, BiFunction<String, String, Optional<String>> rule, Code code) {
    Optional<YamlNode.Scalar> scalar = scalar(key, type);
    scalar.ifPresent(s -> rule.apply(owner + " " + key, s.value()).ifPresent(m -> context.add(code, s.position(), m)));
    return scalar.map(YamlNode.Scalar::value);
  }

  Optional<String> image(String key) {
    return url(key, Schema.Type.IMAGE_URL, UrlPolicy.Use.IMAGE);
  }

  Optional<String> link(String key) {
    return url(key, Schema.Type.LINK_URL, UrlPolicy.Use.LINK);
  }

  private Optional<String> url(String key, Schema.Type type, UrlPolicy.Use use) {
    return scalar(key, type).flatMap(s -> Scalars.url(context, owner + " " + key, s, use));
  }

  /** A Font Awesome icon, its SVG read from the webjar; unknown or malformed icons are errors with suggestions. */
  Optional<Icon> icon(String key) {
    return scalar(key, Schema.Type.ICON).flatMap(s -> Scalars.icon(context, owner + " " + key, s));
  }

  PageModel.Text markdown(String key) {
    return scalar(key, Schema.Type.MARKDOWN).map(s -> Scalars.markdown(context, s)).orElse(PageModel.Text.EMPTY);
  }

  Optional<Integer> integer(String key) {
    return scalar(key, Schema.Type.INTEGER).flatMap(s -> wholeNumber(key, s));
  }

  Optional<Boolean> bool(String key) {
    return scalar(key, Schema.Type.BOOLEAN).flatMap(s -> Scalars.bool(context, owner + " " + key, s));
  }

  Optional<Size> size(String key) {
    return scalar(key, Schema.Type.SIZE).flatMap(s -> Scalars.size(context, s));
  }

  /** The items of a list property; a single mapping or value where a list belongs is an error. */
  Optional<List<YamlNode>> list(String key, Schema.Type type) {
    if (!has(key)) {
      return Optional.empty();
    }
    if (node(key) instanceof YamlNode.Sequence sequence) {
      return Optional.of(sequence.items());
    }
    context.add(Code.TYPE_001, node(key).position(), owner + " " + key + " must be " + type.description()
        + " (each item starting with '- '), not " + node(key).kind());
    return Optional.empty();
  }

  /** A list of texts ({@code [title, type]}); empty items are errors. */
  Optional<List<String>> texts(String key, Schema.Type type) {
    Optional<List<YamlNode>> items = list(key, type);
    if (items.isEmpty()) {
      return Optional.empty();
    }
    List<String> values = new ArrayList<>();
    for (YamlNode item : items.get()) {
      if (item instanceof YamlNode.Scalar scalar && !scalar.isNull()) {
        values.add(scalar.value());
      } else {
        context.add(Code.TYPE_001, item.position(), owner + " " + key + " must hold text, not " + item.kind());
      }
    }
    return Optional.of(values);
  }

  Optional<List<Integer>> integers(String key) {
    Optional<List<YamlNode>> items = list(key, Schema.Type.INTEGERS);
    if (items.isEmpty()) {
      return Optional.empty();
    }
    List<Integer> values = new ArrayList<>();
    boolean ok = true;
    for (YamlNode item : items.get()) {
      Optional<Integer> value = Optional.empty();
      if (item instanceof YamlNode.Scalar scalar && !scalar.isNull()) {
        value = wholeNumber(key, scalar);
      } else {
        context.add(Code.TYPE_001, item.position(), owner + " " + key + " must hold whole numbers, not " + item.kind());
      }
      value.ifPresent(width -> Rules.width(width).ifPresent(m -> context.add(Code.GRID_003, item.position(), m)));
      ok &= value.isPresent();
      value.ifPresent(values::add);
    }
    return ok ? Optional.of(values) : Optional.empty();
  }

  private Optional<Integer> wholeNumber(String key, YamlNode.Scalar scalar) {
    return Scalars.whole(context, owner + " " + key, scalar, false, Integer.MIN_VALUE, Integer.MAX_VALUE)
        .map(Long::intValue);
  }

  /** The mappings of a list property, each read as {@code shape}; other items are errors. */
  List<Props> mappings(String key, Schema.Type type, String itemOwner, Schema.Shape shape) {
    List<Props> props = new ArrayList<>();
    for (YamlNode item : list(key, type).orElse(List.of())) {
      if (item instanceof YamlNode.Mapping itemMapping) {
        props.add(new Props(context, itemOwner, itemMapping, shape));
      } else {
        context.add(Code.TYPE_001, item.position(), itemOwner + " must be a mapping of its properties ("
            + String.join(", ", shape.keys()) + "), not " + item.kind());
      }
    }
    return props;
  }
}
