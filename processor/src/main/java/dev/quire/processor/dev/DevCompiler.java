package dev.quire.processor.dev;

import com.google.auto.service.AutoService;
import dev.quire.dsl.DevMode;
import dev.quire.dsl.internal.DevEngine;
import dev.quire.processor.internal.ContentCache;
import dev.quire.processor.internal.content.ContentLocator;
import dev.quire.processor.tools.ContentStamp;
import dev.quire.processor.tools.PagesSources;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Dev mode's engine ({@code -Dquire.dev=<resource root>}, see {@link DevMode}). When a generated class
 * asks for a value, it digests the content folders (and the static folder's file names, and the files
 * with {@code @Pages}); when the digest differs from the last compile's, it compiles those files again
 * with javac and the same {@link dev.quire.processor.PagesProcessor} the build runs, in memory
 * ({@link DevBuild}), and loads the generated classes in a {@link CompiledClasses} of their own. Work
 * that would give the same result is not done twice: unchanged content files keep their outcome
 * ({@link ContentCache}, dropped when the static folder, the files with {@code @Pages} or the options
 * change) and generated sources that did not change keep their classes. The value comes from the same method of the class
 * compiled now: what the build would give, byte for byte, because it is the build's code.
 *
 * <p>A version with errors keeps them (javac's messages: {@code path:line:col: [code] message}, the
 * line, a caret), and every call throws them until the next good save. The class path of the compile
 * is the application's: its loaders' URLs and {@code java.class.path}. The sources are found under
 * {@code quire.dev.sources} (paths separated as in a class path), else the folder {@code java} beside
 * the resource root ({@code src/main/java} beside {@code src/main/resources}). Processor options the
 * build passes ({@code -Aquire.suppress=…}, {@code -Aquire.static=…}) go in {@code quire.dev.options}.
 */
@AutoService(DevEngine.class)
public final class DevCompiler implements DevEngine {
  /** The system property naming the Java source roots to find the files with {@code @Pages} in. */
  public static final String SOURCES_PROPERTY = "quire.dev.sources";
  /**
   * The system property with the processor options the build passes, separated by spaces
   * ({@code -Aquire.suppress=QUIRE-URL-005 -Aquire.static=web/static}), for dev mode's compiles.
   */
  public static final String OPTIONS_PROPERTY = "quire.dev.options";
  /** How many throwaway compiles warm the JIT up after the first. */
  private static final int WARM_UP = 4;
  /**
   * A first compile that takes longer than this (a site of thousands of pages) has warmed the JIT up
   * on its own; compiling it {@link #WARM_UP} more times would take the machine from the developer
   * for minutes, and an edit made meanwhile would wait for the processor.
   */
  private static final long WARM_UP_LIMIT_MS = 5_000;
  /** The system property that sets {@link #WARM_UP_LIMIT_MS} otherwise (tests: 0 rehearses after any first compile). */
  static final String WARM_UP_LIMIT_PROPERTY = "quire.dev.warmUpLimitMs";
  /** How many edits {@link #rehearseEdits()} rehearses after a first compile over {@link #WARM_UP_LIMIT_MS}. */
  private static final int REHEARSALS = 3;
  private static final System.Logger LOG = System.getLogger(DevCompiler.class.getName());

  private final Path resourceRoot;
  private final List<Path> sourceRoots;
  /**
   * Each watched file's digest, kept from request to request: every request asks whether the content
   * changed, and reading and hashing every file of a site of 10,000 pages for each would take most of it.
   */
  private final Map<Path, ContentStamp.Hashed> hashes = new java.util.concurrent.ConcurrentHashMap<>();
  /** The files the last digest found under each content folder: the compile after it does not look again. */
  private final Map<Path, List<Path>> found = new java.util.concurrent.ConcurrentHashMap<>();
  /** Guarded by {@code this}, as is everything below. */
  private Version current;
  private ClassLoader application;
  /** javac's file manager, kept between compiles, and its listings of the class path. */
  private ClassPathListings files;
  /** The last compile without errors, whose classes the next compile keeps where their sources are unchanged. */
  private DevBuild.Output lastGood;
  /** The outcomes of content files kept between compiles, and the context they were made in. */
  private ContentCache cache;
  private String cacheContext;
  /** The warnings of the last compile, logged then; a compile logs only those that are new. */
  private Set<String> reported = Set.of();
  /** {@link #WARM_UP_LIMIT_MS}, or what {@link #WARM_UP_LIMIT_PROPERTY} says. */
  private final long warmUpLimitMs = Long.getLong(WARM_UP_LIMIT_PROPERTY, WARM_UP_LIMIT_MS);
  /** How many compiles requests have asked for: the warm-up stops when it changes. */
  private volatile long realCompiles;

