package dev.quire.processor.internal.read;

import dev.quire.dsl.internal.Message;
import dev.quire.dsl.internal.Problem;
import dev.quire.dsl.internal.Suggestions;
import dev.quire.processor.internal.model.Declared;
import dev.quire.processor.internal.source.Position;
import dev.quire.processor.internal.yaml.YamlNode;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The keys of one mapping (a module, a button, a cell…) by its {@link Declared.Shape}: unknown keys
 * reported up front with a "did you mean", empty values dropped, and where each value is. Values are
 * read by their type with {@link RecordReader}.
 */
public final class Props {
  private final ReadContext context;
  private final String owner;
  private final YamlNode.Mapping mapping;
  private final Map<String, YamlNode.Entry> present = new LinkedHashMap<>();

  /** {@code owner} names the mapping in messages: {@code RowButtonGrid button}. */
  public Props(ReadContext context, String owner, YamlNode.Mapping mapping, Declared.Shape shape) {
    this(context, owner, mapping, shape.names(), shape.module());
  }

  /**
   * The properties of a mapping whose keys may be {@code keys} (and {@code name}, for a module, which
   * the caller has read).
   */
  public Props(ReadContext context, String owner, YamlNode.Mapping mapping, Collection<String> keys, boolean module) {
    this.context = context;
    this.owner = owner;
    this.mapping = mapping;
    for (YamlNode.Entry entry : mapping.entries()) {
      String key = entry.key().value();
      if (key.equals("name") && module) {
        continue;
      }
      if (!keys.contains(key)) {
        context.add(entry.key().position(), Message.MODULE_UNKNOWN_PROPERTY.with(owner, key,
            Suggestions.closest(key, keys).map(s -> "; did you mean '" + s + "'?")
                .orElse(keys.isEmpty() ? "; it has none" : "; its properties are " + String.join(", ", keys))));
      } else if (!context.isEmpty(entry)) {
        present.put(key, entry);
      }
    }
  }

  public String owner() {
    return owner;
  }

  public boolean has(String key) {
    return present.containsKey(key);
  }

  public YamlNode node(String key) {
    return present.get(key).value();
  }

  /** Where the value of {@code key} is, or the mapping's start when it is absent. */
  public Position position(String key) {
    return present.containsKey(key) ? node(key).position() : mapping.position();
  }

  /** Where the module or mapping starts. */
  public Position start() {
    return mapping.position();
  }

  /** Reports a missing required property at the mapping's start. */
  public void requireReported(String key, Problem problem) {
    if (!present.containsKey(key)) {
      context.add(mapping.position(), problem);
    }
  }
}
