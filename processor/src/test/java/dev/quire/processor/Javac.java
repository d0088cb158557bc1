package dev.quire.processor;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Runs the real javac command (not a test harness around it) with the processor on a resource
 * folder, the way a build does: the exit status (0 ok, 1 errors, 3 a crash in javac or a processor),
 * everything javac printed, and the compiled classes.
 */
final class Javac {
  private static final JavaCompiler JAVAC = ToolProvider.getSystemJavaCompiler();
  /** A javac diagnostic on the annotated package: {@code File.java:1: error: message}. */
  private static final Pattern DIAGNOSTIC = Pattern.compile("(?m)^\\S+\\.java:\\d+: (error|warning): (.*)$");

  /** One javac run. */
  record Result(int status, String output, List<String> diagnostics, long millis, Path classes) {
    /** A class loader over the compiled classes (and the test class path). */
    ClassLoader loader() {
      try {
        return new URLClassLoader(new URL[] {classes.toUri().toURL()}, Javac.class.getClassLoader());
      } catch (MalformedURLException e) {
        throw new IllegalStateException(e);
      }
    }

    /** The generated page of {@code className} ({@code test.PPage}). */
    dev.quire.dsl.Page page(String className) throws ReflectiveOperationException {
      return (dev.quire.dsl.Page) Class.forName(className, true, loader()).getMethod("page").invoke(null);
    }
  }

  private Javac() {}

  /**
   * Writes {@code files} under {@code dir/res}, compiles a package {@code test} annotated
   * {@code @Pages("pages")} into {@code dir/classes}.
   */
  static Result compile(Path dir, Map<String, ?> files, String... options) {
    Path resources = dir.resolve("res");
    Path classes = dir.resolve("classes");
    Path sources = dir.resolve("src/test");
    try {
      Fixture.write(resources, files);
      Files.createDirectories(classes);
      Files.createDirectories(sources);
      Files.writeString(sources.resolve("package-info.java"), Fixture.PACKAGE_INFO);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> args = new ArrayList<>(List.of(
        "-processorpath", System.getProperty("java.class.path"),
        "-processor", PagesProcessor.class.getName(),
        "-cp", System.getProperty("java.class.path"),
        "-Aquire.resources=" + resources,
        "-Xlint:-processing", "-Xmaxerrs", "10000", "-Xmaxwarns", "10000", "-encoding", "UTF-8",
        "-implicit:none", "-d", classes.toString()));
    args.addAll(List.of(options));
    args.add(sources.resolve("package-info.java").toString());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long start = System.nanoTime();
    int status;
    try (PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8)) {
      status = JAVAC.run(null, print, print, args.toArray(String[]::new));
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    String output = out.toString(StandardCharsets.UTF_8).replace(File.separatorChar == '\\' ? "\r\n" : "\n", "\n");
    List<String> diagnostics = new ArrayList<>();
    Matcher matcher = DIAGNOSTIC.matcher(output);
    while (matcher.find()) {
      diagnostics.add(matcher.group(1).toUpperCase(java.util.Locale.ROOT) + " " + matcher.group(2));
    }
    return new Result(status, output, diagnostics, millis, classes);
  }
}