  /** The engine for the system properties {@code quire.dev} and {@code quire.dev.sources}; ServiceLoader makes it. */
  public DevCompiler() {
    this(path(System.getProperty(DevMode.PROPERTY, "")), sourceRoots(System.getProperty(SOURCES_PROPERTY),
        path(System.getProperty(DevMode.PROPERTY, ""))));
  }

  /**
   * The engine for the content under {@code resourceRoot} of the files with {@code @Pages} under
   * {@code sourceRoots} (for tests and tools; dev mode itself reads the system properties).
   *
   * @param resourceRoot the resource root the content folders are in
   * @param sourceRoots the Java source roots
   */
  public DevCompiler(Path resourceRoot, List<Path> sourceRoots) {
    this.resourceRoot = resourceRoot;
    this.sourceRoots = List.copyOf(sourceRoots);
  }

  /**
   * One compile of the content: its number, the digest it was made from, what it watches, and either
   * its classes or its errors.
   */
  private record Version(long number, String stamp, Watched watched, CompiledClasses classes, List<String> errors,
      DevBuild.Output output) {}

  /** A digest of what is watched, made before a compile. */
  private record Stamped(Watched watched, String stamp) {}

  /** What a compile read: the content folders, the static folder, the files with {@code @Pages}. */
  private record Watched(List<Path> folders, List<Path> listed, List<Path> sources) {
    /**
     * The digest of what is watched; {@code hashes} keeps each file's, so that a file not changed since is
     * not read, and {@code found} gets the files under each folder.
     */
    String stamp(Map<Path, ContentStamp.Hashed> hashes, Map<Path, List<Path>> found) {
      try {
        return ContentStamp.of(folders, listed, sources, hashes, found);
      } catch (IOException | UncheckedIOException e) {
        return "unreadable: " + e; // a file deleted while the digest read it: the next call reads again
      }
    }
  }

  @Override
  public Object call(Class<?> generated, String method, Object[] arguments) throws Throwable {
    Version version = current(generated.getClassLoader());
    if (!version.errors().isEmpty()) {
      throw new ContentErrors(version.errors());
    }
    Class<?> type;
    try {
      type = version.classes().generated(generated.getName());
    } catch (LinkageError e) {
      throw new ContentErrors(List.of("Dev mode could not load the new " + generated.getName() + ": " + e
          + "\n(a type the page uses may have changed in Java, which needs a restart)"));
    }
    if (type == null) {
      throw new ContentErrors(List.of("The content no longer generates " + generated.getName()
          + ": its content file was deleted or renamed. Restart the application for the code that calls "
          + generated.getSimpleName() + " to compile against the content as it is."));
    }
    Method target = method(type, method, arguments.length);
    if (target == null) {
      throw new ContentErrors(List.of("The content now gives " + generated.getSimpleName() + "." + method
          + " other parameters (a model added, removed or changed?): restart the application for its code to "
          + "compile against the content as it is."));
    }
    try {
      return target.invoke(null, arguments);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    } catch (IllegalArgumentException e) {
      throw new ContentErrors(List.of("The content now gives " + generated.getSimpleName() + "." + method
          + " a parameter of another type (" + e.getMessage() + "): restart the application."));
    }
  }

  @Override
  public synchronized long version() {
    return current == null ? 0 : current.number();
  }

