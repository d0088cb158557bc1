package dev.quire.processor.internal.yaml;

import dev.quire.dsl.Code;
import dev.quire.dsl.internal.Message;
import dev.quire.dsl.internal.Problem;
import dev.quire.processor.internal.content.ContentFile;
import dev.quire.processor.internal.source.Position;
import dev.quire.processor.internal.source.SourceFile;
import dev.quire.processor.internal.diag.Report;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumMap;
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
import org.yaml.snakeyaml.DumperOptions;
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
  /** Scalars and collections in one front matter (real pages hold tens). */
  static final int MAX_VALUES = 2000;

  private final ContentFile file;
  private final Report report;
  /** Errors of single values (escapes a file may not hold), which do not stop the file. */
  private int valueErrors;

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
      if (!directives() || !checkEvents()) {
        return Optional.empty();
      }
      Node root = yaml().compose(new StringReader(file.frontMatter()));
      if (root == null) {
        return Optional.of(new YamlNode.Mapping(List.of(), source().at(file.frontMatterLine(), 1)));
      }
      if (!(root instanceof MappingNode)) {
        Optional<YamlSyntax.Explanation> missingSpace = root instanceof ScalarNode
            ? YamlSyntax.missingSpace(file.frontMatter(), file.frontMatterLine()) : Optional.empty();
        if (missingSpace.isPresent()) {
          report.add(source().at(missingSpace.get().line(), missingSpace.get().column()), missingSpace.get().problem());
          return Optional.empty();
        }
        report.add(position(root.getStartMark()), Message.YAML_NOT_A_MAPPING.with(convert(root).kind()));
        return Optional.empty();
      }
      int before = report.errorCount();
      YamlNode.Mapping mapping = (YamlNode.Mapping) convert(root);
      // An escape the file may not hold is an error of its value only: the rest is read on, so every
      // problem of the file is reported in one build.
      return report.errorCount() > before + valueErrors ? Optional.empty() : Optional.of(mapping);
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      String context = e.getContext() != null && e.getContextMark() != null && e.getProblemMark() != null
          ? " (" + e.getContext() + " at line " + position(e.getContextMark()).line() + ")" : "";
      String problem = clean(e.getProblem());
      boolean tab = problem.contains("(TAB)");
      Problem message = tab ? Message.YAML_TAB.with() : Message.YAML_INVALID.with(problem + context);
      if (!tab && e.getContext() != null && e.getContext().contains("quoted scalar") && e.getContextMark() != null) {
        // The useful place is where the quote opened, not where the file ended.
        mark = e.getContextMark();
        message = Message.YAML_QUOTE_UNCLOSED.with();
      }
      Optional<YamlSyntax.Explanation> explained = tab || e.getProblemMark() == null ? Optional.empty()
          : YamlSyntax.explain(file.frontMatter(), file.frontMatterLine(), problem, e.getProblemMark().getLine(),
              e.getProblemMark().getColumn(), e.getContextMark() != null ? e.getContextMark().getLine() : -1);
      if (explained.isPresent()) {
        report.add(source().at(explained.get().line(), explained.get().column()), explained.get().problem());
        return Optional.empty();
      }
      report.add(mark != null ? position(mark) : source().at(file.frontMatterLine(), 1), message);
    } catch (YAMLException e) {
      report.add(source().at(file.frontMatterLine(), 1), Message.YAML_INVALID.with(clean(e.getMessage())));
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

  /**
   * Refuses anchors, aliases, explicit tags, too many values and deep nesting before anything is
   * composed. Each kind of refusal is reported once, at its first place, with the count of the
   * others (a billion-laughs file gets two errors, not a hundred).
   */
  private boolean checkEvents() {
    Map<Code, Refusal> refusals = new EnumMap<>(Code.class);
    int depth = 0;
    int values = 0;
    try {
      for (Event event : yaml().parse(new StringReader(file.frontMatter()))) {
        if (event instanceof AliasEvent) {
          refuse(refusals, event, Message.YAML_ALIAS.with());
        } else if (event instanceof NodeEvent node && node.getAnchor() != null) {
          refuse(refusals, event, Message.YAML_ANCHOR.with(node.getAnchor()));
        }
        String tag = event instanceof ScalarEvent scalar ? scalar.getTag()
            : event instanceof CollectionStartEvent collection ? collection.getTag() : null;
        if (tag != null) {
          refuse(refusals, event, Message.YAML_TAG.with(tag));
        }
        if ((event instanceof ScalarEvent || event instanceof CollectionStartEvent) && ++values > MAX_VALUES) {
          report.add(position(event.getStartMark()), Message.LIMIT_VALUES.with(MAX_VALUES));
          return false;
        }
        if (event instanceof CollectionStartEvent) {
          depth++;
          if (depth > MAX_DEPTH) {
            report.add(position(event.getStartMark()), Message.LIMIT_DEPTH.with(MAX_DEPTH));
            return false;
          }
        } else if (event instanceof CollectionEndEvent) {
          depth--;
        }
      }
    } finally {
      refusals.values().forEach(refusal -> report.add(refusal.at(), refusal.others() == 0 ? refusal.problem()
          : new Problem(refusal.problem().code(), refusal.problem().message() + " (" + refusal.others() + " more in this file)")));
    }
    return refusals.isEmpty();
  }

  /** The first place a refused YAML feature is used, and how many other places use it. */
  private record Refusal(Position at, Problem problem, int others) {}

  private void refuse(Map<Code, Refusal> refusals, Event event, Problem problem) {
    refusals.merge(Code.parse(problem.code()).orElseThrow(), new Refusal(position(event.getStartMark()), problem, 0),
        (first, next) -> new Refusal(first.at(), first.problem(), first.others() + 1));
  }

  /**
   * Refuses {@code %} directives and {@code ...} document markers: the front matter is one YAML
   * document between the fences, and a marker would end it early (the rest silently ignored).
   */
  private boolean directives() {
    String[] lines = file.frontMatter().split("\n", -1);
    boolean clean = true;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.startsWith("%") || line.stripTrailing().equals("...")) {
        report.add(source().at(file.frontMatterLine() + i, 1), line.startsWith("%")
            ? Message.YAML_DIRECTIVE.with(line.strip()) : Message.YAML_DOCUMENT_END.with());
        clean = false;
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
        report.add(key.position(), Message.YAML_KEY_KIND.with(key.kind()));
        continue;
      }
      if (scalarKey.value().equals("<<") && scalarKey.style() == YamlNode.Style.PLAIN) {
        report.add(key.position(), Message.YAML_MERGE.with());
        continue;
      }
      YamlNode.Scalar first = seen.putIfAbsent(scalarKey.value(), scalarKey);
      if (first != null) {
        report.add(key.position(), Message.YAML_DUPLICATE.with(scalarKey.value(), first.position().line()));
        continue;
      }
      entries.add(new YamlNode.Entry(scalarKey, convert(tuple.getValueNode())));
    }
    return new YamlNode.Mapping(entries, position);
  }

  private YamlNode.Scalar scalar(ScalarNode scalar, Position position) {
    YamlNode.Style style = switch (scalar.getScalarStyle()) {
      case PLAIN -> YamlNode.Style.PLAIN;
      case LITERAL -> YamlNode.Style.LITERAL;
      case FOLDED -> YamlNode.Style.FOLDED;
      default -> YamlNode.Style.QUOTED;
    };
    boolean isNull = style == YamlNode.Style.PLAIN && scalar.getValue().isEmpty();
    if (scalar.getScalarStyle() == DumperOptions.ScalarStyle.DOUBLE_QUOTED) {
      escapes(scalar);
    }
    return new YamlNode.Scalar(scalar.getValue(), style, isNull, position);
  }

  /**
   * Refuses what the escapes of a double-quoted value ({@code "\x1b"}, {@code "\0"}, {@code "\N"},
   * {@code "\uD800"}) decode to that the file itself may not hold: the encoding rules of the raw bytes
   * hold for decoded values too. Reports each such escape, at its backslash.
   */
  private void escapes(ScalarNode scalar) {
    // SnakeYAML's marks count code points; the front matter is indexed by chars.
    String text = file.frontMatter();
    int base = text.offsetByCodePoints(0, scalar.getStartMark().getIndex());
    String raw = text.substring(base, text.offsetByCodePoints(0, scalar.getEndMark().getIndex()));
    for (int i = 0; i < raw.length() - 1; i++) {
      if (raw.charAt(i) != '\\') {
        continue;
      }
      int length = switch (raw.charAt(i + 1)) {
        case 'x' -> 2;
        case 'u' -> 4;
        case 'U' -> 8;
        default -> 0;
      };
      int codePoint = length == 0 ? single(raw.charAt(i + 1)) : hex(raw, i + 2, length);
      String escape = raw.substring(i, Math.min(raw.length(), i + 2 + length));
      if (codePoint >= 0xD800 && codePoint <= 0xDFFF) {
        boolean paired = codePoint <= 0xDBFF && raw.startsWith("\\u", i + 6) && hex(raw, i + 8, 4) >= 0xDC00
            && hex(raw, i + 8, 4) <= 0xDFFF;
        if (!paired) {
          report.add(at(base + i), Message.ENC_HALF_SURROGATE.with(escape));
          valueErrors++;
          i += 1 + length;
          continue;
        }
        i += 11;
      } else if (codePoint >= 0 && (codePoint < 0x20 && codePoint != '\t' && codePoint != '\n' && codePoint != '\r'
          || codePoint >= 0x7f && codePoint <= 0x9f)) {
        report.add(at(base + i), Message.ENC_CONTROL_ESCAPE.with(escape, String.format("U+%04X", codePoint)));
        valueErrors++;
        i += 1 + length;
      } else {
        i += 1 + length;
      }
    }
  }

  /** The character a one-letter YAML escape stands for ({@code \0}, {@code \e}, {@code \N}…), or -1. */
  private static int single(char c) {
    return switch (c) {
      case '0' -> 0;
      case 'a' -> 7;
      case 'b' -> 8;
      case 't', '\t' -> 9;
      case 'n' -> 10;
      case 'v' -> 11;
      case 'f' -> 12;
      case 'r' -> 13;
      case 'e' -> 27;
      case 'N' -> 0x85;
      default -> -1;
    };
  }

  private static int hex(String text, int from, int length) {
    if (from + length > text.length()) {
      return -1;
    }
    try {
      return Integer.parseInt(text.substring(from, from + length), 16);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** The position of character {@code index} of the front matter. */
  private Position at(int index) {
    return source().atOffset(source().lineStart(file.frontMatterLine()) + index);
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
