package dev.quire.processor.dev;

import dev.quire.processor.PagesProcessor;
import dev.quire.processor.internal.ContentCache;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticListener;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * One compile of the content as dev mode runs it, in memory and in two javac runs: the processor
 * alone ({@code -proc:only}) on the files with {@code @Pages}, which gives the generated sources (or
 * the build's diagnostics) straight to this class, not through javac's Filer (so javac does not parse
 * them in a round of their own), then javac without the processor on the sources that differ from the
 * last good compile's. An edit to one page compiles that page's class (and the index or a collection when
 * they change too); every other class is the last compile's, whose source is the same text, so its
 * bytes are the same too.
 */
final class DevBuild {
  /**
   * What a compile gives.
   *
   * @param sources the generated sources, by class name
   * @param classes the class files of the generated classes (nested ones too), by binary name
   * @param errors the errors, as javac prints them; empty when the compile succeeded
   * @param compiled how many generated sources javac compiled (the others' classes were kept)
   * @param processorMillis how long the processor's round took (javac with {@code -proc:only})
   */
  record Output(Map<String, String> sources, Map<String, byte[]> classes, List<String> errors, int compiled,
      long processorMillis) {
    static Output failed(String message) {
      return new Output(Map.of(), Map.of(), List.of(message), 0, 0);
    }
  }

  private DevBuild() {}

  /**
   * Compiles the content named by {@code pagesFiles} (resource root in {@code options}) against
   * {@code classPath}, keeping the classes of {@code previous} (the last good compile, or null) whose
   * sources did not change, and the outcomes of unchanged content files from {@code cache}; Quire's
   * warnings go to {@code warnings}.
   */
  static Output run(List<Path> pagesFiles, List<String> options, ClassPathListings listings, Output previous,
      ContentCache cache, Consumer<String> warnings) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StandardJavaFileManager files = listings.files();
    // the processor needs none of the classes it generates: the last compile's are not listed to it
    MemoryOutput generated = new MemoryOutput(files, listings, Map.of(),
        previous == null ? Set.of() : new HashSet<>(previous.sources().keySet()));
    List<String> errors = new ArrayList<>();
    List<String> processing = new ArrayList<>(options);
    processing.add("-proc:only");
    JavaCompiler.CompilationTask processor = javac.getTask(null, generated, collect(errors, warnings), processing,
        null, files.getJavaFileObjectsFromPaths(pagesFiles));
    cache.nextCompile();
    Map<String, String> written = new TreeMap<>();
    processor.setProcessors(List.of(new PagesProcessor(cache, source -> written.put(source.className(), source.text()))));
    long start = System.nanoTime();
    boolean processed = call(processor, errors);
    long processorMillis = (System.nanoTime() - start) / 1_000_000;
    if (!processed || !errors.isEmpty()) {
      return new Output(Map.of(), Map.of(), errors, 0, processorMillis);
    }
    Map<String, String> sources = new TreeMap<>(generated.sources());
    sources.putAll(written);
    // the last compile's class files by their top-level class, looked up once per source (a site of
    // 10,000 pages has 20,000 of them)
    Map<String, List<String>> previousClasses = new java.util.HashMap<>();
    if (previous != null) {
      for (String name : previous.classes().keySet()) {
        previousClasses.computeIfAbsent(MemoryOutput.topLevel(name), top -> new ArrayList<>()).add(name);
      }
    }
    Map<String, byte[]> kept = new TreeMap<>();
    List<JavaFileObject> changed = new ArrayList<>();
    List<String> changedNames = new ArrayList<>();
    for (Map.Entry<String, String> source : sources.entrySet()) {
      if (previous != null && source.getValue().equals(previous.sources().get(source.getKey()))) {
        for (String name : previousClasses.getOrDefault(source.getKey(), List.of())) {
          kept.put(name, previous.classes().get(name));
        }
      } else {
        changed.add(MemoryOutput.source(source.getKey(), source.getValue()));
        changedNames.add(source.getKey());
      }
    }
    Map<String, byte[]> classes = new TreeMap<>(kept);
    if (!changed.isEmpty()) {
      Set<String> tops = new HashSet<>(sources.keySet());
      if (previous != null) {
        tops.addAll(previous.sources().keySet());
      }
      MemoryOutput compiled = new MemoryOutput(files, listings, visible(kept, changedNames, sources), tops);
      List<String> compiling = new ArrayList<>(options);
      compiling.add("-proc:none");
      if (!call(javac.getTask(null, compiled, collect(errors, warnings), compiling, null, changed), errors)
          || !errors.isEmpty()) {
        return new Output(Map.of(), Map.of(), errors, 0, processorMillis);
      }
      compiled.classFiles().forEach((name, bytes) -> {
        if (sources.containsKey(MemoryOutput.topLevel(name))) {
          classes.put(name, bytes);
        }
      });
    }
    return new Output(sources, classes, List.of(), changed.size(), processorMillis);
  }

  /**
   * The kept classes the changed sources can need: those whose top-level class's simple name is a word
   * of a changed source, or of the source of a class so found, and so on (a page's class names no other
   * generated class; the index names every page). javac lists every class of a package it looks into,
   * and in a site of 10,000 pages listing the kept ones was a third of an edit's compile. Words in
   * strings and comments only add classes that are not needed.
   */
  static Map<String, byte[]> visible(Map<String, byte[]> kept, List<String> changed, Map<String, String> sources) {
    Map<String, List<String>> bySimpleName = new HashMap<>();
    for (String top : sources.keySet()) {
      bySimpleName.computeIfAbsent(top.substring(top.lastIndexOf('.') + 1), name -> new ArrayList<>()).add(top);
    }
    Set<String> seen = new HashSet<>(changed);
    ArrayDeque<String> texts = new ArrayDeque<>();
    for (String name : changed) {
      texts.add(sources.get(name));
    }
    while (!texts.isEmpty() && seen.size() < sources.size()) {
      String text = texts.poll();
      for (int i = 0; i < text.length(); ) {
        if (!Character.isJavaIdentifierStart(text.charAt(i))) {
          i++;
          continue;
        }
        int start = i;
        while (i < text.length() && Character.isJavaIdentifierPart(text.charAt(i))) {
          i++;
        }
        for (String top : bySimpleName.getOrDefault(text.substring(start, i), List.of())) {
          if (seen.add(top)) {
            texts.add(sources.get(top));
          }
        }
      }
    }
    if (seen.size() == sources.size()) {
      return kept;
    }
    Map<String, byte[]> visible = new TreeMap<>();
    kept.forEach((name, bytes) -> {
      if (seen.contains(MemoryOutput.topLevel(name))) {
        visible.put(name, bytes);
      }
    });
    return visible;
  }

  private static boolean call(JavaCompiler.CompilationTask task, List<String> errors) {
    try {
      boolean success = task.call();
      if (!success && errors.isEmpty()) {
        errors.add("Dev mode's compile failed without a message.");
      }
      return success;
    } catch (RuntimeException e) {
      errors.add("Dev mode's compile failed: " + e);
      return false;
    }
  }

  /** A listener adding errors to {@code errors} and Quire's warnings to {@code warnings}. */
  private static DiagnosticListener<JavaFileObject> collect(List<String> errors, Consumer<String> warnings) {
    return diagnostic -> {
      if (diagnostic.getKind() == Diagnostic.Kind.ERROR) {
        errors.add(message(diagnostic));
      } else if (diagnostic.getMessage(Locale.ROOT).contains("[QUIRE-")) {
        warnings.accept(message(diagnostic));
      }
    };
  }

  /**
   * A diagnostic as the build shows it: Quire's own messages already start with the content file's
   * {@code path:line:col}; javac's about Java code get the file and line first.
   */
  private static String message(Diagnostic<? extends JavaFileObject> diagnostic) {
    String message = diagnostic.getMessage(Locale.ROOT);
    if (message.contains("[QUIRE-") || diagnostic.getSource() == null) {
      return message;
    }
    return diagnostic.getSource().getName() + ":" + diagnostic.getLineNumber() + ": " + message;
  }
}
