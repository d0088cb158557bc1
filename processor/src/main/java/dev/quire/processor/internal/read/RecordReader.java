package dev.quire.processor.internal.read;

import dev.quire.dsl.Icon;
import dev.quire.dsl.internal.Message;
import dev.quire.dsl.internal.Rules;
import dev.quire.dsl.internal.UrlPolicy;
import dev.quire.processor.internal.bound.Markers;
import dev.quire.processor.internal.content.ContentFile;
import dev.quire.processor.internal.content.ContentReader;
import dev.quire.processor.internal.diag.Diagnostic;
import dev.quire.processor.internal.diag.Report;
import dev.quire.processor.internal.model.Declared;
import dev.quire.processor.internal.model.ModuleModel;
import dev.quire.processor.internal.model.Site;
import dev.quire.processor.internal.model.Value;
import dev.quire.processor.internal.source.Position;
import dev.quire.processor.internal.yaml.FrontMatterParser;
import dev.quire.processor.internal.yaml.YamlNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one reader of module values: a mapping read by its {@link Declared.Shape}, one property per
 * component, each value checked by its component's {@link Declared.Type}, for the built-in modules and
 * the application's own alike (and for the mappings inside them: buttons, cells, menu entries, a
 * dated page's keys). Unknown properties get "did you mean" over the components ({@link Props}),
 * missing required ones say how to add them, and {@code Module} components read any module, built-in
 * or own. Every value is reported with the label of what holds it ({@code Hero size},
 * {@code RowSeparator size}).
 */
public final class RecordReader {
  /** Reads the modules a component of type {@code Module} or {@code List<Module>} holds. */
  interface Modules {
    Optional<ModuleModel> module(YamlNode node, int depth);

    List<ModuleModel> modules(String owner, YamlNode node, int depth);
  }

  /** A {@code @Default}'s value, or what is wrong with it. */
  public record Checked(Optional<Value> value, List<String> problems) {}

  private final ReadContext context;
  private final Modules modules;

