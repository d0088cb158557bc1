package dev.quire.processor.internal.read;

import dev.quire.processor.internal.model.Declared;
import dev.quire.processor.internal.model.ModuleModel;
import dev.quire.processor.internal.yaml.YamlNode;
import java.util.Optional;

/**
 * A module the page reader knows by name before the application's own: a built-in (the
 * {@code builtin} package declares them, each with its rule). The reader does not know which there
 * are; {@link PageReader#read} is given them.
 */
public interface ModuleKind {
  /** The module's name in content files. */
  String name();

  /** Its name, dsl class and properties. */
  Declared.Shape shape();

  /**
   * The module written as {@code mapping}: its properties read by {@code reader}, its rule checked;
   * empty after every problem has been reported.
   */
  Optional<ModuleModel> read(ReadContext context, YamlNode.Mapping mapping, RecordReader reader, int depth);
}
