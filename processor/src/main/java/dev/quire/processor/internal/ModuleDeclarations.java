package dev.quire.processor.internal;

import dev.quire.dsl.internal.Message;
import dev.quire.processor.internal.builtin.BuiltIns;
import dev.quire.processor.internal.diag.Reporter;
import dev.quire.processor.internal.model.Declared;
import dev.quire.processor.internal.model.Value;
import dev.quire.processor.internal.read.RecordReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Reads the application's own modules, listed in {@code @Pages(modules = {...})}, from their Java
 * declarations (in this compilation or in a jar: javac shows both the same way) into
 * {@link Declared} shapes. Every problem is an error at the declaration that has it: a type that is
 * not a public record implementing {@code Module}, a name another module has, a component type Quire
 * does not read, a {@code @Default} that is not a value a content file could write, a {@code @Range}
 * on what is not a whole number.
 */
final class ModuleDeclarations {
  /** Names content files use for the built-ins, which own modules may not take. */
  private static final Set<String> BUILT_IN = Set.of("RowDocumentHeader", "RowTags");
  private static final String DSL = "dev.quire.dsl.";
  /**
   * The keys of a module's mapping that are Quire's, which no component of a module can be, and why
   * ({@code if:} is one too, but no Java name can be {@code if}).
   */
  private static final Map<String, String> RESERVED = Map.of(
      "name", "'name:' in a content file names the module",
      "each", "'each:' in a content file repeats the module over a model's collection");
  private static final Map<String, List<String>> RENAMES = Map.of(
      "name", List.of("title", "label"),
      "each", List.of("items", "entries"));
  private static final String SUPPORTED = "String, int, long, Integer, Long, boolean, an enum, Markdown, Url, ImageUrl, "
      + "Icon, Size, a record, Module, or an Optional or List of one of those";

  private final ProcessingEnvironment env;
  private final Reporter reporter;
  private final Map<Declared.JavaName, Declared.Shape> records = new LinkedHashMap<>();
  private final Set<Declared.JavaName> reading = new java.util.HashSet<>();

  private ModuleDeclarations(ProcessingEnvironment env, Reporter reporter) {
    this.env = env;
    this.reporter = reporter;
  }

  /**
   * The own modules {@code pages} lists. A module whose declaration has a problem is reported and
   * listed as broken, so content naming it fails with a pointer to the declaration.
   */
  static Declared.Modules read(ProcessingEnvironment env, AnnotationMirror pages, Reporter reporter) {
    ModuleDeclarations declarations = new ModuleDeclarations(env, reporter);
    Map<String, Declared.Shape> byName = new TreeMap<>();
    Set<String> broken = new java.util.TreeSet<>();
    for (TypeMirror listed : listed(pages)) {
      String simpleName = listed.getKind() == TypeKind.DECLARED
          ? ((DeclaredType) listed).asElement().getSimpleName().toString() : String.valueOf(listed);
      Optional<Declared.Shape> shape = declarations.module(listed);
      if (shape.isEmpty()) {
        broken.add(simpleName);
      } else if (BuiltIns.BY_NAME.containsKey(simpleName) || BUILT_IN.contains(simpleName)) {
        declarations.error(null, Message.MODULE_DECLARED_BUILT_IN_NAME.with(shape.get().type().simpleName(), simpleName));
      } else if (byName.putIfAbsent(simpleName, shape.get()) != null) {
        declarations.error(null, Message.MODULE_DECLARED_TWICE.with(simpleName));
        byName.remove(simpleName);
        broken.add(simpleName);
      }
    }
    return new Declared.Modules(byName, declarations.records, broken);
  }

