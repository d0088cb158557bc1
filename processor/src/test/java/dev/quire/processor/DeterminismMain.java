package dev.quire.processor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Run by {@link DeterminismTest} in a separate JVM: compiles {@code <resources>/pages} with the processor
 * ({@code -proc:only}) and writes the generated sources under {@code <out>/sources} and the
 * diagnostics, in order, to {@code <out>/diagnostics.txt} (UTF-8).
 */
public final class DeterminismMain {
  private DeterminismMain() {}

  public static void main(String[] args) throws IOException {
    Path resources = Path.of(args[0]);
    Path out = Path.of(args[1]);
    Path sources = Files.createDirectories(out.resolve("sources"));
    Path packageInfo = Files.createDirectories(out.resolve("in/test")).resolve("package-info.java");
    Files.writeString(packageInfo, Fixture.PACKAGE_INFO, StandardCharsets.US_ASCII);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(collector, null, null)) {
      List<String> options = new ArrayList<>(List.of("-proc:only", "-processor", PagesProcessor.class.getName(),
          "-processorpath", System.getProperty("java.class.path"), "-cp", System.getProperty("java.class.path"),
          "-Aquire.resources=" + resources, "-Xlint:-processing", "-s", sources.toString()));
      javac.getTask(null, files, collector, options, null, files.getJavaFileObjects(packageInfo)).call();
    }
    StringBuilder text = new StringBuilder();
    for (Diagnostic<? extends JavaFileObject> diagnostic : collector.getDiagnostics()) {
      text.append(diagnostic.getKind()).append(' ').append(diagnostic.getMessage(Locale.ROOT)).append('\n');
    }
    Files.writeString(out.resolve("diagnostics.txt"), text, StandardCharsets.UTF_8);
  }
}
