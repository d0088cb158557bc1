package dev.quire.processor.internal;

import dev.quire.dsl.Code;
import dev.quire.dsl.internal.Message;
import dev.quire.processor.internal.diag.Reporter;
import dev.quire.processor.internal.model.Declared;
import dev.quire.processor.internal.model.ModelTypes;
import dev.quire.processor.internal.site.Served;
import java.io.File;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The own modules of a site for {@code quire check}, read the way the build reads them: javac parses
 * the Java file that carries {@code @Pages} (its {@code package-info.java}) against the application's
 * class path, and {@link ModuleDeclarations} reads the records it lists from their compiled classes,
 * in an annotation-processing round that compiles nothing. Problems of the declarations are the
 * build's QUIRE-MODULE-008 errors; a file javac cannot read is reported with javac's own message.
 */
public final class ClassPathModules {
  private static final String PAGES = "dev.quire.dsl.Pages";

  /** One problem: its code (for its severity) and the line to print. */
  public record Problem(Code code, String message) {}

  /** The modules found (none when there were problems that prevent reading them) and the problems. */
  public record Result(Optional<Declared.Modules> modules, List<Problem> problems) {}

  private ClassPathModules() {}

  /**
   * Reads the modules listed by the {@code @Pages} annotation in {@code pagesSource} whose folder is
   * {@code folder} (or the only one there), resolving types on {@code classPath} (the application's
   * compiled classes and jars; Quire's own API is added).
   */
  public static Result read(Path pagesSource, String classPath, String folder) {
    return read(pagesSource, classPath, folder, (modules, models, served) -> { });
  }

  /** What runs inside the annotation-processing round, where the application's types can be looked up. */
  public interface InRound {
    /**
     * Runs with the own modules read, the model types of the {@code @Pages} element's package and the
     * addresses its {@code serves} lists.
     */
    void run(Declared.Modules modules, ModelTypes models, Served served);
  }

