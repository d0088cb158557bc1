package dev.quire.processor.internal.builtin;

import dev.quire.processor.internal.model.Declared;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every built-in module, in the order the module reference documents them. A new built-in is its dsl
 * class, its declaration (a {@link BuiltIn} beside its rule) listed here, and its tests.
 */
public final class BuiltIns {
  public static final List<BuiltIn> ALL = List.of(
      TextModules.ROW_TEXT,
      TextModules.ROW_TEXT_IMAGE,
      TextModules.ROW_IMAGE_TEXT,
      TextModules.ROW_IMAGE,
      TextModules.ROW_SEPARATOR,
      MultiColumnsModule.DECLARATION,
      ButtonGridModule.DECLARATION,
      TableModule.DECLARATION,
      NewsModules.CARDS,
      NewsModules.LIST,
      ContentsModule.DECLARATION);

  /** The built-ins by name, in {@link #ALL}'s order: what {@code PageReader.read} is given. */
  public static final Map<String, BuiltIn> BY_NAME = byName();

  private BuiltIns() {}

  /** Each module's shape by name, in the reference's order. */
  public static Map<String, Declared.Shape> shapes() {
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
    return Collections.unmodifiableMap(byName);
  }
}
