package dev.quire.processor.cli;

import dev.quire.dsl.Code;
import dev.quire.dsl.internal.Message;
import dev.quire.processor.internal.BuildOptions;
import dev.quire.processor.internal.ClassPathModules;
import dev.quire.processor.internal.ContentCompiler;
import dev.quire.processor.internal.model.Declared;
import dev.quire.processor.internal.model.ModelTypes;
import dev.quire.processor.internal.model.StaticFiles;
import dev.quire.processor.internal.site.Served;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code quire check}: checks a content folder without compiling Java, for content authors and CI
 * pipelines. It runs the processor's own pipeline, so it prints exactly the diagnostics javac would
 * (same codes, positions, messages, carets; prefixed {@code error:} / {@code warning:} and with
 * continuation lines indented as javac prints them), then a count. Exit status: 0 when there is no error, 1 when there is one, 2 for a usage problem.
 *
 * <pre>
 * java -jar processor/target/quire-check.jar check [--root DIR] [--static DIR] [--suppress CODES] [--serves PATHS]
 *     [--pages FILE] [--classpath PATH] [--time] FOLDER
 * </pre>
 *
 * FOLDER is the content folder ({@code src/main/resources/pages}); paths in messages are relative to
 * its resource root, which is FOLDER's parent unless {@code --root} names it (as with
 * {@code -Aquire.resources}). {@code --static} and {@code --suppress} are the processor's
 * {@code -Aquire.static} and {@code -Aquire.suppress}; {@code --serves} lists, comma-separated, the addresses
 * the application serves itself, as {@code @Pages(serves = …)} does (both count when both are given).
 * {@code --pages} names the Java file with the
 * {@code @Pages} annotation (its {@code package-info.java}): the own modules it lists are then read as
 * the build reads them, from the sources beside it or from {@code --classpath}.
 */
public final class QuireCheck {
  private static final String USAGE = "usage: quire check [--root DIR] [--static DIR] [--suppress CODES]"
      + " [--serves PATHS] [--pages FILE] [--classpath PATH] [--time] FOLDER";

  private static final Set<String> VALUE_OPTIONS = Set.of("--root", "--static", "--suppress", "--serves", "--pages",
      "--classpath");

  private QuireCheck() {}

  /**
   * Runs {@code quire check} with the command line's arguments and exits with its status.
   *
   * @param args the command line arguments
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    System.exit(run(args, new PrintWriter(out, true)));
  }

  /** The command line: {@code root} empty means FOLDER's parent. */
  private record Arguments(Optional<String> root, String staticOption, String suppress, List<String> serves,
      Optional<String> pages, String classPath, boolean time, String folder) {
    /** The arguments, or empty when they do not follow the usage. */
    static Optional<Arguments> parse(String[] args) {
      Map<String, String> options = new HashMap<>();
      boolean time = false;
      List<String> rest = new ArrayList<>();
      for (int i = 0; i < args.length; i++) {
        if (args[i].equals("--time")) {
          time = true;
        } else if (VALUE_OPTIONS.contains(args[i]) && i + 1 < args.length) {
          options.put(args[i], args[++i]);
        } else if (args[i].startsWith("-")) {
          return Optional.empty();
        } else {
          rest.add(args[i]);
        }
      }
      if (rest.size() != 2 || !rest.get(0).equals("check")
          || options.containsKey("--classpath") && !options.containsKey("--pages")) {
        return Optional.empty();
      }
      List<String> serves = new ArrayList<>();
      for (String address : options.getOrDefault("--serves", "").split(",")) {
        if (!address.isBlank()) {
          serves.add(address.strip());
        }
      }
      return Optional.of(new Arguments(Optional.ofNullable(options.get("--root")), options.get("--static"),
          options.get("--suppress"), serves, Optional.ofNullable(options.get("--pages")), options.getOrDefault("--classpath", ""),
          time, rest.get(1)));
    }
  }

  /** Prints diagnostics as javac does and counts them by severity. */
  private static final class Printer {
    private final PrintWriter out;
    private int errors;
    private int warnings;

    Printer(PrintWriter out) {
      this.out = out;
    }

    /** Prints a problem of the message catalogue, with its code: {@code error: [QUIRE-SETUP-001] …}. */
    void print(dev.quire.dsl.internal.Problem problem) {
      print(Code.parse(problem.code()).orElseThrow(), "[" + problem.code() + "] " + problem.message());
    }

