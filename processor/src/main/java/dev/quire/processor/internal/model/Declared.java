package dev.quire.processor.internal.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a module accepts, in one vocabulary for the built-in modules and the application's own: each
 * module (or nested record, or mapping of the front matter) is a {@link Shape} of {@link Component}s,
 * each accepting a {@link Type}. Own modules' shapes are read from their Java declarations
 * ({@code ModuleDeclarations}); the built-ins' are declared beside their rules ({@code BuiltIns}).
 * Plain data, independent of javac, so the readers work the same in every build.
 */
public final class Declared {
  private Declared() {}

  /** A Java type by package and simple names ({@code com.acme.site}, {@code [Hero, Badge]}). */
  public record JavaName(String packageName, List<String> simpleNames) {
    public JavaName {
      simpleNames = List.copyOf(simpleNames);
    }

    /** The name of {@code type}, a top-level or nested class. */
    public static JavaName of(Class<?> type) {
      java.util.Deque<String> names = new java.util.ArrayDeque<>();
      for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
        names.addFirst(c.getSimpleName());
      }
      return new JavaName(type.getPackageName(), List.copyOf(names));
    }

    /** The top-level class {@code simpleName} of {@code packageName} ({@code ""}: the unnamed package). */
    public static JavaName of(String packageName, String simpleName) {
      return new JavaName(packageName, List.of(simpleName));
    }

    /** {@code Hero.Badge}: the name as code in another package writes it after an import of the outermost. */
    public String simpleName() {
      return String.join(".", simpleNames);
    }

    /** {@code com.acme.site.Hero$Badge}: the name {@link Class#forName} takes. */
    public String binaryName() {
      String nested = String.join("$", simpleNames);
      return packageName.isEmpty() ? nested : packageName + "." + nested;
    }

    /** The class {@code simpleName} nested in this one. */
    public JavaName nested(String simpleName) {
      List<String> names = new java.util.ArrayList<>(simpleNames);
      names.add(simpleName);
      return new JavaName(packageName, names);
    }