  /** The version of the content as it is now: the last compile's, or a new compile when the content changed. */
  synchronized Version current(ClassLoader loader) {
    if (application == null) {
      application = loader;
    }
    String stamp = current == null ? null : current.watched().stamp(hashes, found);
    if (current != null && current.stamp().equals(stamp)) {
      return current;
    }
    long number = current == null ? 1 : current.number() + 1;
    long start = System.nanoTime();
    realCompiles++;
    if (files == null) {
      files = fileManager();
    }
    current = compile(number, files, current == null ? null : new Stamped(current.watched(), stamp));
    long millis = (System.nanoTime() - start) / 1_000_000;
    if (number == 1 && current.errors().isEmpty() && millis < warmUpLimitMs) {
      warmUp();
    }
    long rehearsal = number == 1 && current.errors().isEmpty() && millis >= warmUpLimitMs ? rehearseEdits() : 0;
    if (current.errors().isEmpty()) {
      LOG.log(System.Logger.Level.INFO, "Quire dev mode: content version " + number + " compiled in " + millis + " ms ("
          + "the processor " + current.output().processorMillis() + " ms; " + current.output().compiled() + " of "
          + current.output().sources().size() + " classes compiled again" + (rehearsal == 0 ? ""
          : "; then " + REHEARSALS + " edits rehearsed in " + rehearsal + " ms") + ")");
    } else {
      LOG.log(System.Logger.Level.WARNING, "Quire dev mode: content version " + number + " has "
          + current.errors().size() + " error(s) (" + millis + " ms):\n" + String.join("\n", current.errors()));
    }
    return current;
  }

  /**
   * Compiles the content {@link #WARM_UP} more times on a background thread, throwing the results away,
   * so that the JIT has compiled javac and the processor before the first edit: the first compile after
   * a start takes about five times as long as the tenth. It stops early when a real compile starts.
   */
  private void warmUp() {
    long realCompilesAtStart = realCompiles;
    ClassLoader loader = application;
    Thread thread = new Thread(() -> {
      ClassPathListings own = fileManager();
      try {
        for (int i = 0; i < WARM_UP && realCompiles == realCompilesAtStart; i++) {
          compile(0, own, loader, null, context -> ContentCache.none(), null);
        }
        own.files().close();
      } catch (IOException | RuntimeException e) {
        // only a warm-up: the real compiles report what goes wrong
      }
    }, "quire-dev-warm-up");
    thread.setDaemon(true);
    thread.setPriority(Thread.MIN_PRIORITY);
    thread.start();
  }

  /**
   * After a first compile too long for {@link #warmUp()} (a site of thousands of pages), rehearses
   * {@link #REHEARSALS} edits before the first page is served: compiles as after an edit of one page
   * (a page's class compiled again, every other outcome and class kept), throwing the results away.
   * A first compile warms the JIT up for reading and writing every page, not for what an edit does
   * (the kept outcomes and classes, javac on one class): without this the first edits took two to four
   * times as long as the later ones. It adds a few per cent to the first compile.
   *
   * @return how long it took, in milliseconds
   */
  private long rehearseEdits() {
    long start = System.nanoTime();
    DevBuild.Output built = current.output();
    try {
      List<String> pages = built.sources().keySet().stream().filter(name -> name.endsWith("Page")).limit(REHEARSALS)
          .toList();
      for (String page : pages) {
        // the last compile as if the page's source had been another: its class is compiled again
        Map<String, String> sources = new java.util.TreeMap<>(built.sources());
        sources.put(page, "");
        compile(0, files, application, new DevBuild.Output(sources, built.classes(), List.of(), 0, 0), this::cache,
            new Stamped(current.watched(), current.stamp()));
      }
    } catch (RuntimeException e) {
      // only a rehearsal: the real compiles report what goes wrong
    }
    return Math.max(1, (System.nanoTime() - start) / 1_000_000);
  }

  private Version compile(long number, ClassPathListings files, Stamped known) {
    Version version = compile(number, files, application, lastGood, this::cache, known);
    if (version.errors().isEmpty()) {
      lastGood = version.output();
    }
    return version;
  }

  /**
   * The session's cache of content files' outcomes, for compiles whose context is {@code context}: a new
   * one when the context changed (the static folder's files, the files with {@code @Pages}, the options).
   */
  private ContentCache cache(String context) {
    if (!context.equals(cacheContext)) {
      cache = ContentCache.create(file -> ContentStamp.known(file, hashes), found::get);
      cacheContext = context;
    }
    return cache;
  }

