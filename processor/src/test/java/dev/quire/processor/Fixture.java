package dev.quire.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/** Compiles content files with the real processor through javac, the way a build would. */
final class Fixture {
  static final String PACKAGE_INFO = "@dev.quire.dsl.Pages(\"pages\")\npackage test;\n";

  private Fixture() {}

  /** Writes {@code files} (path under the resource root → content) and compiles a package annotated with @Pages("pages"). */
  static Compilation compile(Path resources, Map<String, ?> files, String... options) {
    write(resources, files);
    List<String> all = new ArrayList<>(List.of("-Aquire.resources=" + resources, "-Xlint:-processing"));
    all.addAll(List.of(options));
    return javac(all, JavaFileObjects.forSourceString("test.package-info", PACKAGE_INFO));
  }

  /** Compiles {@code sources} with the processor and exactly {@code options}, for files already written. */
  static Compilation javac(List<String> options, JavaFileObject... sources) {
    return Compiler.javac().withProcessors(new PagesProcessor()).withOptions(options).compile(sources);
  }

  static void write(Path resources, Map<String, ?> files) {
    try {
      for (Map.Entry<String, ?> file : files.entrySet()) {
        Path path = resources.resolve(file.getKey());
        Files.createDirectories(path.getParent());
        if (file.getValue() instanceof byte[] bytes) {
          Files.write(path, bytes);
        } else {
          Files.writeString(path, (String) file.getValue(), StandardCharsets.UTF_8);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every diagnostic of the processor as "ERROR path:line:col: message" (first line of its text). */
  static List<String> diagnostics(Compilation compilation) {
    List<String> lines = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
      if (diagnostic.getKind() == Diagnostic.Kind.ERROR || diagnostic.getKind() == Diagnostic.Kind.WARNING) {
        lines.add(diagnostic.getKind() + " " + diagnostic.getMessage(Locale.ROOT).lines().findFirst().orElse(""));
      }
    }
    return lines;
  }

  /** The full text of each processor diagnostic. */
  static List<String> fullMessages(Compilation compilation) {
    List<String> messages = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
      if (diagnostic.getKind() == Diagnostic.Kind.ERROR || diagnostic.getKind() == Diagnostic.Kind.WARNING) {
        messages.add(diagnostic.getMessage(Locale.ROOT));
      }
    }
    return messages;
  }

  /** Loads a class compiled in {@code compilation}. */
  static Class<?> load(Compilation compilation, String className) throws ClassNotFoundException {
    ClassLoader loader = new ClassLoader(Fixture.class.getClassLoader()) {
      @Override
      protected Class<?> findClass(String name) throws ClassNotFoundException {
        String path = "/" + name.replace('.', '/') + ".class";
        for (JavaFileObject file : compilation.generatedFiles()) {
          if (file.getKind() == JavaFileObject.Kind.CLASS && file.toUri().getPath().endsWith(path)) {
            try (InputStream in = file.openInputStream()) {
              byte[] bytes = in.readAllBytes();
              return defineClass(name, bytes, 0, bytes.length);
            } catch (IOException e) {
              throw new ClassNotFoundException(name, e);
            }
          }
        }
        throw new ClassNotFoundException(name);
      }
    };
    return Class.forName(className, true, loader);
  }

  /** Calls the static {@code page()} of a generated class. */
  static dev.quire.dsl.Page page(Compilation compilation, String className) throws ReflectiveOperationException {
    return (dev.quire.dsl.Page) load(compilation, className).getMethod("page").invoke(null);
  }

  /** The seed page, as the examples module holds it. */
  static String seed() throws IOException {
    return Files.readString(repositoryRoot().resolve("examples/src/main/resources/pages/ipso.md"));
  }

  static Path repositoryRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("examples/pom.xml"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("run the tests inside the Quire repository");
    }
    return dir;
  }
}
