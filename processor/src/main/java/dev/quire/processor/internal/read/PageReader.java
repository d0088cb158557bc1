package dev.quire.processor.internal.read;

import dev.quire.dsl.NavItem;
import dev.quire.dsl.TableOfContents;
import dev.quire.dsl.internal.Message;
import dev.quire.dsl.internal.Suggestions;
import dev.quire.markdown.MarkdownRenderer;
import dev.quire.processor.internal.bound.Placeholders;
import dev.quire.processor.internal.content.ContentFile;
import dev.quire.processor.internal.diag.Report;
import dev.quire.processor.internal.diag.Suppressions;
import dev.quire.processor.internal.model.Declared;
import dev.quire.processor.internal.model.EntryModel;
import dev.quire.processor.internal.model.ModelTypes;
import dev.quire.processor.internal.model.ModuleModel;
import dev.quire.processor.internal.model.PageModel;
import dev.quire.processor.internal.model.Site;
import dev.quire.processor.internal.source.Position;
import dev.quire.processor.internal.yaml.YamlNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a page's front matter by the {@link Schema} and validates it: unknown keys, modules and
 * properties (with "did you mean"), value types, ranges, the grid, separator sizes, URLs, values
 * emptied by a {@code #} comment. Renders and checks the Markdown. Each module is read by its
 * declaration (a built-in's {@link ModuleKind}, or an own module's record); collection entries and menus have readers
 * of their own. Reports every problem and returns a model only when
 * there was no error.
 */
public final class PageReader {
  /** Modules in one page, nested ones included: keeps the generated class well inside javac's limits. */
  static final int MAX_MODULES = 200;
  /** Keys of the front matter's top level. */
  static final int MAX_KEYS = 100;

  private final ReadContext context;
  private final Map<String, ? extends ModuleKind> builtIns;
  private int moduleCount;

  private PageReader(ReadContext context, Map<String, ? extends ModuleKind> builtIns) {
    this.context = context;
    this.builtIns = builtIns;
  }

  /**
   * The page with slug {@code slug} as read, also when the file has errors (all of them reported: the
   * caller makes no class of such a page, and the site's link check still reads its links); empty
   * when there is no page to read;
   * {@code builtIns} are the modules known by name before the site's own, in the order messages list them.
   */
  public static Optional<PageModel> read(ContentFile file, YamlNode.Mapping root, Report report, Site site, String slug,
      Map<String, ? extends ModuleKind> builtIns) {
    return new PageReader(new ReadContext(file, report, site, slug), builtIns).read(root);
  }

  private Optional<PageModel> read(YamlNode.Mapping root) {
    Optional<String> title = Optional.empty();
    Optional<String> description = Optional.empty();
    Map<String, Object> meta = new LinkedHashMap<>();
    Map<String, YamlNode.Entry> entryKeys = new LinkedHashMap<>();
    List<ModuleModel> modules = List.of();
    List<NavItem> menus = List.of();
    Optional<Position> menusAt = Optional.empty();
    if (root.entries().size() > MAX_KEYS) {
      context.add(root.entries().get(MAX_KEYS).key().position(), Message.LIMIT_KEYS.with(root.entries().size(), MAX_KEYS));
      return Optional.empty();
    }
    boolean inFolder = context.slug.contains("/");
    boolean dated = inFolder && root.entries().stream().anyMatch(e -> e.key().value().equals("date"));
    Optional<ModelTypes.JavaClass> model = model(root, dated);
    for (YamlNode.Entry entry : root.entries()) {
      String key = entry.key().value();
      if (context.isEmpty(entry)) {
        continue;
      }
      switch (key) {
        case "title" -> title = text("title", entry.value());
        case "description" -> description = text("description", entry.value());
        case "modules" -> modules = modules("page modules", entry.value(), 0);
        case "menus" -> {
          menus = MenuReader.read(context, entry.value());
          menusAt = Optional.of(entry.key().position());
        }
        case "suppress" -> suppress(entry.value());
        case "model" -> { }
        default -> {
          if (dated && Schema.ENTRY.has(key)) {
            entryKeys.put(key, entry);
            continue;
          }
          Suggestions.closest(key, dated ? union(Schema.PAGE.names(), Schema.ENTRY.names()) : Schema.PAGE.names())
              .filter(known -> !known.equals(key))
              .ifPresent(known -> context.add(entry.key().position(), Message.PAGE_KEY_TYPO.with(key, known)));
          metaValue(entry.value()).ifPresent(value -> meta.put(key, value));
        }
      }
    }
    String body = context.file.body();
    PageModel.Text bodyText = context.markdown(body, MarkdownRenderer.Flavor.BODY,
        offset -> context.file.source().atOffset(context.file.bodyOffset() + offset));
    Optional<EntryModel> entry = dated ? EntryReader.read(context, root, entryKeys, title, body) : Optional.empty();
    if (model.isPresent() && !menus.isEmpty()) {
      context.add(menusAt.orElseThrow(), Message.DATA_MODEL_MENUS.with());
    }
    if (menus.isEmpty()) {
      // The navigation file is not a page: it has no outline of its own.
      context.outline.check(context.report);
    }
    List<TableOfContents.Heading> headings = context.outline.contents(context.report);
    context.links.addAll(context.outline.contentsLinks(headings));
    // With errors too: the site's link check reads the links of a page that has other errors. The
    // caller keeps such a page from becoming a class.
    return Optional.of(new PageModel(context.file.source().path(), context.slug, title, description, meta, modules, bodyText, entry, menus,
        menusAt, model.map(type -> new PageModel.Binding(type, context.placeholders.slots())), context.links,
        context.anchors, headings));
  }

  /**
   * The page's {@code model:}, looked up before anything else is read so that every value's
   * placeholders are checked against it; reported when the type cannot be found or reached. A
   * {@code model:} that is reported leaves the page's placeholders unchecked rather than each
   * reported again as a placeholder in a page without a model.
   */
  private Optional<ModelTypes.JavaClass> model(YamlNode.Mapping root, boolean dated) {
    Optional<YamlNode.Entry> entry = root.entries().stream().filter(e -> e.key().value().equals("model")).findFirst();
    if (entry.isEmpty() || entry.get().value() instanceof YamlNode.Scalar empty && empty.isNull()) {
      return Optional.empty();
    }
    Optional<ModelTypes.ModelType> type = modelType(entry.get(), dated);
    if (type.isEmpty()) {
      context.placeholders = new Placeholders(context.report, context.site, context.slug, ModelTypes.ANY, "the model");
      return Optional.empty();
    }
    context.placeholders = new Placeholders(context.report, context.site, context.slug, type.get(), type.get().display());
    privateUse();
    return type.get().javaClass();
  }

  private Optional<ModelTypes.ModelType> modelType(YamlNode.Entry entry, boolean dated) {
    if (!(entry.value() instanceof YamlNode.Scalar scalar)) {
      context.add(entry.value().position(), Message.TYPE_MODEL.with(entry.value().kind()));
      return Optional.empty();
    }
    String name = scalar.value().strip();
    if (dated) {
      context.add(scalar.position(), Message.DATA_MODEL_ENTRY.with());
      return Optional.empty();
    }
    if (!name.matches("[A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*)*")) {
      context.add(scalar.position(), Message.DATA_MODEL_NAME.with(name));
      return Optional.empty();
    }
    Optional<ModelTypes.ModelType> type = context.site.models().find(name);
    if (type.isEmpty() || type.get().javaClass().isEmpty()) {
      List<String> known = context.site.models().names();
      context.add(scalar.position(), Message.DATA_MODEL_UNKNOWN.with(name, Suggestions.closest(name, known)
          .map(s -> "; did you mean '" + s + "'?").orElse(" (give a qualified name, like com.example." + name
              + ", for a type elsewhere)")));
      return Optional.empty();
    }
    Optional<String> unreachable = context.site.models().unreachable(type.get(), context.slug);
    if (unreachable.isPresent()) {
      context.add(scalar.position(), Message.DATA_MODEL_UNREACHABLE.with(unreachable.get()));
      return Optional.empty();
    }
    return type;
  }

  /**
   * Reports private-use characters in a page with a model: the generated class marks where values go
   * with such characters, so content must not hold them (at most the first few are named).
   */
  private void privateUse() {
    String text = context.file.source().text();
    int reported = 0;
    for (int i = 0; i < text.length() && reported < 3; i++) {
      char c = text.charAt(i);
      if (c >= '\uE000' && c <= '\uF8FF') {
        context.add(context.file.source().atOffset(i), Message.DATA_PRIVATE_USE.with(String.format("U+%04X", (int) c)));
        reported++;
      }
    }
  }

  private static Set<String> union(List<String> a, List<String> b) {
    Set<String> all = new LinkedHashSet<>(a);
    all.addAll(b);
    return all;
  }

  /**
   * {@code suppress: [QUIRE-URL-005, ...]} (or one code): warnings of the file to leave out. Errors
   * cannot be silenced; an unknown code gets a "did you mean".
   */
  private void suppress(YamlNode node) {
    List<YamlNode> items = node instanceof YamlNode.Sequence sequence ? sequence.items() : List.of(node);
    for (YamlNode item : items) {
      if (!(item instanceof YamlNode.Scalar scalar) || scalar.isNull()) {
        context.add(item.position(), Message.SUPPRESS_NOT_CODES.with(item.kind()));
        continue;
      }
      Suppressions.silenceable("suppress", scalar.value(), problem -> context.add(scalar.position(), problem))
          .ifPresent(context.report::silence);
    }
  }

  private Optional<String> text(String what, YamlNode node) {
    if (node instanceof YamlNode.Scalar scalar) {
      return Optional.of(context.text(scalar));
    }
    context.add(node.position(), Message.TYPE_MUST_BE.with(what, "text", node.kind()));
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
      if (!context.isEmpty(entry)) {
        metaValue(entry.value()).ifPresent(value -> map.put(entry.key().value(), value));
      }
    }
    return Optional.of(map);
  }

  // ---- modules ------------------------------------------------------------------------------

  /**
   * The modules of the list {@code node}, what holds it named {@code label} ({@code page modules},
   * {@code RowMultiColumns modules}, an own module's {@code Card body}).
   */
  private List<ModuleModel> modules(String label, YamlNode node, int depth) {
    if (!(node instanceof YamlNode.Sequence sequence)) {
      String what = label.endsWith(" modules") ? "modules of the " + label.substring(0, label.length() - " modules".length())
          : label;
      context.add(node.position(), Message.MODULE_NOT_A_LIST.with(what, node.kind()));
      return List.of();
    }
    List<ModuleModel> modules = new ArrayList<>();
    for (YamlNode item : sequence.items()) {
      if (++moduleCount > MAX_MODULES) {
        if (moduleCount == MAX_MODULES + 1) {
          context.add(item.position(), Message.LIMIT_MODULES.with(MAX_MODULES));
        }
        break;
      }
      module(item, depth).ifPresent(modules::add);
    }
    return modules;
  }

  private Optional<ModuleModel> module(YamlNode node, int depth) {
    if (!(node instanceof YamlNode.Mapping mapping)) {
      context.add(node.position(), Message.MODULE_NOT_A_MAPPING.with(node.kind()));
      return Optional.empty();
    }
    Optional<YamlNode.Entry> nameEntry = mapping.entries().stream().filter(e -> e.key().value().equals("name")).findFirst();
    if (nameEntry.isEmpty() || !(nameEntry.get().value() instanceof YamlNode.Scalar nameScalar) || nameScalar.isNull()) {
      context.add(nameEntry.map(e -> e.value().position()).orElse(mapping.position()),
          Message.MODULE_NO_NAME.with(String.join(", ", builtIns.keySet())));
      return Optional.empty();
    }
    Optional<YamlNode.Entry> each = entry(mapping, "each");
    Optional<YamlNode.Entry> when = entry(mapping, "if");
    if (each.isPresent() || when.isPresent()) {
      return section(mapping, each, when, depth);
    }
    String name = nameScalar.value();
    Optional<ModuleKind> builtIn = Optional.ofNullable(builtIns.get(name));
    if (builtIn.isPresent()) {
      return builtIn.get().read(context, mapping, new RecordReader(context, recordModules(depth)), depth);
    }
    Optional<Declared.Shape> own = context.site.modules().module(name);
    if (own.isPresent()) {
      return new RecordReader(context, recordModules(depth)).module(own.get(), mapping, nameScalar.position(), depth);
    }
    if (context.site.modules().broken().contains(name)) {
      context.add(nameScalar.position(), Message.MODULE_BROKEN.with(name));
      return Optional.empty();
    }
    List<String> names = new ArrayList<>(builtIns.keySet());
    names.addAll(new java.util.TreeSet<>(context.site.modules().byName().keySet()));
    context.add(nameScalar.position(), Message.MODULE_UNKNOWN.with(name, Suggestions.closest(name, names)
        .map(s -> "; did you mean '" + s + "'?").orElse("; the modules are " + String.join(", ", names))));
    return Optional.empty();
  }

  private static Optional<YamlNode.Entry> entry(YamlNode.Mapping mapping, String key) {
    return mapping.entries().stream().filter(e -> e.key().value().equals(key)).findFirst();
  }

  /**
   * A module with {@code each:} (written once per element, which its placeholders read first) or
   * {@code if:} (written when the condition holds), or both (per element: {@code if:} reads the
   * element first): the module without those keys, read inside their slots.
   */
  private Optional<ModuleModel> section(YamlNode.Mapping mapping, Optional<YamlNode.Entry> each, Optional<YamlNode.Entry> when,
      int depth) {
    List<YamlNode.Entry> rest = mapping.entries().stream()
        .filter(e -> !e.key().value().equals("each") && !e.key().value().equals("if")).toList();
    YamlNode.Mapping inner = new YamlNode.Mapping(rest, mapping.position());
    Optional<Integer> repeat = each.flatMap(e -> slot(e, true));
    if (each.isPresent() && repeat.isEmpty()) {
      return Optional.empty();
    }
    Optional<Integer> condition = when.flatMap(e -> slot(e, false));
    Optional<ModuleModel> module = when.isPresent() && condition.isEmpty() ? Optional.empty() : module(inner, depth);
    repeat.ifPresent(slot -> context.placeholders.leave(true));
    Optional<ModuleModel> shown = module.map(m -> condition.<ModuleModel>map(slot -> new ModuleModel.Section(slot, m)).orElse(m));
    return shown.map(m -> repeat.<ModuleModel>map(slot -> new ModuleModel.Section(slot, m)).orElse(m));
  }

  private Optional<Integer> slot(YamlNode.Entry entry, boolean repeat) {
    if (!(entry.value() instanceof YamlNode.Scalar scalar) || scalar.isNull()) {
      context.add(entry.value().position(), Message.TYPE_SECTION_PATH.with(repeat ? "each" : "if", entry.value().kind()));
      return Optional.empty();
    }
    return context.placeholders.module(scalar.value(), repeat, scalar.position(), offset -> context.scalarPosition(scalar, offset));
  }

  /** How an own module's {@code Module} components read the modules they hold: as any module here. */
  private RecordReader.Modules recordModules(int depth) {
    return new RecordReader.Modules() {
      @Override
      public Optional<ModuleModel> module(YamlNode node, int nested) {
        return PageReader.this.module(node, nested);
      }

      @Override
      public List<ModuleModel> modules(String label, YamlNode node, int nested) {
        return PageReader.this.modules(label, node, nested);
      }
    };
  }
}