    /** The top-level class {@code simpleName} in this one's package. */
    public JavaName sibling(String simpleName) {
      return of(packageName, simpleName);
    }
  }

  /** What a component accepts from a content file. */
  public sealed interface Type permits Scalar, Whole, EnumOf, OptionalOf, ListOf, Nested, AnyModule, Structured {
    /** How the README and messages call what it accepts: {@code a link URL}. */
    String description();

    /** What many of it are called, after "a list of": {@code link URLs}. */
    String plural();
  }

  /**
   * Values written as one scalar. The first seven are what own modules' component types map to
   * ({@code String}, {@code boolean}, {@code Markdown}, {@code Url}, {@code ImageUrl}, {@code Icon},
   * {@code Size}); the last three are text the built-ins check with a rule of their own.
   */
  public enum Scalar implements Type {
    TEXT("text", "texts"),
    BOOLEAN("true or false", "true or false values"),
    MARKDOWN("Markdown text", "Markdown texts"),
    URL("a link URL", "link URLs"),
    IMAGE_URL("an image URL", "image URLs"),
    ICON("a Font Awesome 5 icon, like fas cog", "Font Awesome 5 icons, like fas cog"),
    SIZE("a size (XS, S, M, L, XL)", "sizes (XS, S, M, L, XL)"),
    /** CSS class names ({@code second text-center}), checked as plain names. */
    CLASSES("CSS class names", "lists of CSS class names"),
    /** A link target ({@code _blank}, a frame's name). */
    TARGET("a link target (_blank…)", "link targets"),
    /** An HTML id. */
    ID("an HTML id", "HTML ids");

    private final String description;
    private final String plural;

    Scalar(String description, String plural) {
      this.description = description;
      this.plural = plural;
    }

    @Override
    public String description() {
      return description;
    }

    @Override
    public String plural() {
      return plural;
    }
  }

  /**
   * The built-ins' structured values and the front matter's own kinds, each read by the reader of its
   * kind ({@code RecordReader} dispatches to it): a grid's widths, a table's columns and rows, a button
   * grid's columns, a news module's selection; read by the page's readers, dates, tags, menus and
   * warning codes; and made from the whole page, a table of contents' headings. A new kind of value for a built-in is a constant here and its case in
   * {@code RecordReader.structured}.
   */
  public enum Structured implements Type {
    WIDTHS("a list of whole numbers, like [6, 6]"),
    COLUMN_KEYS("a list of column keys"),
    BUTTON_COLUMNS("a list of button columns"),
    BUTTONS("a list of buttons"),
    BUTTON_STATUS("a button status (active, deactive, pending, highlight)"),
    TABLE_COLUMNS("a list of columns"),
    TABLE_ROWS("a list of rows, each mapping column keys to cells"),
    NEWS_SELECTION("homepage or all"),
    COLLECTION("a folder of dated pages, like news"),
    DATE("a date, like 2024-10-02 or 2024-Oct-2"),
    TAGS("a list of tags"),
    MENUS("a list of menu entries"),
    CODES("a list of warning codes"),
    PAGE_HEADINGS("the page's headings");

    private final String description;

    Structured(String description) {
      this.description = description;
    }

    @Override
    public String description() {
      return description;
    }

    @Override
    public String plural() {
      return description;
    }
  }

  /** A whole number: {@code int}, {@code long}, {@code Integer} or {@code Long}, within {@code min} and {@code max}. */
  public record Whole(boolean isLong, boolean boxed, long min, long max) implements Type {
    /** An {@code int} with no range of its own. */
    public static final Whole INT = new Whole(false, false, Integer.MIN_VALUE, Integer.MAX_VALUE);

    @Override
    public String description() {
      return "a whole number" + range();
    }

    @Override
    public String plural() {
      return "whole numbers" + range();
    }

    private String range() {
      return min == (isLong ? Long.MIN_VALUE : Integer.MIN_VALUE) && max == (isLong ? Long.MAX_VALUE : Integer.MAX_VALUE)
          ? "" : " from " + min + " to " + max;
    }
  }

  /** One of an enum's constants, written in any case. */
  public record EnumOf(JavaName type, List<String> constants) implements Type {
    public EnumOf {
      constants = List.copyOf(constants);
    }

    @Override
    public String description() {
      return "one of " + String.join(", ", constants.stream().map(c -> c.toLowerCase(java.util.Locale.ROOT)).toList());
    }

    @Override
    public String plural() {
      return "values, each " + description();
    }
  }

  /** An {@code Optional}: the property may be left out. */
  public record OptionalOf(Type of) implements Type {
    @Override
    public String description() {
      return of.description();
    }

    @Override
    public String plural() {
      return of.plural();
    }
  }

  /** A {@code List}: a YAML list (each item starting with '- '); left out, it is empty. */
  public record ListOf(Type of) implements Type {
    @Override
    public String description() {
      return "a list of " + of.plural();
    }

    @Override
    public String plural() {
      return "lists of " + of.plural();
    }
  }

  /** A record that is not a module: a mapping of its components. */
  public record Nested(JavaName type) implements Type {
    @Override
    public String description() {
      return "a mapping of " + type.simpleName() + "'s properties";
    }

    @Override
    public String plural() {
      return "mappings of " + type.simpleName() + "'s properties";
    }
  }

  /** Any module, built-in or own: a mapping starting with {@code name:}. */
  public record AnyModule() implements Type {
    @Override
    public String description() {
      return "a module";
    }

    @Override
    public String plural() {
      return "modules";
    }
  }

  /**
   * One component: its name (the property), what it accepts, whether a content file must set it, the
   * value its {@code @Default} gives (checked like a content file's), and its javadoc's first sentence.
   * A built-in's properties are never required here: its rule says what it needs, in its words.
   */
  public record Component(String name, Type type, boolean required, Optional<Value> defaultValue, String doc) {
    /** A property a content file may leave out, with no default: {@code name}, accepting {@code type}, doing {@code doc}. */
    public static Component of(String name, Type type, String doc) {
      return new Component(name, type, false, Optional.empty(), doc);
    }

    /** The same component, with the value a content file that leaves it out gets. */
    public Component withDefault(Value value) {
      return new Component(name, type, required, Optional.of(value), doc);
    }
  }

  /**
   * A module, nested record or mapping: its name in content files, its Java type (a built-in's is its
   * dsl class), its components in order, whether it is a module (its mapping starts with {@code name:}),
   * and what it is, in a sentence.
   */
  public record Shape(String name, JavaName type, List<Component> components, boolean module, String doc) {
    public Shape {
      components = List.copyOf(components);
    }

    /** The shape of a built-in module or mapping declared in Java: {@code type}'s simple name, {@code doc}, the components. */
    public static Shape of(Class<?> type, boolean module, String doc, Component... components) {
      return new Shape(type.getSimpleName(), JavaName.of(type), List.of(components), module, doc);
    }

    /** A mapping of the front matter, with no Java type of its own: {@code name}, {@code doc}, the components. */
    public static Shape mapping(String name, String doc, Component... components) {
      return new Shape(name, new JavaName("", List.of(name)), List.of(components), false, doc);
    }

    /** Whether it has a component called {@code name}. */
    public boolean has(String name) {
      return component(name).isPresent();
    }

    /** The component called {@code name}, if there is one. */
    public Optional<Component> component(String name) {
      for (Component component : components) {
        if (component.name().equals(name)) {
          return Optional.of(component);
        }
      }
      return Optional.empty();
    }

    /** The components' names, in order. */
    public List<String> names() {
      return components.stream().map(Component::name).toList();
    }
  }

  /**
   * Every own module by content name, every record a module uses by Java name, and the names of the
   * modules whose declarations have errors (reported at the declarations; content naming them fails).
   */
  public record Modules(Map<String, Shape> byName, Map<JavaName, Shape> records, java.util.Set<String> broken) {
    public Modules {
      byName = Map.copyOf(byName);
      records = Map.copyOf(records);
      broken = java.util.Set.copyOf(broken);
    }

    /** No own modules. */
    public static Modules none() {
      return new Modules(Map.of(), Map.of(), java.util.Set.of());
    }

    /** The record shape of {@code type}. */
    public Shape record(JavaName type) {
      Shape shape = records.get(type);
      if (shape == null) {
        throw new IllegalStateException("no shape for " + type);
      }
      return shape;
    }

    /** The own module a content file names {@code name}, if there is one. */
    public Optional<Shape> module(String name) {
      return Optional.ofNullable(byName.get(name));
    }
  }
}