  private Version compile(long number, ClassPathListings files, ClassLoader application, DevBuild.Output previous,
      Function<String, ContentCache> caches, Stamped known) {
    List<PagesSources.Source> sources = PagesSources.find(sourceRoots, resourceRoot);
    List<Path> folders = new ArrayList<>();
    sources.forEach(source -> folders.add(resourceRoot.resolve(source.folder())));
    Watched watched = new Watched(folders, List.of(resourceRoot.resolve("static")),
        sources.stream().map(PagesSources.Source::file).toList());
    // the digest the request just made, when it is of the same files (a site of 10,000 pages: 40 ms each)
    String stamp = known != null && known.watched().equals(watched) ? known.stamp() : watched.stamp(hashes, found);
    if (sources.isEmpty()) {
      return failed(number, stamp, watched, "Dev mode found no Java file with @Pages under " + sourceRoots
          + ": set -D" + SOURCES_PROPERTY + "=<source root> (the folder your packages are in).");
    }
    if (files == null) {
      return failed(number, stamp, watched, "Dev mode compiles the content with the JDK's compiler: run the "
          + "application on a JDK, not a JRE.");
    }
    List<String> options = new ArrayList<>(List.of("-encoding", "UTF-8", "-implicit:none",
        "-classpath", String.join(File.pathSeparator, classPath(application)),
        "-A" + ContentLocator.RESOURCES_OPTION + "=" + resourceRoot));
    for (String option : System.getProperty(OPTIONS_PROPERTY, "").strip().split("\\s+")) {
      if (!option.isEmpty()) {
        options.add(option);
      }
    }
    Set<String> warnings = new LinkedHashSet<>();
    String context;
    try {
      context = ContentStamp.of(List.of(), watched.listed(), watched.sources()) + options;
    } catch (IOException | UncheckedIOException e) {
      context = "unreadable: " + e;
    }
    DevBuild.Output output = DevBuild.run(watched.sources(), options, files, previous, caches.apply(context),
        warnings::add);
    if (number > 0) { // a warm-up (0) says nothing
      for (String warning : warnings) {
        if (!reported.contains(warning)) { // each warning once, not at every compile
          LOG.log(System.Logger.Level.WARNING, "Quire dev mode: " + warning);
        }
      }
      reported = warnings;
    }
    if (!output.errors().isEmpty()) {
      return new Version(number, stamp, watched, null, output.errors(), output);
    }
    return new Version(number, stamp, watched, new CompiledClasses("quire-dev-" + number, application, output.classes()),
        List.of(), output);
  }

  /**
   * javac's file manager for the content's compiles, kept between them (it opens the class path's jars
   * once), with no source path (javac would otherwise look for sources along the class path), and the
   * listings of the class path's folders kept with it.
   */
  private static ClassPathListings fileManager() {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      return null; // compile says why
    }
    StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);
    try {
      files.setLocation(StandardLocation.SOURCE_PATH, List.of());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ClassPathListings(files);
  }

  private static Version failed(long number, String stamp, Watched watched, String message) {
    return new Version(number, stamp, watched, null, List.of(message), DevBuild.Output.failed(message));
  }

  /** The public static method of {@code type} named {@code name} with {@code count} parameters, or null. */
  private static Method method(Class<?> type, String name, int count) {
    for (Method method : type.getMethods()) {
      if (method.getName().equals(name) && method.getParameterCount() == count
          && Modifier.isStatic(method.getModifiers())) {
        return method;
      }
    }
    return null;
  }

  /**
   * The application's class path: the file URLs of {@code loader} and its parents (nearest first), then
   * {@code java.class.path}. A plain {@code java -cp} application has only the latter; Maven's
   * {@code exec:java} and test runners put the project's classes in a loader of their own.
   */
  static List<String> classPath(ClassLoader loader) {
    Set<String> entries = new LinkedHashSet<>();
    for (ClassLoader each = loader; each != null; each = each.getParent()) {
      if (each instanceof URLClassLoader urls) {
        for (URL url : urls.getURLs()) {
          if (url.getProtocol().equals("file")) {
            try {
              entries.add(Path.of(url.toURI()).toString());
            } catch (URISyntaxException | IllegalArgumentException e) {
              // not a plain file: javac could not read it either
            }
          }
        }
      }
    }
    for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
      if (!entry.isEmpty()) {
        entries.add(entry);
      }
    }
    return List.copyOf(entries);
  }

  private static Path path(String text) {
    try {
      return Path.of(text.strip()).toAbsolutePath().normalize();
    } catch (InvalidPathException e) {
      return Path.of("").toAbsolutePath();
    }
  }

  private static List<Path> sourceRoots(String property, Path resourceRoot) {
    if (property != null && !property.isBlank()) {
      List<Path> roots = new ArrayList<>();
      for (String root : property.split(File.pathSeparator)) {
        if (!root.isBlank()) {
          roots.add(path(root));
        }
      }
      return roots;
    }
    Path parent = resourceRoot.getParent();
    return List.of(parent == null ? resourceRoot.resolveSibling("java") : parent.resolve("java"));
  }
}
