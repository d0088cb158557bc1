package dev.quire.processor.internal.yaml;

import dev.quire.processor.internal.content.ContentFile;
import dev.quire.processor.internal.content.Position;
import dev.quire.processor.internal.content.SourceFile;
import dev.quire.processor.internal.diag.Report;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Parses front matter with SnakeYAML's event and node APIs (nothing is ever constructed from YAML
 * tags). A first pass over the events refuses anchors, aliases, explicit tags and too deep nesting
 * with their positions; then the node tree is composed and copied into {@link YamlNode}s, refusing
 * merge keys, non-text keys and duplicate keys.
 */
public final class FrontMatterParser {
  /** Deeper than any real page needs (page → modules → module → widths is 4). */
  static final int MAX_DEPTH = 20;

  private final ContentFile file;
  private final Report report;

  private FrontMatterParser(ContentFile file, Report report) {
    this.file = file;
    this.report = report;
  }

  /** The front matter's root mapping, or empty after reporting why there is none. */
  public static Optional<YamlNode.Mapping> parse(ContentFile file, Report report) {
    return new FrontMatterParser(file, report).parse();
  }

  private Optional<YamlNode.Mapping> parse() {
    if (file.frontMatter().isBlank()) {
      return Optional.of(new YamlNode.Mapping(List.of(), source().at(file.frontMatterLine(), 1)));
    }
    try {
      if (!checkEvents()) {
        return Optional.empty();
      }
      Node root = yaml().compose(new StringReader(file.frontMatter()));
      if (root == null) {
        return Optional.of(new YamlNode.Mapping(List.of(), source().at(file.frontMatterLine(), 1)));
      }
      if (!(root instanceof MappingNode)) {
        report.error(position(root.getStartMark()), "the front matter must be a mapping of keys "
            + "(title:, description:, modules:), not " + convert(root).kind());
        return Optional.empty();
      }
      YamlNode.Mapping mapping = (YamlNode.Mapping) convert(root);
      return report.hasErrors() ? Optional.empty() : Optional.of(mapping);
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      String context = e.getContext() != null && e.getContextMark() != null && e.getProblemMark() != null
          ? " (" + e.getContext() + " at line " + position(e.getContextMark()).line() + ")" : "";
      String problem = clean(e.getProblem());
      String message = problem.contains("(TAB)")
          ? "a tab is used for indentation; YAML indents with spaces only"
          : "the front matter is not valid YAML: " + problem + context;
      report.error(mark != null ? position(mark) : source().at(file.frontMatterLine(), 1), message);
    } catch (YAMLException e) {
      report.error(source().at(file.frontMatterLine(), 1), "the front matter is not valid YAML: " + clean(e.getMessage()));
    }
    return Optional.empty();
  }

  private static Yaml yaml() {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(0);
    options.setNestingDepthLimit(MAX_DEPTH + 5);
    options.setCodePointLimit(1 << 20);
    options.setAllowRecursiveKeys(false);
    return new Yaml(new SafeConstructor(options), new org.yaml.snakeyaml.representer.Representer(new DumperOptions()),
        new DumperOptions(), options);
  }

  /** Refuses anchors, aliases, explicit tags and deep nesting before anything is composed. */
  private boolean checkEvents() {
    int depth = 0;
    boolean clean = true;
    for (Event event : yaml().parse(new StringReader(file.frontMatter()))) {
      if (event instanceof AliasEvent) {
        report.error(position(event.getStartMark()), "aliases (*name) are not supported in front matter; "
            + "write the value out");
        clean = false;
      } else if (event instanceof NodeEvent node && node.getAnchor() != null) {
        report.error(position(event.getStartMark()), "anchors (&" + node.getAnchor()
            + ") are not supported in front matter; write each value out");
        clean = false;
      }
      String tag = event instanceof ScalarEvent scalar ? scalar.getTag()
          : event instanceof CollectionStartEvent collection ? collection.getTag() : null;
      if (tag != null) {
        report.error(position(event.getStartMark()), "explicit YAML tags (" + tag
            + ") are not allowed; Quire reads every value by the page schema");
        clean = false;
      }
      if (event instanceof CollectionStartEvent) {
        depth++;
        if (depth > MAX_DEPTH) {
          report.error(position(event.getStartMark()), "the front matter nests deeper than " + MAX_DEPTH + " levels");
          return false;
        }
      } else if (event instanceof CollectionEndEvent) {
        depth--;
      }
    }
    return clean;
  }

  private YamlNode convert(Node node) {
    Position position = position(node.getStartMark());
    if (node instanceof ScalarNode scalar) {
      return scalar(scalar, position);
    }
    if (node instanceof SequenceNode sequence) {
      List<YamlNode> items = new ArrayList<>();
      for (Node item : sequence.getValue()) {
        items.add(convert(item));
      }
      return new YamlNode.Sequence(items, position);
    }
    MappingNode mapping = (MappingNode) node;
    List<YamlNode.Entry> entries = new ArrayList<>();
    Map<String, YamlNode.Scalar> seen = new HashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      YamlNode key = convert(tuple.getKeyNode());
      if (!(key instanceof YamlNode.Scalar scalarKey) || scalarKey.isNull()) {
        report.error(key.position(), "keys must be plain names, not " + key.kind());
        continue;
      }
      if (scalarKey.value().equals("<<") && scalarKey.style() == YamlNode.Style.PLAIN) {
        report.error(key.position(), "merge keys (<<) are not supported in front matter; write the keys out");
        continue;
      }
      YamlNode.Scalar first = seen.putIfAbsent(scalarKey.value(), scalarKey);
      if (first != null) {
        report.error(key.position(), "duplicate key '" + scalarKey.value() + "' (first written at line "
            + first.position().line() + "); keep one");
        continue;
      }
      entries.add(new YamlNode.Entry(scalarKey, convert(tuple.getValueNode())));
    }
    return new YamlNode.Mapping(entries, position);
  }

  private static YamlNode.Scalar scalar(ScalarNode scalar, Position position) {
    YamlNode.Style style = switch (scalar.getScalarStyle()) {
      case PLAIN -> YamlNode.Style.PLAIN;
      case LITERAL -> YamlNode.Style.LITERAL;
      case FOLDED -> YamlNode.Style.FOLDED;
      default -> YamlNode.Style.QUOTED;
    };
    boolean isNull = style == YamlNode.Style.PLAIN && scalar.getValue().isEmpty();
    return new YamlNode.Scalar(scalar.getValue(), style, isNull, position);
  }

  private Position position(Mark mark) {
    return source().at(mark.getLine() + file.frontMatterLine(), mark.getColumn() + 1);
  }

  private SourceFile source() {
    return file.source();
  }

  private static String clean(String message) {
    return message == null ? "unreadable input" : message.replace('\n', ' ').trim();
  }
}
