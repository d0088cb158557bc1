package dev.quire.processor.internal.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The application's own modules as the processor read them from their Java declarations: each record,
 * its components in order, and what each component accepts. Plain data, independent of javac, so the
 * readers work the same in every build.
 */
public final class Declared {
  private Declared() {}

  /** A Java type by package and simple names ({@code com.acme.site}, {@code [Hero, Badge]}). */
  public record JavaName(String packageName, List<String> simpleNames) {
    public JavaName {
      simpleNames = List.copyOf(simpleNames);
    }

    /** {@code Hero.Badge}: the name as code in another package writes it after an import of the outermost. */
    public String simpleName() {
      return String.join(".", simpleNames);
    }
  }

  /** What a component accepts from a content file. */
  public sealed interface Type {
    /** How the README and messages call what it accepts. */
    String description();
  }

  /** Values written as one scalar. */
  public enum Scalar implements Type {
    TEXT("text"),
    BOOLEAN("true or false"),
    MARKDOWN("Markdown text"),
    URL("a link URL"),
    IMAGE_URL("an image URL"),
    ICON("a Font Awesome 5 icon, like fas cog"),
    SIZE("a size (XS, S, M, L, XL)");

    private final String description;

    Scalar(String description) {
      this.description = description;
    }

    @Override
    public String description() {
      return description;
    }
  }

  /** A whole number: {@code int}, {@code long}, {@code Integer} or {@code Long}, within {@code min} and {@code max}. */
  public record Whole(boolean isLong, boolean boxed, long min, long max) implements Type {
    @Override
    public String description() {
      return "a whole number" + (min == (isLong ? Long.MIN_VALUE : Integer.MIN_VALUE) && max == (isLong ? Long.MAX_VALUE
          : Integer.MAX_VALUE) ? "" : " from " + min + " to " + max);
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
  }

  /** An {@code Optional}: the property may be left out. */
  public record OptionalOf(Type of) implements Type {
    @Override
    public String description() {
      return of.description();
    }
  }

  /** A {@code List}: a YAML list (each item starting with '- '); left out, it is empty. */
  public record ListOf(Type of) implements Type {
    @Override
    public String description() {
      return "a list of " + of.description();
    }
  }

  /** A record that is not a module: a mapping of its components. */
  public record Nested(JavaName type) implements Type {
    @Override
    public String description() {
      return "a mapping of " + type.simpleName() + "'s properties";
    }
  }

  /** Any module, built-in or own: a mapping starting with {@code name:}. */
  public record AnyModule() implements Type {
    @Override
    public String description() {
      return "a module";
    }
  }

  /**
   * One component: its name (the property), what it accepts, whether a content file must set it, the
   * value its {@code @Default} gives (checked like a content file's), and its javadoc's first sentence.
   */
  public record Component(String name, Type type, boolean required, Optional<Value> defaultValue, String doc) {}

  /** A module or nested record: its name in content files, its Java type and components in order. */
  public record Shape(String name, JavaName type, List<Component> components, boolean module, String doc) {
    public Shape {
      components = List.copyOf(components);
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
    Optional<Shape> module(String name) {
      return Optional.ofNullable(byName.get(name));
    }
  }
}
