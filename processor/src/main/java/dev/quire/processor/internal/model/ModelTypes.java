package dev.quire.processor.internal.model;

import java.util.List;
import java.util.Optional;

/**
 * The Java types a page can be bound to ({@code model:}) and what their values are, as the reader
 * needs them: which accessors a type has, what each gives, whether a value shows as text, repeats or
 * is a condition. The processor answers from javac's model of the compilation ({@code JavaModelTypes});
 * a reader without one ({@link #none()}) says that models cannot be checked here.
 */
public interface ModelTypes {
  /** The type {@code name} names: a simple name in the {@code @Pages} package, or a qualified name. */
  Optional<ModelType> find(String name);

  /** The names {@link #find} knows without qualification, for "did you mean". */
  List<String> names();

  /**
   * Why the class of the page at {@code slug} cannot name {@code type} (a private type, or one that is
   * not public outside its own package, or nested in such a type), or empty when it can. The page's
   * class is in the {@code @Pages} package, or a subpackage for a page in a subfolder.
   */
  default Optional<String> unreachable(ModelType type, String slug) {
    return Optional.empty();
  }

  /**
   * Whether the application's class path has Quire's Markdown engine ({@code dev.quire:quire-markdown}),
   * which a model's {@code Markdown} values need when the application makes them with {@code Markdown.of}.
   */
  default boolean markdownEngine() {
    return true;
  }

  /** Whether types can be looked up at all. */
  default boolean available() {
    return true;
  }

  /**
   * No types to check against ({@code quire check} without the classes): every {@code model:} is taken
   * as a type that has whatever the placeholders ask for, so only their syntax and balance are checked.
   */
  static ModelTypes none() {
    return new ModelTypes() {
      @Override
      public Optional<ModelType> find(String name) {
        return Optional.of(ANY);
      }

      @Override
      public List<String> names() {
        return List.of();
      }

      @Override
      public boolean available() {
        return false;
      }
    };
  }

  /** A type a placeholder's path reaches, from the model on. */
  interface ModelType {
    /** What a value of this type can be in a page. */
    enum Shape {
      /** Shown as text (strings, numbers, enums, dates…). */
      TEXT,
      /** A condition that also shows as text ({@code boolean}, {@code Boolean}). */
      BOOLEAN,
      /** {@code Markdown}: shown as its HTML. */
      MARKDOWN,
      /** {@code Url} or {@code ImageUrl}: shown as text, checked as a URL where it stands in one. */
      URL,
      /** {@code Optional}: its {@link #element()} when present, nothing when empty. */
      OPTIONAL,
      /** An {@code Iterable} or an array of {@link #element()}. */
      REPEATS,
      /** Anything else: reached through its accessors only. */
      OTHER,
      /** Not known here ({@link #none()}): taken to be whatever the placeholder needs. */
      ANY
    }

    Shape shape();

    /** The element of an {@code Optional}, an {@code Iterable} or an array. */
    Optional<ModelType> element();

    /** The accessor {@code name}: a record component or a public no-argument method. */
    Optional<Member> member(String name);

    /** The names of its accessors, sorted. */
    List<String> memberNames();

    /** How messages name the type: {@code List<Line>}. */
    String display();

    /** The erased class generated code names: package and simple names, outermost first. */
    Optional<JavaClass> javaClass();
  }

  /** The type of {@link #none()}: has every accessor, shows as text, repeats and is a condition. */
  ModelType ANY = new ModelType() {
    @Override
    public Shape shape() {
      return Shape.ANY;
    }

    @Override
    public Optional<ModelType> element() {
      return Optional.of(this);
    }

    @Override
    public Optional<Member> member(String name) {
      return Optional.of(new Member(name, this, false));
    }

    @Override
    public List<String> memberNames() {
      return List.of();
    }

    @Override
    public String display() {
      return "Object";
    }

    @Override
    public Optional<JavaClass> javaClass() {
      return Optional.of(new JavaClass("java.lang", List.of("Object"), 0));
    }
  };

  /** An accessor: its name, what it gives, and whether other methods share its name (then a method reference could be ambiguous). */
  record Member(String name, ModelType type, boolean overloaded) {}

  /**
   * A class as generated code names it: {@code dev.example}, {@code [Basket, Line]}, and how many type
   * parameters it has (a cast to it writes a wildcard for each).
   */
  record JavaClass(String packageName, List<String> simpleNames, int typeParameters) {
    public JavaClass {
      simpleNames = List.copyOf(simpleNames);
    }

    /** {@code Basket.Line}. */
    public String simpleName() {
      return String.join(".", simpleNames);
    }
  }
}