  private static List<TypeMirror> listed(AnnotationMirror pages) {
    List<TypeMirror> types = new ArrayList<>();
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : pages.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals("modules") && entry.getValue().getValue() instanceof List<?> values) {
        for (Object value : values) {
          if (value instanceof AnnotationValue annotationValue && annotationValue.getValue() instanceof TypeMirror type) {
            types.add(type);
          }
        }
      }
    }
    return types;
  }

  private Optional<Declared.Shape> module(TypeMirror listed) {
    if (listed.getKind() != TypeKind.DECLARED) {
      return Optional.empty(); // javac reports a type it cannot find
    }
    TypeElement type = (TypeElement) ((DeclaredType) listed).asElement();
    TypeMirror module = env.getElementUtils().getTypeElement(DSL + "Module").asType();
    if (type.getKind() != ElementKind.RECORD || !env.getTypeUtils().isAssignable(type.asType(), module)) {
      error(type, Message.MODULE_DECLARED_NOT_RECORD.with(type.getQualifiedName(), type.getSimpleName()));
      return Optional.empty();
    }
    return shape(type, true);
  }

  /** The shape of a record (a module, or a record a module's component holds). */
  private Optional<Declared.Shape> shape(TypeElement type, boolean module) {
    Declared.JavaName name = javaName(type);
    if (!isPublic(type)) {
      error(type, Message.MODULE_DECLARED_NOT_PUBLIC.with(type.getQualifiedName()));
      return Optional.empty();
    }
    reading.add(name);
    List<Declared.Component> components = new ArrayList<>();
    boolean complete = true;
    for (RecordComponentElement component : type.getRecordComponents()) {
      Optional<Declared.Component> read = component(type, component, module);
      complete &= read.isPresent();
      read.ifPresent(components::add);
    }
    reading.remove(name);
    if (!complete) {
      return Optional.empty();
    }
    Declared.Shape shape = new Declared.Shape(type.getSimpleName().toString(), name, components, module, doc(type));
    records.put(name, shape);
    return Optional.of(shape);
  }

  private Optional<Declared.Component> component(TypeElement record, RecordComponentElement component, boolean module) {
    String name = component.getSimpleName().toString();
    Element at = field(record, name);
    if (module && RESERVED.containsKey(name)) {
      error(at, Message.MODULE_DECLARED_RESERVED.with(record.getSimpleName() + "." + name, name, RESERVED.get(name),
          String.join(" or ", RENAMES.get(name))));
      return Optional.empty();
    }
    Optional<Declared.Type> type = type(component.asType(), at, record.getSimpleName() + "." + name);
    if (type.isEmpty()) {
      return Optional.empty();
    }
    Optional<AnnotationMirror> range = annotation(component, "Range");
    Optional<AnnotationMirror> defaultValue = annotation(component, "Default");
    Declared.Type read = type.get();
    if (range.isPresent()) {
      Optional<Declared.Type> ranged = ranged(read, range.get(), at, record.getSimpleName() + "." + name);
      if (ranged.isEmpty()) {
        return Optional.empty();
      }
      read = ranged.get();
    }
    Optional<Value> value = Optional.empty();
    if (defaultValue.isPresent()) {
      String text = String.valueOf(value(defaultValue.get(), "value"));
      if (read instanceof Declared.OptionalOf || read instanceof Declared.ListOf || read instanceof Declared.Nested
          || read instanceof Declared.AnyModule) {
        error(at, Message.MODULE_DECLARED_DEFAULT_PLACE.with(record.getSimpleName() + "." + name));
        return Optional.empty();
      }
      RecordReader.Checked checked = RecordReader.checkDefault(read, text);
      if (checked.value().isEmpty()) {
        error(at, Message.MODULE_DECLARED_DEFAULT_VALUE.with(record.getSimpleName() + "." + name, text,
            String.join("; ", checked.problems())));
        return Optional.empty();
      }
      value = checked.value();
    }
    boolean required = !(read instanceof Declared.OptionalOf) && !(read instanceof Declared.ListOf) && value.isEmpty();
    return Optional.of(new Declared.Component(name, read, required, value, componentDoc(record, name)));
  }

  /** The type of a component, or an error at {@code at}. */
  private Optional<Declared.Type> type(TypeMirror mirror, Element at, String what) {
    switch (mirror.getKind()) {
      case INT:
        return Optional.of(new Declared.Whole(false, false, Integer.MIN_VALUE, Integer.MAX_VALUE));
      case LONG:
        return Optional.of(new Declared.Whole(true, false, Long.MIN_VALUE, Long.MAX_VALUE));
      case BOOLEAN:
        return Optional.of(Declared.Scalar.BOOLEAN);
      case DECLARED:
        break;
      default:
        return unsupported(mirror, at, what);
    }
    DeclaredType declared = (DeclaredType) mirror;
    TypeElement element = (TypeElement) declared.asElement();
    String name = element.getQualifiedName().toString();
    switch (name) {
      case "java.lang.String":
        return Optional.of(Declared.Scalar.TEXT);
      case "java.lang.Integer":
        return Optional.of(new Declared.Whole(false, true, Integer.MIN_VALUE, Integer.MAX_VALUE));
      case "java.lang.Long":
        return Optional.of(new Declared.Whole(true, true, Long.MIN_VALUE, Long.MAX_VALUE));
      case "java.lang.Boolean":
        return Optional.of(Declared.Scalar.BOOLEAN);
      case DSL + "Markdown":
        return Optional.of(Declared.Scalar.MARKDOWN);
      case DSL + "Url":
        return Optional.of(Declared.Scalar.URL);
      case DSL + "ImageUrl":
        return Optional.of(Declared.Scalar.IMAGE_URL);
      case DSL + "Icon":
        return Optional.of(Declared.Scalar.ICON);
      case DSL + "Size":
        return Optional.of(Declared.Scalar.SIZE);
      case DSL + "Module":
        return Optional.of(new Declared.AnyModule());
      case "java.util.Optional":
      case "java.util.List":
        if (declared.getTypeArguments().size() != 1) {
          return unsupported(mirror, at, what);
        }
        TypeMirror argument = declared.getTypeArguments().get(0);
        if (argument.getKind() != TypeKind.DECLARED) {
          return unsupported(mirror, at, what);
        }
        String inner = ((TypeElement) ((DeclaredType) argument).asElement()).getQualifiedName().toString();
        if (inner.equals("java.util.Optional") || inner.equals("java.util.List")) {
          error(at, Message.MODULE_DECLARED_NESTED_CONTAINER.with(what, mirror));
          return Optional.empty();
        }
        return type(argument, at, what).map(of -> name.equals("java.util.List") ? new Declared.ListOf(of)
            : new Declared.OptionalOf(of));
      default:
        break;
    }
    if (element.getKind() == ElementKind.ENUM) {
      List<String> constants = new ArrayList<>();
      for (Element enclosed : element.getEnclosedElements()) {
        if (enclosed.getKind() == ElementKind.ENUM_CONSTANT) {
          constants.add(enclosed.getSimpleName().toString());
        }
      }
      if (!isPublic(element)) {
        error(at, Message.MODULE_DECLARED_ENUM.with(what, element.getQualifiedName()));
        return Optional.empty();
      }
      return Optional.of(new Declared.EnumOf(javaName(element), constants));
    }
    TypeMirror module = env.getElementUtils().getTypeElement(DSL + "Module").asType();
    if (element.getKind() == ElementKind.RECORD && !env.getTypeUtils().isAssignable(mirror, module)) {
      Declared.JavaName nested = javaName(element);
      if (!records.containsKey(nested) && !reading.contains(nested) && shape(element, false).isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new Declared.Nested(nested));
    }
    if (element.getKind() == ElementKind.RECORD) {
      error(at, Message.MODULE_DECLARED_MODULE_TYPE.with(what, element.getSimpleName()));
      return Optional.empty();
    }
    return unsupported(mirror, at, what);
  }

  private Optional<Declared.Type> unsupported(TypeMirror mirror, Element at, String what) {
    error(at, Message.MODULE_DECLARED_TYPE.with(what, mirror, SUPPORTED));
    return Optional.empty();
  }

  /** {@code type} within {@code @Range}'s bounds; an error unless it is a whole number. */
  private Optional<Declared.Type> ranged(Declared.Type type, AnnotationMirror range, Element at, String what) {
    boolean optional = type instanceof Declared.OptionalOf;
    Declared.Type inner = optional ? ((Declared.OptionalOf) type).of() : type;
    if (!(inner instanceof Declared.Whole whole)) {
      error(at, Message.MODULE_DECLARED_RANGE_TYPE.with(what, type.description()));
      return Optional.empty();
    }
    long min = Math.max(whole.min(), ((Number) value(range, "min")).longValue());
    long max = Math.min(whole.max(), ((Number) value(range, "max")).longValue());
    if (min > max) {
      error(at, Message.MODULE_DECLARED_RANGE_EMPTY.with(what, value(range, "min"), value(range, "max"),
          whole.isLong() ? "long" : "int"));
      return Optional.empty();
    }
    Declared.Type bounded = new Declared.Whole(whole.isLong(), whole.boxed(), min, max);
    return Optional.of(optional ? new Declared.OptionalOf(bounded) : bounded);
  }

  private Optional<AnnotationMirror> annotation(Element element, String simpleName) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().contentEquals(DSL + simpleName)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  private Object value(AnnotationMirror mirror, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
        : env.getElementUtils().getElementValuesWithDefaults(mirror).entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return entry.getValue().getValue();
      }
    }
    throw new IllegalStateException("@" + mirror.getAnnotationType() + " has no " + name);
  }

  /**
   * The record's private field of a component: javac on JDK 17 drops the file and line of a
   * diagnostic on a record component or its accessor, but keeps them for the field.
   */
  private static Element field(TypeElement record, String name) {
    for (VariableElement field : ElementFilter.fieldsIn(record.getEnclosedElements())) {
      if (field.getSimpleName().contentEquals(name)) {
        return field;
      }
    }
    return record;
  }

  private static boolean isPublic(Element element) {
    for (Element e = element; e instanceof TypeElement; e = e.getEnclosingElement()) {
      if (!e.getModifiers().contains(Modifier.PUBLIC)) {
        return false;
      }
      if (e.getEnclosingElement() instanceof TypeElement && !e.getModifiers().contains(Modifier.STATIC)
          && e.getKind() != ElementKind.RECORD && e.getKind() != ElementKind.ENUM) {
        return false;
      }
    }
    return true;
  }

  private Declared.JavaName javaName(TypeElement type) {
    List<String> names = new ArrayList<>();
    Element e = type;
    while (e instanceof TypeElement) {
      names.add(0, e.getSimpleName().toString());
      e = e.getEnclosingElement();
    }
    return new Declared.JavaName(env.getElementUtils().getPackageOf(type).getQualifiedName().toString(), names);
  }

  /** The first sentence of a type's javadoc, or "". */
  private String doc(TypeElement type) {
    String doc = env.getElementUtils().getDocComment(type);
    if (doc == null) {
      return "";
    }
    String text = doc.strip();
    int tags = text.indexOf("\n@");
    text = (tags < 0 ? text : text.substring(0, tags)).replaceAll("\\s+", " ").strip();
    int end = text.indexOf(". ");
    return end < 0 ? text : text.substring(0, end + 1);
  }

  /** A component's {@code @param} text in its record's javadoc, or "". */
  private String componentDoc(TypeElement record, String name) {
    String doc = env.getElementUtils().getDocComment(record);
    if (doc == null) {
      return "";
    }
    java.util.regex.Matcher param = java.util.regex.Pattern.compile("@param\\s+" + java.util.regex.Pattern.quote(name)
        + "\\s+(.*?)(?=\\n\\s*@|$)", java.util.regex.Pattern.DOTALL).matcher(doc);
    return param.find() ? param.group(1).replaceAll("\\s+", " ").strip() : "";
  }

  private void error(Element at, dev.quire.dsl.internal.Problem problem) {
    if (at == null) {
      reporter.print(problem);
    } else {
      reporter.print(problem, at);
    }
  }
}
