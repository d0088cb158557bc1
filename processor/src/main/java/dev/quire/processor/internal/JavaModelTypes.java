package dev.quire.processor.internal;

import dev.quire.dsl.internal.Message;
import dev.quire.processor.internal.model.ModelTypes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * {@link ModelTypes} from javac's model of the compilation (and the class path). javac's
 * {@code Elements} and {@code Types} are not thread-safe and content files are read in parallel, so
 * every question goes through this object's lock.
 */
final class JavaModelTypes implements ModelTypes {
  private final Elements elements;
  private final Types types;
  private final String packageName;

  JavaModelTypes(Elements elements, Types types, String packageName) {
    this.elements = elements;
    this.types = types;
    this.packageName = packageName;
  }

  @Override
  public synchronized Optional<ModelType> find(String name) {
    TypeElement type = name.contains(".") ? elements.getTypeElement(name) : null;
    if (type == null) {
      type = elements.getTypeElement(packageName.isEmpty() ? name : packageName + "." + name);
    }
    return Optional.ofNullable(type).map(t -> new JavaType(types.erasure(t.asType())));
  }

  /**
   * The types of the package and their member types. javac completes a package's classes from the
   * class path when asked for them, and a class file it cannot read there fails that completion
   * (a {@code CompletionFailure}, unchecked): such a type is left out of the suggestions, not the build.
   */
  @Override
  public synchronized List<String> names() {
    Set<String> names = new TreeSet<>();
    List<? extends Element> members;
    try {
      PackageElement pkg = elements.getPackageElement(packageName);
      members = pkg == null ? List.of() : pkg.getEnclosedElements();
    } catch (RuntimeException unreadable) {
      return List.of();
    }
    for (TypeElement type : ElementFilter.typesIn(members)) {
      try {
        names.add(type.getSimpleName().toString());
        for (TypeElement nested : ElementFilter.typesIn(type.getEnclosedElements())) {
          names.add(type.getSimpleName() + "." + nested.getSimpleName());
        }
      } catch (RuntimeException unreadable) {
        // a class file javac cannot complete: not a suggestion
      }
    }
    return List.copyOf(names);
  }

  @Override
  public synchronized boolean markdownEngine() {
    try {
      return elements.getTypeElement("dev.quire.markdown.FlexmarkEngine") != null;
    } catch (RuntimeException unreadable) {
      return true; // a class path javac cannot read is not this check's to report
    }
  }

  @Override
  public synchronized Optional<String> unreachable(ModelType type, String slug) {
    if (!(type instanceof JavaType java)) {
      return Optional.empty();
    }
    TypeMirror mirror = java.mirror;
    while (mirror instanceof ArrayType array) {
      mirror = array.getComponentType();
    }
    if (!(mirror instanceof DeclaredType declared)) {
      return Optional.empty();
    }
    String page = pagePackage(slug);
    Element element = declared.asElement();
    while (element instanceof TypeElement nested) {
      Set<Modifier> modifiers = nested.getModifiers();
      String where = nested.getEnclosingElement() instanceof TypeElement outer ? " in " + outer.getSimpleName() : "";
      if (modifiers.contains(Modifier.PRIVATE)) {
        return Optional.of(Message.DATA_PRIVATE_TYPE.with(nested.getSimpleName(), where).message());
      }
      if (!modifiers.contains(Modifier.PUBLIC)) {
        String own = elements.getPackageOf(nested).getQualifiedName().toString();
        if (!own.equals(page)) {
          return Optional.of(Message.DATA_PACKAGE_TYPE.with(nested.getSimpleName() + where,
              page.isEmpty() ? "the unnamed package" : page, own).message());
        }
      }
      element = nested.getEnclosingElement();
    }
    return Optional.empty();
  }

  /** The package of the page class of {@code slug}: the {@code @Pages} package, then a segment per folder. */
  private String pagePackage(String slug) {
    StringBuilder name = new StringBuilder(packageName);
    String[] parts = slug.split("/");
    for (int i = 0; i < parts.length - 1; i++) {
      if (name.length() > 0) {
        name.append('.');
      }
      name.append(dev.quire.processor.internal.generate.Names.packageSegment(parts[i]));
    }
    return name.toString();
  }

  /** A type of javac's model. */
  private final class JavaType implements ModelType {
    private final TypeMirror mirror;

    JavaType(TypeMirror mirror) {
      this.mirror = bound(mirror);
    }

    @Override
    public Shape shape() {
      synchronized (JavaModelTypes.this) {
        TypeKind kind = mirror.getKind();
        if (kind == TypeKind.BOOLEAN) {
          return Shape.BOOLEAN;
        }
        if (kind.isPrimitive()) {
          return Shape.TEXT;
        }
        if (kind == TypeKind.ARRAY) {
          return Shape.REPEATS;
        }
        if (!(mirror instanceof DeclaredType declared)) {
          return Shape.OTHER;
        }
        TypeElement element = (TypeElement) declared.asElement();
        String name = element.getQualifiedName().toString();
        if (name.equals("java.lang.Boolean")) {
          return Shape.BOOLEAN;
        }
        if (name.equals("dev.quire.dsl.Markdown")) {
          return Shape.MARKDOWN;
        }
        if (name.equals("dev.quire.dsl.Url") || name.equals("dev.quire.dsl.ImageUrl")) {
          return Shape.URL;
        }
        if (name.equals("java.util.Optional")) {
          return Shape.OPTIONAL;
        }
        if (element.getKind() == ElementKind.ENUM || isA(declared, "java.lang.CharSequence") || isA(declared, "java.lang.Number")
            || name.equals("java.lang.Character") || name.startsWith("java.time.") || isA(declared, "java.time.temporal.TemporalAccessor")) {
          return Shape.TEXT;
        }
        if (isA(declared, "java.lang.Iterable")) {
          return Shape.REPEATS;
        }
        return Shape.OTHER;
      }
    }