  /**
   * As {@link #read(Path, String, String)}, and then runs {@code inRound} inside javac's round: the content
   * is checked there, so that a {@code model:} type is looked up as the build looks it up.
   */
  public static Result read(Path pagesSource, String classPath, String folder, InRound inRound) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      return new Result(Optional.empty(), List.of(setup(Message.SETUP_NO_COMPILER.with())));
    }
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Probe probe = new Probe(folder, inRound);
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      String path = classPath.isEmpty() ? quireApi() : classPath + File.pathSeparator + quireApi();
      List<String> options = new ArrayList<>(List.of("-proc:only", "-implicit:none", "-classpath", path, "-nowarn"));
      sourceRoot(pagesSource).ifPresent(root -> options.addAll(List.of("-sourcepath", root.toString())));
      JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, options, null,
          files.getJavaFileObjects(pagesSource));
      task.setProcessors(List.of(probe));
      task.call();
    } catch (java.io.IOException | RuntimeException e) {
      return new Result(Optional.empty(), List.of(setup(Message.SETUP_PAGES_UNREADABLE.with(pagesSource, e.getMessage()))));
    }
    List<Problem> problems = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
      if (diagnostic.getKind() != Diagnostic.Kind.ERROR) {
        continue;
      }
      String message = diagnostic.getMessage(Locale.ROOT);
      Optional<Code> code = message.startsWith("[QUIRE-") && message.indexOf(']') > 0
          ? Code.parse(message.substring(1, message.indexOf(']'))) : Optional.empty();
      String place = diagnostic.getSource() == null ? ""
          : diagnostic.getSource().getName() + ":" + diagnostic.getLineNumber() + ": ";
      problems.add(code.isPresent() ? new Problem(code.get(), place + message)
          : setup(Message.SETUP_PAGES_JAVAC.with(place, message)));
    }
    if (probe.problem != null) {
      problems.add(setup(probe.problem.apply(pagesSource.toString())));
    }
    boolean unreadable = problems.stream().anyMatch(p -> p.code() == Code.SETUP_001);
    return new Result(unreadable ? Optional.empty() : Optional.ofNullable(probe.modules), problems);
  }

  /**
   * The source root of {@code file} (its folder without its package's folders), so that records in
   * the same sources are read from them, javadoc included, without compiling first.
   */
  static Optional<Path> sourceRoot(Path file) {
    String text;
    try {
      text = java.nio.file.Files.readString(file, StandardCharsets.UTF_8);
    } catch (java.io.IOException | RuntimeException e) {
      return Optional.empty();
    }
    java.util.regex.Matcher declaration = java.util.regex.Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;")
        .matcher(text);
    Path folder = file.toAbsolutePath().normalize().getParent();
    if (!declaration.find() || folder == null) {
      return Optional.ofNullable(folder);
    }
    String[] names = declaration.group(1).split("\\.");
    for (int i = names.length - 1; i >= 0; i--) {
      if (folder == null || folder.getFileName() == null || !folder.getFileName().toString().equals(names[i])) {
        return Optional.empty();
      }
      folder = folder.getParent();
    }
    return Optional.ofNullable(folder);
  }

  /** A problem of the catalogue as {@code quire check} prints it: {@code [QUIRE-SETUP-001] …}. */
  private static Problem setup(dev.quire.dsl.internal.Problem problem) {
    return new Problem(Code.parse(problem.code()).orElseThrow(), "[" + problem.code() + "] " + problem.message());
  }

  /** Where Quire's API classes are (this tool's own jar or classes): records implement its Module. */
  private static String quireApi() {
    try {
      return Path.of(Code.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException | RuntimeException e) {
      return "";
    }
  }

  /** Finds the {@code @Pages} element among the parsed file's and reads the modules it lists. */
  private static final class Probe extends AbstractProcessor {
    private final String folder;
    private final InRound inRound;
    private Declared.Modules modules;
    private java.util.function.Function<String, dev.quire.dsl.internal.Problem> problem;
    private boolean done;

    Probe(String folder, InRound inRound) {
      this.folder = folder;
      this.inRound = inRound;
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (done) {
        return false;
      }
      done = true;
      TypeElement pages = processingEnv.getElementUtils().getTypeElement(PAGES);
      if (pages == null) {
        problem = file -> Message.SETUP_NO_PAGES_TYPE.with();
        return false;
      }
      List<Element> annotated = new ArrayList<>(round.getElementsAnnotatedWith(pages));
      Element chosen = null;
      AnnotationMirror mirror = null;
      for (Element element : annotated) {
        AnnotationMirror candidate = mirror(element, pages);
        if (candidate != null && (annotated.size() == 1 || folder.equals(value(candidate)))) {
          chosen = element;
          mirror = candidate;
        }
      }
      if (chosen == null) {
        problem = annotated.isEmpty() ? file -> Message.SETUP_NO_PAGES.with(file)
            : file -> Message.SETUP_NO_PAGES_FOLDER.with(file, folder);
        return false;
      }
      Reporter reporter = new Reporter(processingEnv.getMessager(), chosen, mirror);
      modules = ModuleDeclarations.read(processingEnv, mirror, reporter);
      javax.lang.model.element.PackageElement pkg = processingEnv.getElementUtils().getPackageOf(chosen);
      inRound.run(modules, new JavaModelTypes(processingEnv.getElementUtils(), processingEnv.getTypeUtils(),
          pkg.isUnnamed() ? "" : pkg.getQualifiedName().toString()),
          Served.of(PagesAnnotation.serves(mirror), reporter::print));
      return false;
    }

    private static AnnotationMirror mirror(Element element, TypeElement pages) {
      for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
        if (mirror.getAnnotationType().asElement().equals(pages)) {
          return mirror;
        }
      }
      return null;
    }

    private static String value(AnnotationMirror mirror) {
      for (var entry : mirror.getElementValues().entrySet()) {
        ExecutableElement key = entry.getKey();
        AnnotationValue value = entry.getValue();
        if (key.getSimpleName().contentEquals("value")) {
          return String.valueOf(value.getValue()).replace('\\', '/').replaceAll("^/+|/+$", "");
        }
      }
      return "";
    }
  }
}
