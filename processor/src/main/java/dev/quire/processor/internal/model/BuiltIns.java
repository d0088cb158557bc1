package dev.quire.processor.internal.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every built-in module, in the order the README documents them. */
final class BuiltIns {
  static final List<BuiltIn> ALL = List.of(
      TextModules.ROW_TEXT,
      TextModules.ROW_TEXT_IMAGE,
      TextModules.ROW_IMAGE_TEXT,
      TextModules.ROW_IMAGE,
      TextModules.ROW_SEPARATOR,
      MultiColumnsReader.DECLARATION,
      ButtonGridReader.DECLARATION,
      TableReader.DECLARATION,
      NewsModuleReader.CARDS,
      NewsModuleReader.LIST);

  private static final Map<String, BuiltIn> BY_NAME = byName();

  private BuiltIns() {}

  static Optional<BuiltIn> named(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }

  /** Each module's shape by name, in the README's order. */
  static Map<String, Declared.Shape> shapes() {
    Map<String, Declared.Shape> shapes = new LinkedHashMap<>();
    ALL.forEach(module -> shapes.put(module.name(), module.shape()));
    return Collections.unmodifiableMap(shapes);
  }

  private static Map<String, BuiltIn> byName() {
    Map<String, BuiltIn> byName = new LinkedHashMap<>();
    for (BuiltIn module : ALL) {
      if (byName.put(module.name(), module) != null) {
        throw new IllegalStateException("two built-in modules are named " + module.name());
      }
    }
    return byName;
  }
}
