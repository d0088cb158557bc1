package dev.quire.processor.internal.model;

import dev.quire.processor.internal.yaml.YamlNode;
import java.util.List;
import java.util.Optional;

/**
 * A built-in module as the processor reads it, declared once beside the code that reads it: its name,
 * what the README says of it and of each property ({@link Schema.Shape}), and how a content file's
 * mapping becomes its model. {@link BuiltIns} lists them; a name without a declaration is an unknown
 * module (QUIRE-MODULE-001), never read as another. How a model is written as Java is
 * {@link ModuleModel.Visitor}'s business, so a model without its writer does not compile.
 */
record BuiltIn(String name, Schema.Shape shape, Reader reader) {
  /**
   * Reads a module's properties (unknown keys have been reported) into its model; empty after every
   * problem has been reported.
   */
  interface Reader {
    Optional<ModuleModel> read(ReadContext context, Props props, Nested nested);
  }

  /** How a module reads the modules it holds, as any module of the page (nesting counted). */
  interface Nested {
    List<ModuleModel> modules(String owner, YamlNode node);
  }
}
