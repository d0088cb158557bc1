package dev.quire.processor.internal.model;

import dev.quire.dsl.internal.UrlPolicy;
import dev.quire.processor.internal.content.ContentFile;
import dev.quire.processor.internal.content.ContentReader;
import dev.quire.processor.internal.diag.Diagnostic;
import dev.quire.processor.internal.diag.Report;
import dev.quire.processor.internal.yaml.FrontMatterParser;
import dev.quire.processor.internal.content.Position;
import dev.quire.processor.internal.yaml.YamlNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads an own module (or a nested record) by its {@link Declared.Shape}: one property per component,
 * each value checked by its component's type with the same checks and messages as the built-ins'
 * properties; unknown properties get "did you mean" over the components, missing required ones say
 * how to add them, and {@code Module} components read any module, built-in or own.
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
    props.requireReported(component.name(), owner + " needs " + component.name() + " (" + component.type().description()
        + "): add '" + component.name() + ": …'");
    return Optional.empty();
  }

  /** The value of {@code node} as {@code type}; errors are reported at the value and give no value. */
  Optional<Value> value(Declared.Type type, String label, YamlNode node, int depth) {
    if (type instanceof Declared.OptionalOf optional) {
      return value(optional.of(), label, node, depth).map(Value.Maybe::new);
    }
    if (type instanceof Declared.ListOf list) {
      return items(list.of(), label, node, depth);
    }
    if (type instanceof Declared.Nested nested) {
      if (!(node instanceof YamlNode.Mapping mapping)) {
        context.add(dev.quire.dsl.Code.TYPE_001, node.position(), label + " must be " + nested.description() + ", not "
            + node.kind());
        return Optional.empty();
      }
      Declared.Shape shape = context.site.modules().record(nested.type());
      return values(shape, label, mapping, false, depth + 1).map(values -> new Value.Nested(shape, values));
    }
    if (type instanceof Declared.AnyModule) {
      return modules.module(node, depth + 1).map(Value.Module::new);
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
      case SIZE -> Scalars.size(context, s).map(Value.SizeValue::new);
    };
  }

  private Optional<Value> items(Declared.Type type, String label, YamlNode node, int depth) {
    if (!(node instanceof YamlNode.Sequence sequence)) {
      context.add(dev.quire.dsl.Code.TYPE_001, node.position(), label + " must be a list of " + type.description()
          + " (each item starting with '- '), not " + node.kind());
      return Optional.empty();
    }
    if (type instanceof Declared.AnyModule) {
      return Optional.of(new Value.Items(modules.modules(label, node, depth + 1).stream()
          .map(module -> (Value) new Value.Module(module)).toList()));
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
