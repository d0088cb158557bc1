package dev.quire.languageserver;

import dev.quire.dsl.Size;
import dev.quire.processor.internal.builtin.BuiltIns;
import dev.quire.processor.internal.model.Declared;
import dev.quire.processor.internal.read.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What content files can say, from the same declarations the processor reads them by and the module
 * reference is made from: every module (the built-ins', then the application's own) with its
 * properties, their types and documentation, and the front matter's own keys.
 */
final class Vocabulary {
  private final Map<String, Declared.Shape> modules;

  Vocabulary(Declared.Modules own) {
    Map<String, Declared.Shape> all = new LinkedHashMap<>(BuiltIns.shapes());
    own.byName().entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(entry -> all.putIfAbsent(entry.getKey(), entry.getValue()));
    this.modules = all;
  }

  Map<String, Declared.Shape> modules() {
    return modules;
  }

  Optional<Declared.Shape> module(String name) {
    return Optional.ofNullable(modules.get(name));
  }

  /** The top level's keys: a page's, and a dated page's (an entry of a collection). */
  List<Declared.Component> pageKeys() {
    Map<String, Declared.Component> keys = new LinkedHashMap<>();
    for (Declared.Component component : Schema.PAGE.components()) {
      keys.put(component.name(), component);
    }
    for (Declared.Component component : Schema.ENTRY.components()) {
      keys.putIfAbsent(component.name(), component);
    }
    return List.copyOf(keys.values());
  }

  /** The keys of {@code module}, or of the top level when it is empty. */
  List<Declared.Component> keys(Optional<String> module) {
    if (module.isEmpty()) {
      return pageKeys();
    }
    return module(module.get()).map(Declared.Shape::components).orElse(List.of());
  }

  /** The key {@code key} of {@code module} (or of the top level). */
  Optional<Declared.Component> key(Optional<String> module, String key) {
    return keys(module).stream().filter(component -> component.name().equals(key)).findFirst();
  }

  /** The values a key of type {@code type} takes from a short list (sizes, enum constants, true and false). */
  static List<String> choices(Declared.Type type) {
    if (type instanceof Declared.OptionalOf optional) {
      return choices(optional.of());
    }
    if (type == Declared.Scalar.SIZE) {
      List<String> sizes = new ArrayList<>();
      for (Size size : Size.values()) {
        sizes.add(size.name());
      }
      return sizes;
    }
    if (type == Declared.Scalar.BOOLEAN) {
      return List.of("true", "false");
    }
    if (type instanceof Declared.EnumOf constants) {
      return constants.constants();
    }
    if (type == Declared.Structured.NEWS_SELECTION) {
      return List.of("homepage", "all");
    }
    return List.of();
  }

  /** Whether a key of type {@code type} holds an address: a link, or an image of the static folder. */
  static boolean isAddress(Declared.Type type) {
    Declared.Type inner = type instanceof Declared.OptionalOf optional ? optional.of() : type;
    return inner == Declared.Scalar.URL || inner == Declared.Scalar.IMAGE_URL;
  }

  /** A module's documentation in Markdown: what it is, then its properties with their types. */
  static String document(Declared.Shape shape) {
    StringBuilder text = new StringBuilder("**").append(shape.name()).append("**: ").append(shape.doc()).append("\n\n");
    for (Declared.Component component : shape.components()) {
      text.append("- `").append(component.name()).append("`: ").append(component.type().description())
          .append(component.required() ? " (required)" : "").append(" — ").append(component.doc()).append('\n');
    }
    return text.toString();
  }

  /** A key's documentation in Markdown: its type, whether it is required, what it does. */
  static String document(String owner, Declared.Component component) {
    return "**" + owner + " `" + component.name() + "`**: " + component.type().description()
        + (component.required() ? ", required" : "") + "\n\n" + component.doc();
  }
}
