package dev.quire.maven;

import dev.quire.processor.PagesProcessor;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The build's content checks, run before Java compiles: javac with Quire's processor and
 * {@code -proc:only} over the files that carry {@code @Pages}, the other sources found on the source
 * path as javac needs them, with the processor options the compiler plugin passes. The diagnostics are exactly the ones compiling would print; what the
 * processor writes goes to a scratch folder and is thrown away.
 */
final class EarlyCheck {
  /** One diagnostic of the processor: an error or not, and its text. */
  record Problem(boolean error, String message) {}

  private EarlyCheck() {}

  /** A content file's place at the start of a message: {@code pages/about.md:12:5: }. */
  private static final Pattern CONTENT_PLACE = Pattern.compile("^([^\\s:][^:\\n]*):(\\d+):(\\d+): ");

  /**
   * The processor's diagnostics for {@code sources}, with {@code sourceRoots} on the source path,
   * {@code classPath} as the class path and {@code resourceRoot} as the content's resource root. Each
   * message starts with its place as a path from {@code projectRoot}
   * ({@code src/main/resources/pages/about.md:12:5: }, {@code src/main/java/com/example/Hero.java:15:3: }),
   * which terminals and IDEs turn into links.
   */
  static List<Problem> run(List<Path> sources, List<Path> sourceRoots, List<String> classPath, Path resourceRoot,
      List<String> processorOptions, Path projectRoot, Path scratch) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      return List.of(new Problem(true, "Quire's content check needs the Java compiler: run Maven with a JDK, not a JRE"));
    }
    deleteTree(scratch);
    Files.createDirectories(scratch.resolve("sources"));
    Files.createDirectories(scratch.resolve("classes"));
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options = new ArrayList<>(List.of("-proc:only", "-implicit:none", "-nowarn", "-encoding", "UTF-8",
          "-Aquire.resources=" + resourceRoot, "-s", scratch.resolve("sources").toString(),
          "-d", scratch.resolve("classes").toString(), "-classpath", String.join(File.pathSeparator, classPath),
          "-sourcepath", String.join(File.pathSeparator, sourceRoots.stream().map(Path::toString).toList())));
      options.addAll(processorOptions);
      JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, options, null,
          files.getJavaFileObjectsFromPaths(sources));
      task.setProcessors(List.of(new PagesProcessor()));
      task.call();
    }
    List<Problem> problems = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
      String message = diagnostic.getMessage(Locale.ROOT);
      if (message.contains("[QUIRE-")
          && (diagnostic.getKind() == Diagnostic.Kind.ERROR || diagnostic.getKind() == Diagnostic.Kind.WARNING
          || diagnostic.getKind() == Diagnostic.Kind.MANDATORY_WARNING)) {
        problems.add(new Problem(diagnostic.getKind() == Diagnostic.Kind.ERROR,
            placed(message, diagnostic, resourceRoot, projectRoot)));
      }
    }
    deleteTree(scratch);
    return problems;
  }

  /**
   * {@code message} with its place as a path from the project's root: a content file's path (relative to
   * the resource root in the processor's messages) gets the resource root in front; a message at a Java
   * declaration (an own module's component) gets its source file, line and column, which javac shows
   * beside the message and the message itself does not hold.
   */
  static String placed(String message, Diagnostic<? extends JavaFileObject> diagnostic, Path resourceRoot,
      Path projectRoot) {
    Matcher content = CONTENT_PLACE.matcher(message);
    if (content.find() && content.group(1).endsWith(".md")) {
      return display(projectRoot, resourceRoot.resolve(content.group(1))) + message.substring(content.group(1).length());
    }
    if (diagnostic.getSource() != null && diagnostic.getLineNumber() > 0) {
      Path file = Path.of(diagnostic.getSource().toUri());
      return display(projectRoot, file) + ":" + diagnostic.getLineNumber() + ":" + diagnostic.getColumnNumber() + ": "
          + message;
    }
    return message;
  }

  /** {@code file} from {@code root} with forward slashes, or absolute when it is outside the root. */
  private static String display(Path root, Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    Path base = root.toAbsolutePath().normalize();
    Path shown = absolute.startsWith(base) ? base.relativize(absolute) : absolute;
    return shown.toString().replace(File.separatorChar, '/');
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
