package dev.quire.processor.internal.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A validated page, ready to be written as Java: everything the generated class needs and nothing
 * about YAML. {@code meta} values are strings, lists and maps, in file order.
 */
public record PageModel(
    String path,
    Optional<String> title,
    Optional<String> description,
    Map<String, Object> meta,
    List<ModuleModel> modules,
    Text body) {
  public PageModel {
    meta = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(meta));
    modules = List.copyOf(modules);
  }

  /** Markdown source with the HTML rendered and checked at compile time. */
  public record Text(String source, String html) {
    public static final Text EMPTY = new Text("", "");

    public boolean isEmpty() {
      return source.isEmpty();
    }
  }
}
