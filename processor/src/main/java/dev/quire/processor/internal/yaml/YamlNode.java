package dev.quire.processor.internal.yaml;

import dev.quire.processor.internal.source.Position;
import java.util.List;

/**
 * The front matter as a tree of positioned values. Scalars stay text: Quire types them by the page
 * schema, never by YAML's implicit typing.
 */
public sealed interface YamlNode {
  /** Where the node starts in the content file. */
  Position position();

  /** A short name of the node's kind for messages: "text", "a list", "a mapping". */
  String kind();

  /** How a scalar was written. */
  enum Style {
    PLAIN,
    QUOTED,
    LITERAL,
    FOLDED
  }

  /** A scalar; {@code isNull} when nothing was written ({@code key:} or {@code key: # comment}). */
  record Scalar(String value, Style style, boolean isNull, Position position) implements YamlNode {
    @Override
    public String kind() {
      return isNull ? "nothing" : "text";
    }
  }

  /** A sequence. */
  record Sequence(List<YamlNode> items, Position position) implements YamlNode {
    public Sequence {
      items = List.copyOf(items);
    }

    @Override
    public String kind() {
      return "a list";
    }
  }

  /** A mapping with its entries in file order; keys are unique. */
  record Mapping(List<Entry> entries, Position position) implements YamlNode {
    public Mapping {
      entries = List.copyOf(entries);
    }

    @Override
    public String kind() {
      return "a mapping";
    }
  }

  /** One key and its value. */
  record Entry(Scalar key, YamlNode value) {}
}