  /**
   * Checks a component's {@code @Default} text as a content file's value of {@code type}
   * ({@code key: text}), with the same checks and messages.
   */
  public static Checked checkDefault(Declared.Type type, String text) {
    String file = "---\nx: " + text + "\n---\n";
    Report report = new Report();
    Optional<ContentFile> content = ContentReader.read("@Default", file.getBytes(StandardCharsets.UTF_8), report);
    Optional<YamlNode.Mapping> root = content.flatMap(c -> FrontMatterParser.parse(c, report));
    Optional<Value> value = Optional.empty();
    if (root.isPresent() && root.get().entries().size() == 1 && !report.hasErrors()) {
      ReadContext context = new ReadContext(content.get(), report, Site.none(), "");
      value = new RecordReader(context, null).value(type, "the default", root.get().entries().get(0).value(), 0);
    } else if (!report.hasErrors()) {
      return new Checked(Optional.empty(), List.of("it must be one value, as a content file writes it after 'key: '"));
    }
    List<String> problems = report.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::message).toList();
    return new Checked(problems.isEmpty() ? value : Optional.empty(), problems);
  }

  RecordReader(ReadContext context, Modules modules) {
    this.context = context;
    this.modules = modules;
  }

  /**
   * The own module {@code shape} written as {@code mapping}, named at {@code name}; made for each render
   * when its values hold placeholders.
   */
  Optional<ModuleModel> module(Declared.Shape shape, YamlNode.Mapping mapping, Position name, int depth) {
    Optional<List<Value>> values = values(shape, shape.name(), mapping, true, depth);
    String where = context.file.source().path() + ":" + name.line() + ":" + name.column();
    return values.map(v -> new ModuleModel.Own(shape, v, where, v.stream().anyMatch(RecordReader::fromModel)
        ? Optional.of(context.placeholders.module(shape.name(), name)) : Optional.empty()));
  }

  /**
   * Whether {@code value} (text or a URL, in this record or a record, list or Optional inside it) holds a
   * placeholder: the module's code would see it. Markdown and modules inside keep their markers, which
   * the renderer fills where the module writes them.
   */
  static boolean fromModel(Value value) {
    return value instanceof Value.Text text ? Markers.contains(text.value())
        : value instanceof Value.Url url ? Markers.contains(url.value())
        : value instanceof Value.ImageUrl image ? Markers.contains(image.value())
        : value instanceof Value.Maybe maybe ? maybe.value() != null && fromModel(maybe.value())
        : value instanceof Value.Items items ? items.items().stream().anyMatch(RecordReader::fromModel)
        : value instanceof Value.Nested nested && nested.values().stream().anyMatch(RecordReader::fromModel);
  }

  /**
   * A built-in module's properties, {@code props} read by its shape: the value of each property the
   * content sets, else its default, by name; what a property needs beyond its type is its rule's to
   * report ({@link BuiltIn.Rule}), so none is required here.
   */
  public Map<String, Value> properties(Declared.Shape shape, Props props, int depth) {
    Map<String, Value> values = new LinkedHashMap<>();
    for (Declared.Component component : shape.components()) {
      Optional<Value> value = props.has(component.name())
          ? value(component.type(), props.owner() + " " + component.name(), props.node(component.name()), depth)
          : component.defaultValue();
      value.ifPresent(v -> values.put(component.name(), v));
    }
    return values;
  }

  private Optional<List<Value>> values(Declared.Shape shape, String owner, YamlNode.Mapping mapping, boolean module,
      int depth) {
    Props props = new Props(context, owner, mapping, shape.names(), module);
    List<Value> values = new ArrayList<>();
    boolean complete = true;
    for (Declared.Component component : shape.components()) {
      Optional<Value> value = props.has(component.name())
          ? value(component.type(), owner + " " + component.name(), props.node(component.name()), depth)
          : absent(component, owner, props);
      complete &= value.isPresent();
      value.ifPresent(values::add);
    }
    return complete ? Optional.of(values) : Optional.empty();
  }

  /** What a component left out stands for: its default, an empty Optional or List; else an error. */
  private Optional<Value> absent(Declared.Component component, String owner, Props props) {
    if (component.type() instanceof Declared.OptionalOf) {
      return Optional.of(new Value.Maybe(null));
    }
    if (component.type() instanceof Declared.ListOf) {
      return Optional.of(new Value.Items(List.of()));
    }
    if (component.defaultValue().isPresent()) {
      return component.defaultValue();
    }
    props.requireReported(component.name(), Message.MODULE_OWN_REQUIRED.with(owner, component.name(),
        component.type().description()));
    return Optional.empty();
  }

  // ---- one property of a mapping, for the readers of mappings inside modules ------------------

  /** The value of {@code key} in {@code props} as {@code type}, when the content sets it. */
  Optional<Value> property(Props props, String key, Declared.Type type) {
    return props.has(key) ? value(type, props.owner() + " " + key, props.node(key), 0) : Optional.empty();
  }

  /** The text of {@code key} (placeholders become slot markers), or of a URL or a checked text kind. */
  Optional<String> text(Props props, String key, Declared.Scalar type) {
    return property(props, key, type).map(Value::text);
  }

  /** The icon of {@code key}. */
  Optional<Icon> icon(Props props, String key) {
    return property(props, key, Declared.Scalar.ICON).map(value -> ((Value.IconValue) value).icon());
  }

  /**
   * The mappings of the list {@code node} ({@code label}, accepting {@code type}), each with its
   * properties as {@code shape}, named {@code itemOwner} in messages; other items are errors.
   */
  List<Props> mappings(String label, YamlNode node, Declared.Type type, String itemOwner, Declared.Shape shape) {
    List<Props> props = new ArrayList<>();
    for (YamlNode item : list(label, node, type).orElse(List.of())) {
      if (item instanceof YamlNode.Mapping itemMapping) {
        props.add(new Props(context, itemOwner, itemMapping, shape));
      } else {
        context.add(item.position(), Message.TYPE_ITEM_MAPPING.with(itemOwner, String.join(", ", shape.names()), item.kind()));
      }
    }
    return props;
  }

  /** The items of the list {@code node}; a single mapping or value where a list belongs is an error. */
  Optional<List<YamlNode>> list(String label, YamlNode node, Declared.Type type) {
    if (node instanceof YamlNode.Sequence sequence) {
      return Optional.of(sequence.items());
    }
    context.add(node.position(), Message.TYPE_LIST.with(label, type.description(), node.kind()));
    return Optional.empty();
  }

  // ---- values by their type -------------------------------------------------------------------

  /** The value of {@code node} as {@code type}; errors are reported at the value and give no value. */
  Optional<Value> value(Declared.Type type, String label, YamlNode node, int depth) {
    if (type instanceof Declared.OptionalOf optional) {
      return value(optional.of(), label, node, depth).map(Value.Maybe::new);
    }
    if (type instanceof Declared.ListOf list) {
      return items(list, label, node, depth);
    }
    if (type instanceof Declared.Nested nested) {
      if (!(node instanceof YamlNode.Mapping mapping)) {
        context.add(node.position(), Message.TYPE_MUST_BE.with(label, nested.description(), node.kind()));
        return Optional.empty();
      }
      Declared.Shape shape = context.site.modules().record(nested.type());
      return values(shape, label, mapping, false, depth + 1).map(values -> new Value.Nested(shape, values));
    }
    if (type instanceof Declared.AnyModule) {
      return modules.module(node, depth + 1).map(Value.Module::new);
    }
    if (type instanceof Declared.Structured structured) {
      return structured(structured, label, node, depth);
    }
    Optional<YamlNode.Scalar> scalar = Scalars.scalar(context, label, node, type.description());
    if (scalar.isEmpty()) {
      return Optional.empty();
    }
    YamlNode.Scalar s = scalar.get();
    if (type instanceof Declared.Whole whole) {
      return Scalars.whole(context, label, s, whole.isLong(), whole.min(), whole.max())
          .map(number -> new Value.Whole(number, whole.isLong()));
    }
    if (type instanceof Declared.EnumOf constants) {
      return Scalars.constant(context, label, s, constants.constants()).map(name -> new Value.Constant(constants.type(), name));
    }
    return switch ((Declared.Scalar) type) {
      case TEXT -> Optional.of(new Value.Text(context.text(s)));
      case BOOLEAN -> Scalars.bool(context, label, s).map(Value.Bool::new);
      case MARKDOWN -> Optional.of(new Value.Markdown(Scalars.markdown(context, s)));
      case URL -> Scalars.url(context, label, s, UrlPolicy.Use.LINK).map(Value.Url::new);
      case IMAGE_URL -> Scalars.url(context, label, s, UrlPolicy.Use.IMAGE).map(Value.ImageUrl::new);
      case ICON -> Scalars.icon(context, label, s).map(Value.IconValue::new);
      case SIZE -> Scalars.size(context, label, s).map(Value.SizeValue::new);
      case CLASSES -> Scalars.checked(context, label, s, Rules::classes).map(Value.Text::new);
      case ID -> Scalars.checked(context, label, s, Rules::htmlId).map(id -> {
        context.anchors.add(id);
        return new Value.Text(id);
      });
      case TARGET -> Scalars.checked(context, label, s, Rules::target).map(Value.Text::new);
    };
  }

  /** A built-in's structured value, read by the reader of its kind. */
  private Optional<Value> structured(Declared.Structured type, String label, YamlNode node, int depth) {
    return switch (type) {
      case WIDTHS -> wholeNumbers(label, node, type);
      case COLUMN_KEYS -> TableValues.filter(context, this, label, node);
      case BUTTON_COLUMNS -> ButtonGridValues.columns(context, this, label, node);
      case TABLE_COLUMNS -> TableValues.columns(context, this, label, node);
      case TABLE_ROWS -> TableValues.rows(context, this, label, node);
      case NEWS_SELECTION -> newsSelection(label, node);
      case COLLECTION -> Scalars.scalar(context, label, node, Declared.Scalar.TEXT.description())
          .map(s -> new Value.Text(context.text(s)));
      case PAGE_HEADINGS -> throw new IllegalStateException(type + " is made from the page, not read: " + label);
      case DATE, TAGS, MENUS, CODES, BUTTONS, BUTTON_STATUS -> throw new IllegalStateException(type
          + " is read by the reader of the mapping that holds it, not as a module property: " + label);
    };
  }

  /** {@code news}: homepage or all. */
  private Optional<Value> newsSelection(String label, YamlNode node) {
    Optional<String> news = Scalars.scalar(context, label, node, Declared.Scalar.TEXT.description()).map(context::text);
    if (news.isEmpty() || news.get().equals("homepage") || news.get().equals("all")) {
      return news.map(Value.Text::new);
    }
    context.add(node.position(), Message.TYPE_NEWS.with(label, news.get()));
    return Optional.empty();
  }

  /** A list of whole numbers ({@code widths: [6, 6]}); an item that is not one is an error at the item. */
  private Optional<Value> wholeNumbers(String label, YamlNode node, Declared.Type type) {
    Optional<List<YamlNode>> items = list(label, node, type);
    if (items.isEmpty()) {
      return Optional.empty();
    }
    List<Value> values = new ArrayList<>();
    boolean complete = true;
    for (YamlNode item : items.get()) {
      Optional<Value> value = Optional.empty();
      if (item instanceof YamlNode.Scalar scalar && !scalar.isNull()) {
        value = Scalars.whole(context, label, scalar, false, Integer.MIN_VALUE, Integer.MAX_VALUE)
            .map(number -> new Value.Whole(number, false));
      } else {
        context.add(item.position(), Message.TYPE_LIST_ITEM.with(label, "whole numbers", item.kind()));
      }
      complete &= value.isPresent();
      value.ifPresent(values::add);
    }
    return complete ? Optional.of(new Value.Items(values)) : Optional.empty();
  }

  private Optional<Value> items(Declared.ListOf list, String label, YamlNode node, int depth) {
    Declared.Type type = list.of();
    if (type instanceof Declared.AnyModule) {
      // Read as the page's modules are: a list that is not one is reported in the same words.
      return Optional.of(new Value.Items(modules.modules(label, node, depth + 1).stream()
          .map(module -> (Value) new Value.Module(module)).toList()));
    }
    if (!(node instanceof YamlNode.Sequence sequence)) {
      context.add(node.position(), Message.TYPE_LIST.with(label, list.description(), node.kind()));
      return Optional.empty();
    }
    List<Value> items = new ArrayList<>();
    boolean complete = true;
    for (YamlNode item : sequence.items()) {
      Optional<Value> value = value(type, label, item, depth);
      complete &= value.isPresent();
      value.ifPresent(items::add);
    }
    return complete ? Optional.of(new Value.Items(items)) : Optional.empty();
  }
}