    @Override
    public Optional<ModelType> element() {
      synchronized (JavaModelTypes.this) {
        if (mirror instanceof ArrayType array) {
          return Optional.of(new JavaType(array.getComponentType()));
        }
        if (!(mirror instanceof DeclaredType declared)) {
          return Optional.empty();
        }
        String name = ((TypeElement) declared.asElement()).getQualifiedName().toString();
        if (name.equals("java.util.Optional")) {
          return Optional.of(new JavaType(declared.getTypeArguments().isEmpty() ? object() : declared.getTypeArguments().get(0)));
        }
        return supertype(declared, "java.lang.Iterable")
            .map(iterable -> new JavaType(iterable.getTypeArguments().isEmpty() ? object() : iterable.getTypeArguments().get(0)));
      }
    }

    @Override
    public Optional<Member> member(String name) {
      synchronized (JavaModelTypes.this) {
        if (!(mirror instanceof DeclaredType declared)) {
          return Optional.empty();
        }
        List<ExecutableElement> named = new ArrayList<>();
        for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers((TypeElement) declared.asElement()))) {
          if (method.getSimpleName().contentEquals(name)) {
            named.add(method);
          }
        }
        return named.stream().filter(JavaModelTypes::isAccessor).findFirst().map(method -> new Member(name,
            new JavaType(((ExecutableType) types.asMemberOf(declared, method)).getReturnType()), named.size() > 1));
      }
    }

    @Override
    public List<String> memberNames() {
      synchronized (JavaModelTypes.this) {
        if (!(mirror instanceof DeclaredType declared)) {
          return List.of();
        }
        Set<String> names = new TreeSet<>();
        for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers((TypeElement) declared.asElement()))) {
          if (isAccessor(method)) {
            names.add(method.getSimpleName().toString());
          }
        }
        return List.copyOf(names);
      }
    }

    @Override
    public String display() {
      synchronized (JavaModelTypes.this) {
        return mirror.toString().replaceAll("\\b(?:[a-z_$][\\w$]*\\.)+(?=[A-Z])", "");
      }
    }

    @Override
    public Optional<JavaClass> javaClass() {
      synchronized (JavaModelTypes.this) {
        if (!(mirror instanceof DeclaredType declared)) {
          return Optional.empty();
        }
        Deque<String> names = new ArrayDeque<>();
        Element element = declared.asElement();
        while (element instanceof TypeElement type) {
          names.addFirst(type.getSimpleName().toString());
          element = type.getEnclosingElement();
        }
        String pkg = element instanceof PackageElement p ? p.getQualifiedName().toString() : "";
        return Optional.of(new JavaClass(pkg, new ArrayList<>(names),
            ((TypeElement) declared.asElement()).getTypeParameters().size()));
      }
    }

    private boolean isA(DeclaredType type, String name) {
      return supertype(type, name).isPresent();
    }

    /** The supertype of {@code type} (itself included) whose class is {@code name}, with its type arguments. */
    private Optional<DeclaredType> supertype(DeclaredType type, String name) {
      Deque<TypeMirror> todo = new ArrayDeque<>(List.of(type));
      Set<String> seen = new HashSet<>();
      while (!todo.isEmpty()) {
        TypeMirror next = todo.removeFirst();
        if (next instanceof DeclaredType declared && seen.add(next.toString())) {
          if (((TypeElement) declared.asElement()).getQualifiedName().contentEquals(name)) {
            return Optional.of(declared);
          }
          todo.addAll(types.directSupertypes(next));
        }
      }
      return Optional.empty();
    }
  }

  /** Object's methods that records and classes override: not values a page shows. */
  private static final Set<String> OBJECT_METHODS = Set.of("hashCode", "toString", "getClass");

  /** A record component's accessor or a public instance method without parameters that gives a value (Object's own left out). */
  private static boolean isAccessor(ExecutableElement method) {
    Set<Modifier> modifiers = method.getModifiers();
    return modifiers.contains(Modifier.PUBLIC) && !modifiers.contains(Modifier.STATIC) && method.getParameters().isEmpty()
        && method.getReturnType().getKind() != TypeKind.VOID && method.getTypeParameters().isEmpty()
        && !((TypeElement) method.getEnclosingElement()).getQualifiedName().contentEquals("java.lang.Object")
        && !OBJECT_METHODS.contains(method.getSimpleName().toString());
  }

  private TypeMirror object() {
    return elements.getTypeElement("java.lang.Object").asType();
  }

  /** A wildcard or type variable as its upper bound. */
  private TypeMirror bound(TypeMirror mirror) {
    for (int i = 0; i < 8; i++) {
      if (mirror instanceof WildcardType wildcard) {
        mirror = wildcard.getExtendsBound() != null ? wildcard.getExtendsBound() : object();
      } else if (mirror instanceof TypeVariable variable) {
        mirror = variable.getUpperBound();
      } else {
        return mirror;
      }
    }
    return mirror;
  }
}