    void print(Code code, String text) {
      out.println((code.isError() ? "error: " : "warning: ") + text.replace("\n", "\n  "));
      if (code.isError()) {
        errors++;
      } else {
        warnings++;
      }
    }

    /** The counts, as javac ends its output; the exit status. */
    int finish() {
      if (errors > 0) {
        out.println(errors + (errors == 1 ? " error" : " errors"));
      }
      if (warnings > 0) {
        out.println(warnings + (warnings == 1 ? " warning" : " warnings"));
      }
      out.flush();
      return errors > 0 ? 1 : 0;
    }
  }

  /**
   * Runs the command, printing to {@code out}; returns the exit status.
   *
   * @param args the command line arguments
   * @param out where to write
   * @return the exit status: 0 without errors, 1 with errors, 2 for a usage problem
   */
  public static int run(String[] args, PrintWriter out) {
    long start = System.nanoTime();
    if (List.of(args).contains("-h") || List.of(args).contains("--help")) {
      out.println(USAGE);
      return 0;
    }
    Optional<Arguments> parsed = Arguments.parse(args);
    if (parsed.isEmpty()) {
      out.println(USAGE);
      return 2;
    }
    Arguments arguments = parsed.get();
    Path folder;
    Path resourceRoot;
    try {
      folder = Path.of(arguments.folder()).toAbsolutePath().normalize();
      resourceRoot = arguments.root().map(r -> Path.of(r).toAbsolutePath().normalize()).orElse(folder.getParent());
    } catch (InvalidPathException e) {
      folder = null;
      resourceRoot = null;
    }
    if (folder == null || resourceRoot == null || !Files.isDirectory(folder) || !folder.startsWith(resourceRoot)
        || folder.equals(resourceRoot)) {
      out.println("error: [" + Code.SETUP_001.id() + "] " + Message.SETUP_NOT_A_FOLDER.with(arguments.folder(),
          arguments.root().map(r -> " under " + r).orElse("")).message());
      return 2;
    }
    Printer printer = new Printer(out);
    Optional<StaticFiles> staticFiles = BuildOptions.staticFiles(arguments.staticOption(), resourceRoot, printer::print);
    Set<Code> silenced = BuildOptions.silenced(arguments.suppress(), printer::print);
    Served served = Served.of(arguments.serves(), printer::print);
    String relative = resourceRoot.relativize(folder).toString().replace('\\', '/');
    List<ContentCompiler.FileResult> results;
    try {
      if (arguments.pages().isPresent()) {
        // Checked inside javac's round over the @Pages file: own modules and model: types are the build's.
        List<List<ContentCompiler.FileResult>> inRound = new ArrayList<>();
        List<IOException> failed = new ArrayList<>();
        Path root = resourceRoot;
        ClassPathModules.Result read = ClassPathModules.read(Path.of(arguments.pages().get()), arguments.classPath(),
            relative, (modules, models, declared) -> {
              try {
                inRound.add(ContentCompiler.compileFolder(root, relative, "",
                    new ContentCompiler.Options(staticFiles, silenced, modules, models, served.and(declared))));
              } catch (IOException e) {
                failed.add(e);
              }
            });
        read.problems().forEach(problem -> printer.print(problem.code(), problem.message()));
        if (!failed.isEmpty()) {
          throw failed.get(0);
        }
        if (read.modules().isEmpty() || inRound.isEmpty()) {
          return printer.finish();
        }
        results = inRound.get(0);
      } else {
        results = ContentCompiler.compileFolder(resourceRoot, relative, "", new ContentCompiler.Options(staticFiles,
            silenced, Declared.Modules.none(), ModelTypes.none(), served));
      }
    } catch (IOException e) {
      printer.print(Message.FILE_FOLDER_UNREADABLE.with(folder, e));
      return printer.finish();
    }
    for (ContentCompiler.FileResult result : results) {
      result.diagnostics().forEach(diagnostic -> printer.print(diagnostic.code(), diagnostic.format()));
    }
    int status = printer.finish();
    if (arguments.time()) {
      out.printf("checked %d files in %d ms%n", results.size(), (System.nanoTime() - start) / 1_000_000);
      out.flush();
    }
    return status;
  }
}
