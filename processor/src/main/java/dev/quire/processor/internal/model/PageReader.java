package dev.quire.processor.internal.model;

import dev.quire.dsl.Code;
import dev.quire.dsl.Rules;
import dev.quire.dsl.Size;
import dev.quire.dsl.UrlPolicy;
import dev.quire.dsl.markdown.MarkdownRenderer;
import dev.quire.processor.internal.content.ContentFile;
import dev.quire.processor.internal.content.Position;
import dev.quire.processor.internal.diag.Report;
import dev.quire.dsl.internal.Suggestions;
import dev.quire.processor.internal.diag.Suppressions;
import dev.quire.processor.internal.yaml.YamlNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a page's front matter by the {@link Schema} and validates it: unknown keys, modules and
 * properties (with "did you mean"), value types, ranges, the grid, separator sizes, URLs, values
 * emptied by a {@code #} comment. Renders and checks the Markdown. Reports every problem and returns
 * a model only when there was no error.
 */
public final class PageReader {
  private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]+");
  /** The rest of a line from a key on: {@code key:  # comment}. */
  private static final Pattern COMMENT_AFTER_KEY = Pattern.compile("^[^:]*:\\s+(#.*)$");
  /** Modules in one page, nested ones included: keeps the generated class well inside javac's limits. */
  static final int MAX_MODULES = 200;
  /** Keys of the front matter's top level. */
  static final int MAX_KEYS = 100;
  private static final Pattern CANONICAL_INTEGER = Pattern.compile("-?(0|[1-9][0-9]{0,8})");

  private final ContentFile file;
  private final Report report;
  private final Optional<StaticFiles> staticFiles;
  private int moduleCount;

  private PageReader(ContentFile file, Report report, Optional<StaticFiles> staticFiles) {
    this.file = file;
    this.report = report;
    this.staticFiles = staticFiles;
  }

  /** The page, or empty when the file has errors (all of them reported). */
  public static Optional<PageModel> read(ContentFile file, YamlNode.Mapping root, Report report,
      Optional<StaticFiles> staticFiles) {
    return new PageReader(file, report, staticFiles).read(root);
  }

  private Optional<PageModel> read(YamlNode.Mapping root) {
    Optional<String> title = Optional.empty();
    Optional<String> description = Optional.empty();
    Map<String, Object> meta = new LinkedHashMap<>();
    List<ModuleModel> modules = List.of();
    if (root.entries().size() > MAX_KEYS) {
      report.add(Code.LIMIT_005, root.entries().get(MAX_KEYS).key().position(), "the front matter has "
          + root.entries().size() + " keys; the limit is " + MAX_KEYS + " (keep data that large in a file of its own)");
      return Optional.empty();
    }
    for (YamlNode.Entry entry : root.entries()) {
      String key = entry.key().value();
      if (isEmpty(entry)) {
        continue;
      }
      switch (key) {
        case "title" -> title = text("title", entry.value());
        case "description" -> description = text("description", entry.value());
        case "modules" -> modules = modules("page", entry.value(), 0);
        case "suppress" -> suppress(entry.value());
        default -> {
          Suggestions.closest(key, Schema.PAGE_KEYS).ifPresent(known -> report.add(Code.PAGE_001, entry.key().position(),
              "'" + key + "' is not a page key and is kept as metadata; did you mean '" + known + "'?"));
          metaValue(entry.value()).ifPresent(value -> meta.put(key, value));
        }
      }
    }
    PageModel.Text body = markdown(file.body(), offset -> file.source().atOffset(file.bodyOffset() + offset));
    if (report.hasErrors()) {
      return Optional.empty();
    }
    return Optional.of(new PageModel(file.source().path(), title, description, meta, modules, body));
  }

  /**
   * {@code suppress: [QUIRE-URL-005, ...]} (or one code): warnings of the file to leave out. Errors
   * cannot be silenced; an unknown code gets a "did you mean".
   */
  private void suppress(YamlNode node) {
    List<YamlNode> items = node instanceof YamlNode.Sequence sequence ? sequence.items() : List.of(node);
    for (YamlNode item : items) {
      if (!(item instanceof YamlNode.Scalar scalar) || scalar.isNull()) {
        report.add(Code.SUPPRESS_001, item.position(), "suppress lists warning codes, like "
            + "suppress: [QUIRE-URL-005]; found " + item.kind());
        continue;
      }
      Suppressions.silenceable("suppress", scalar.value(), (code, message) -> report.add(code, scalar.position(), message))
          .ifPresent(report::silence);
    }
  }

  // ---- values -------------------------------------------------------------------------------

  /**
   * Whether the entry has no value ({@code key:}); such a value is treated as absent. When a comment
   * follows the colon, the author probably meant it as the value: warn, naming the comment.
   */
  private boolean isEmpty(YamlNode.Entry entry) {
    if (!(entry.value() instanceof YamlNode.Scalar scalar) || !scalar.isNull()) {
      return false;
    }
    Position key = entry.key().position();
    int keyOffset = file.source().offsetOf(key);
    String rest = file.source().text().substring(keyOffset, file.source().lineStart(key.line()) + key.lineText().length());
    Matcher comment = COMMENT_AFTER_KEY.matcher(rest);
    if (comment.find()) {
      String text = comment.group(1).strip();
      report.add(Code.PAGE_002, file.source().atOffset(keyOffset + comment.start(1)), "'" + entry.key().value() + "' has no value: '"
          + shorten(text) + "' is a YAML comment, so the value is empty and ignored. Write the value without '#' "
          + "(quote it if it starts with '#'), or delete the line");
    }
    return true;
  }

  private Optional<String> text(String what, YamlNode node) {
    if (node instanceof YamlNode.Scalar scalar) {
      return Optional.of(scalar.value());
    }
    report.add(Code.TYPE_001, node.position(), what + " must be text, not " + node.kind());
    return Optional.empty();
  }

  private Optional<Object> metaValue(YamlNode node) {
    if (node instanceof YamlNode.Scalar scalar) {
      return scalar.isNull() ? Optional.empty() : Optional.of(scalar.value());
    }
    if (node instanceof YamlNode.Sequence sequence) {
      List<Object> items = new ArrayList<>();
      sequence.items().forEach(item -> metaValue(item).ifPresent(items::add));
      return Optional.of(items);
    }
    Map<String, Object> map = new LinkedHashMap<>();
    for (YamlNode.Entry entry : ((YamlNode.Mapping) node).entries()) {
      if (!isEmpty(entry)) {
        metaValue(entry.value()).ifPresent(value -> map.put(entry.key().value(), value));
      }
    }
    return Optional.of(map);
  }

  // ---- modules ------------------------------------------------------------------------------

  private List<ModuleModel> modules(String owner, YamlNode node, int depth) {
    if (!(node instanceof YamlNode.Sequence sequence)) {
      report.add(Code.MODULE_004, node.position(), "modules of the " + owner + " must be a list of modules "
          + "(each starting with '- name: …'), not " + node.kind());
      return List.of();
    }
    List<ModuleModel> modules = new ArrayList<>();
    for (YamlNode item : sequence.items()) {
      if (++moduleCount > MAX_MODULES) {
        if (moduleCount == MAX_MODULES + 1) {
          report.add(Code.LIMIT_005, item.position(), "the page has more than " + MAX_MODULES
              + " modules; split it into several pages");
        }
        break;
      }
      module(item, depth).ifPresent(modules::add);
    }
    return modules;
  }

  private Optional<ModuleModel> module(YamlNode node, int depth) {
    if (!(node instanceof YamlNode.Mapping mapping)) {
      report.add(Code.MODULE_003, node.position(), "a module is a mapping that starts with 'name:', not " + node.kind());
      return Optional.empty();
    }
    Optional<YamlNode.Entry> nameEntry = mapping.entries().stream().filter(e -> e.key().value().equals("name")).findFirst();
    if (nameEntry.isEmpty() || !(nameEntry.get().value() instanceof YamlNode.Scalar nameScalar) || nameScalar.isNull()) {
      report.add(Code.MODULE_002, nameEntry.map(e -> e.value().position()).orElse(mapping.position()),
          "a module needs a name; one of " + String.join(", ", Schema.MODULES.keySet()));
      return Optional.empty();
    }
    String name = nameScalar.value();
    Map<String, Schema.Type> schema = Schema.MODULES.get(name);
    if (schema == null) {
      report.add(Code.MODULE_001, nameScalar.position(), "unknown module '" + name + "'"
          + Suggestions.closest(name, Schema.MODULES.keySet()).map(s -> "; did you mean '" + s + "'?")
              .orElse("; the modules are " + String.join(", ", Schema.MODULES.keySet())));
      return Optional.empty();
    }
    Props props = new Props(name, mapping, schema);
    return switch (name) {
      case "RowText" -> Optional.of(new ModuleModel.RowText(props.markdown("text"), props.classes("status")));
      case "RowTextImage", "RowImageText" -> textImage(name, props);
      case "RowImage" -> rowImage(props);
      case "RowSeparator" -> Optional.of(new ModuleModel.RowSeparator(props.size("size").orElse(Size.M)));
      default -> multiColumns(props, nameScalar.position(), depth);
    };
  }

  private Optional<ModuleModel> textImage(String name, Props props) {
    Optional<Integer> cols = props.integer("cols");
    cols.ifPresent(value -> Rules.cols(name, value).ifPresent(m -> report.add(Code.GRID_006, props.position("cols"), m)));
    return Optional.of(new ModuleModel.TextImage(name.equals("RowImageText"), cols, props.image("image"),
        props.text("title"), props.classes("status"), props.markdown("text")));
  }

  private Optional<ModuleModel> rowImage(Props props) {
    Optional<String> image = props.image("image");
    Optional<String> title = props.text("title");
    Optional<String> status = props.classes("status");
    if (image.isEmpty()) {
      props.requireReported("image", "RowImage needs an image: add 'image: /images/…'");
      return Optional.empty();
    }
    return Optional.of(new ModuleModel.RowImage(image.get(), title, status));
  }

  private Optional<ModuleModel> multiColumns(Props props, Position name, int depth) {
    Optional<List<Integer>> widths = props.integers("widths");
    Optional<Integer> cols = props.integer("cols");
    List<ModuleModel> modules = props.has("modules")
        ? modules("RowMultiColumns", props.node("modules"), depth + 1) : List.of();
    int declared = props.has("modules") && props.node("modules") instanceof YamlNode.Sequence s ? s.items().size() : 0;
    if (!props.has("modules")) {
      props.requireReported("modules", "RowMultiColumns needs modules, one per column");
    } else {
      Rules.modulesPresent(declared).ifPresent(m -> report.add(Code.GRID_007, props.position("modules"), m));
    }
    if (widths.isEmpty()) {
      props.requireReported("widths", "RowMultiColumns needs widths, one per module, like widths: [6, 6]");
    } else {
      List<Integer> values = widths.get();
      Position at = props.position("widths");
      if (declared > 0) {
        Rules.widthsCount(values.size(), declared).ifPresent(m -> report.add(Code.GRID_004, at, m));
      }
      Rules.widthsSum(values).ifPresent(m -> report.add(Code.GRID_001, at, m));
      Rules.widthsGap(values).ifPresent(m -> report.add(Code.GRID_002, at, m));
    }
    cols.ifPresent(value -> Rules.columnCount(value, declared).ifPresent(m -> report.add(Code.GRID_005, props.position("cols"), m)));
    return Optional.of(new ModuleModel.RowMultiColumns(widths.orElse(List.of()), cols, modules));
  }

  // ---- markdown -----------------------------------------------------------------------------

  private PageModel.Text markdown(String source, java.util.function.IntFunction<Position> where) {
    if (source.isEmpty()) {
      return PageModel.Text.EMPTY;
    }
    MarkdownRenderer.Result result = MarkdownRenderer.render(source);
    for (MarkdownRenderer.Issue issue : result.issues()) {
      report.add(issue.code(), where.apply(issue.offset()), issue.message());
    }
    for (MarkdownRenderer.ImageUse image : result.images()) {
      staticFiles.flatMap(files -> files.missing(image.url()))
          .ifPresent(missing -> report.add(missing.code(), where.apply(image.offset()), missing.message()));
    }
    return new PageModel.Text(source, result.html());
  }

  /** Maps an offset of a scalar's value back to the file. */
  private Position scalarPosition(YamlNode.Scalar scalar, int offset) {
    Position start = scalar.position();
    if (scalar.style() == YamlNode.Style.LITERAL) {
      String value = scalar.value();
      int line = 0;
      int lineStart = 0;
      for (int i = 0; i < offset && i < value.length(); i++) {
        if (value.charAt(i) == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      int fileLine = start.line() + 1 + line;
      return file.source().atOffset(file.source().lineStart(fileLine) + indentOfBlock(start.line()) + (offset - lineStart));
    }
    if (scalar.style() == YamlNode.Style.FOLDED) {
      return file.source().at(start.line() + 1, indentOfBlock(start.line()) + 1);
    }
    return flowScalarPosition(start, scalar.style() == YamlNode.Style.QUOTED, offset);
  }

  /**
   * Maps an offset of a plain or quoted scalar's value back to the file by walking its source: a
   * line break and the next line's indentation fold into one character, an escape ({@code \n},
   * {@code \u00e9}) or a doubled single quote is one character.
   */
  private Position flowScalarPosition(Position start, boolean quoted, int offset) {
    String text = file.source().text();
    int i = file.source().offsetOf(start);
    char quote = quoted && i < text.length() ? text.charAt(i++) : 0;
    for (int consumed = 0; consumed < offset && i < text.length(); consumed++) {
      char c = text.charAt(i);
      if (c == '\n') {
        i++;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
          i++;
        }
      } else if (quote == '"' && c == '\\' && i + 1 < text.length()) {
        char escape = text.charAt(i + 1);
        i += escape == 'x' ? 4 : escape == 'u' ? 6 : escape == 'U' ? 10 : 2;
      } else if (quote == '\'' && c == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
        i += 2;
      } else {
        i++;
      }
    }
    return file.source().atOffset(Math.min(i, text.length()));
  }

  /** The indentation of a block scalar's content: that of its first non-blank line after the indicator. */
  private int indentOfBlock(int indicatorLine) {
    for (int line = indicatorLine + 1; line <= file.source().lineCount(); line++) {
      String text = file.source().line(line);
      if (!text.isBlank()) {
        int indent = 0;
        while (indent < text.length() && text.charAt(indent) == ' ') {
          indent++;
        }
        return indent;
      }
    }
    return 0;
  }

  private static String shorten(String text) {
    return text.length() > 60 ? text.substring(0, 57) + "..." : text;
  }

  /** The properties of one module: unknown ones reported up front, typed getters that report type errors. */
  private final class Props {
    private final String module;
    private final YamlNode.Mapping mapping;
    private final Map<String, YamlNode.Entry> present = new LinkedHashMap<>();

    Props(String module, YamlNode.Mapping mapping, Map<String, Schema.Type> schema) {
      this.module = module;
      this.mapping = mapping;
      for (YamlNode.Entry entry : mapping.entries()) {
        String key = entry.key().value();
        if (key.equals("name")) {
          continue;
        }
        if (!schema.containsKey(key)) {
          report.add(Code.MODULE_005, entry.key().position(), module + " has no property '" + key + "'"
              + Suggestions.closest(key, schema.keySet()).map(s -> "; did you mean '" + s + "'?")
                  .orElse("; its properties are " + String.join(", ", schema.keySet())));
        } else if (!isEmpty(entry)) {
          present.put(key, entry);
        }
      }
    }

    boolean has(String key) {
      return present.containsKey(key);
    }

    YamlNode node(String key) {
      return present.get(key).value();
    }

    Position position(String key) {
      return present.containsKey(key) ? node(key).position() : mapping.position();
    }

    /** Reports a missing required property at the module's start. */
    void requireReported(String key, String message) {
      if (!present.containsKey(key)) {
        report.add(Code.MODULE_006, mapping.position(), message);
      }
    }

    Optional<YamlNode.Scalar> scalar(String key, Schema.Type type) {
      if (!has(key)) {
        return Optional.empty();
      }
      YamlNode node = node(key);
      if (node instanceof YamlNode.Scalar scalar) {
        return Optional.of(scalar);
      }
      report.add(Code.TYPE_001, node.position(), module + " " + key + " must be " + type.description() + ", not " + node.kind());
      return Optional.empty();
    }

    Optional<String> text(String key) {
      return scalar(key, Schema.Type.TEXT).map(YamlNode.Scalar::value);
    }

    Optional<String> classes(String key) {
      Optional<YamlNode.Scalar> scalar = scalar(key, Schema.Type.CLASSES);
      scalar.ifPresent(s -> Rules.status(module, s.value()).ifPresent(m -> report.add(Code.TYPE_004, s.position(), m)));
      return scalar.map(YamlNode.Scalar::value);
    }

    Optional<String> image(String key) {
      Optional<YamlNode.Scalar> scalar = scalar(key, Schema.Type.IMAGE_URL);
      scalar.ifPresent(s -> {
        UrlPolicy.Verdict verdict = UrlPolicy.check(s.value(), UrlPolicy.Use.IMAGE);
        if (verdict.level() != UrlPolicy.Level.OK) {
          report.add(verdict.code(), s.position(), module + " " + key + ": " + verdict.message());
        }
        if (verdict.level() != UrlPolicy.Level.ERROR) {
          staticFiles.flatMap(files -> files.missing(s.value()))
              .ifPresent(missing -> report.add(missing.code(), s.position(), missing.message()));
        }
      });
      return scalar.map(YamlNode.Scalar::value);
    }

    PageModel.Text markdown(String key) {
      return scalar(key, Schema.Type.MARKDOWN)
          .map(s -> PageReader.this.markdown(s.value(), offset -> scalarPosition(s, offset)))
          .orElse(PageModel.Text.EMPTY);
    }

    Optional<Integer> integer(String key) {
      return scalar(key, Schema.Type.INTEGER).flatMap(s -> wholeNumber(key, s));
    }

    Optional<Size> size(String key) {
      Optional<YamlNode.Scalar> scalar = scalar(key, Schema.Type.SIZE);
      scalar.ifPresent(s -> Rules.size(s.value()).ifPresent(m -> report.add(Code.TYPE_003, s.position(), m)));
      return scalar.flatMap(s -> Size.parse(s.value()));
    }

    Optional<List<Integer>> integers(String key) {
      if (!has(key)) {
        return Optional.empty();
      }
      if (!(node(key) instanceof YamlNode.Sequence sequence)) {
        report.add(Code.TYPE_001, node(key).position(), module + " " + key + " must be " + Schema.Type.INTEGERS.description()
            + ", not " + node(key).kind());
        return Optional.empty();
      }
      List<Integer> values = new ArrayList<>();
      boolean ok = true;
      for (YamlNode item : sequence.items()) {
        Optional<Integer> value = Optional.empty();
        if (item instanceof YamlNode.Scalar scalar && !scalar.isNull()) {
          value = wholeNumber(key, scalar);
        } else {
          report.add(Code.TYPE_001, item.position(), module + " " + key + " must hold whole numbers, not " + item.kind());
        }
        value.ifPresent(width -> Rules.width(width).ifPresent(m -> report.add(Code.GRID_003, item.position(), m)));
        ok &= value.isPresent();
        value.ifPresent(values::add);
      }
      return ok ? Optional.of(values) : Optional.empty();
    }

    private Optional<Integer> wholeNumber(String key, YamlNode.Scalar scalar) {
      String value = scalar.value();
      if (scalar.style() == YamlNode.Style.PLAIN && CANONICAL_INTEGER.matcher(value).matches()) {
        return Optional.of(Integer.parseInt(value));
      }
      String why = scalar.style() != YamlNode.Style.PLAIN ? " (it is quoted; write the number without quotes)"
          : INTEGER.matcher(value).matches() && value.length() > 9 ? " (it is too large)"
          : INTEGER.matcher(value).matches() ? " (write it without a sign or leading zeros)" : "";
      report.add(Code.TYPE_002, scalar.position(), module + " " + key + " must be a whole number, not '" + value + "'" + why);
      return Optional.empty();
    }
  }
}
