package dev.quire.processor.cli;

import dev.quire.dsl.Code;
import dev.quire.processor.internal.ContentCompiler;
import dev.quire.processor.internal.BuildOptions;
import dev.quire.processor.internal.diag.Diagnostic;
import dev.quire.processor.internal.model.StaticFiles;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code quire check}: checks a content folder without compiling Java, for content authors and CI
 * pipelines. It runs the processor's own pipeline, so it prints exactly the diagnostics javac would
 * (same codes, positions, messages, carets; prefixed {@code error:} / {@code warning:} and with
 * continuation lines indented as javac prints them), then a count. Exit status: 0 when there is no error, 1 when there is one, 2 for a usage problem.
 *
 * <pre>
 * java -jar processor/target/quire-check.jar check [--root DIR] [--static DIR] [--suppress CODES] [--time] FOLDER
 * </pre>
 *
 * FOLDER is the content folder ({@code src/main/resources/pages}); paths in messages are relative to
 * its resource root, which is FOLDER's parent unless {@code --root} names it (as with
 * {@code -Aquire.resources}). {@code --static} and {@code --suppress} are the processor's
 * {@code -Aquire.static} and {@code -Aquire.suppress}.
 */
public final class QuireCheck {
  private static final String USAGE = "usage: quire check [--root DIR] [--static DIR] [--suppress CODES] [--time] FOLDER";

  private QuireCheck() {}

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    System.exit(run(args, new PrintWriter(out, true)));
  }

  /** Runs the command, printing to {@code out}; returns the exit status. */
  public static int run(String[] args, PrintWriter out) {
    long start = System.nanoTime();
    Optional<String> root = Optional.empty();
    String staticOption = null;
    String suppress = null;
    boolean time = false;
    List<String> rest = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("-h") || arg.equals("--help")) {
        out.println(USAGE);
        return 0;
      }
      if (arg.equals("--time")) {
        time = true;
      } else if (arg.startsWith("--")) {
        if (i + 1 == args.length || !List.of("--root", "--static", "--suppress").contains(arg)) {
          out.println(USAGE);
          return 2;
        }
        String value = args[++i];
        switch (arg) {
          case "--root" -> root = Optional.of(value);
          case "--static" -> staticOption = value;
          default -> suppress = value;
        }
      } else {
        rest.add(arg);
      }
    }
    if (rest.size() != 2 || !rest.get(0).equals("check")) {
      out.println(USAGE);
      return 2;
    }
    Path folder = Path.of(rest.get(1)).toAbsolutePath().normalize();
    Path resourceRoot = root.map(r -> Path.of(r).toAbsolutePath().normalize()).orElse(folder.getParent());
    if (!Files.isDirectory(folder) || resourceRoot == null || !folder.startsWith(resourceRoot) || folder.equals(resourceRoot)) {
      out.println("error: [" + Code.SETUP_001.id() + "] " + rest.get(1) + " is not a content folder"
          + (root.isPresent() ? " under " + root.get() : ""));
      return 2;
    }
    List<String> setup = new ArrayList<>();
    Optional<StaticFiles> staticFiles = BuildOptions.staticFiles(staticOption, resourceRoot,
        (code, message) -> setup.add(kind(code) + "[" + code.id() + "] " + message));
    Set<Code> silenced = BuildOptions.silenced(suppress,
        (code, message) -> setup.add(kind(code) + "[" + code.id() + "] " + message));
    int errors = (int) setup.stream().filter(line -> line.startsWith("error")).count();
    int warnings = setup.size() - errors;
    setup.forEach(out::println);
    String relative = resourceRoot.relativize(folder).toString().replace('\\', '/');
    List<ContentCompiler.FileResult> results;
    try {
      results = ContentCompiler.compileFolder(resourceRoot, relative, "", new ContentCompiler.Options(staticFiles, silenced));
    } catch (IOException e) {
      out.println("error: [" + Code.FILE_004.id() + "] " + folder + " cannot be read: " + e);
      return 1;
    }
    for (ContentCompiler.FileResult result : results) {
      for (Diagnostic diagnostic : result.diagnostics()) {
        out.println(kind(diagnostic.code()) + diagnostic.format().replace("\n", "\n  "));
        if (diagnostic.isError()) {
          errors++;
        } else {
          warnings++;
        }
      }
    }
    if (errors > 0) {
      out.println(errors + (errors == 1 ? " error" : " errors"));
    }
    if (warnings > 0) {
      out.println(warnings + (warnings == 1 ? " warning" : " warnings"));
    }
    if (time) {
      out.printf("checked %d files in %d ms%n", results.size(), (System.nanoTime() - start) / 1_000_000);
    }
    out.flush();
    return errors > 0 ? 1 : 0;
  }

  private static String kind(Code code) {
    return code.isError() ? "error: " : "warning: ";
  }
}
