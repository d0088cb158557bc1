package dev.quire.processor.internal;

import dev.quire.dsl.Code;
import dev.quire.dsl.internal.Message;
import dev.quire.processor.internal.builtin.BuiltIns;
import dev.quire.processor.internal.content.ContentFile;
import dev.quire.processor.internal.content.ContentReader;
import dev.quire.processor.internal.diag.Diagnostic;
import dev.quire.processor.internal.diag.Report;
import dev.quire.processor.internal.diag.Reporter;
import dev.quire.processor.internal.generate.Names;
import dev.quire.processor.internal.model.Declared;
import dev.quire.processor.internal.model.ModelTypes;
import dev.quire.processor.internal.model.PageModel;
import dev.quire.processor.internal.model.Site;
import dev.quire.processor.internal.model.StaticFiles;
import dev.quire.processor.internal.read.PageReader;
import dev.quire.processor.internal.site.LinkCheck;
import dev.quire.processor.internal.site.Served;
import dev.quire.processor.internal.site.SiteAddresses;
import dev.quire.processor.internal.source.SourceFile;
import dev.quire.processor.internal.yaml.FrontMatterParser;
import dev.quire.processor.internal.yaml.YamlNode;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads and checks the content files of one folder: read → parse → model and validate, file by file
 * (in parallel), results in path order. Knows nothing of javac, so the processor and {@code quire check} report exactly the
 * same diagnostics. Never throws for a file: a failure inside Quire becomes a {@link Code#INTERNAL_001}
 * diagnostic on that file and the other files are still compiled.
 */
public final class ContentCompiler {
  /**
   * What a build may configure: the static folder images must be in, warnings silenced for every
   * file, the own modules, the types pages can be bound to, and the addresses the application serves
   * itself (what links may go to beside the pages and static files).
   */
  public record Options(Optional<StaticFiles> staticFiles, Set<Code> silenced, Declared.Modules modules,
      ModelTypes models, Served served) {
    /** Options with no address served beside the pages. */
    public Options(Optional<StaticFiles> staticFiles, Set<Code> silenced, Declared.Modules modules, ModelTypes models) {
      this(staticFiles, silenced, modules, models, Served.none());
    }

    /** Options without own modules. */
    public Options(Optional<StaticFiles> staticFiles, Set<Code> silenced) {
      this(staticFiles, silenced, Declared.Modules.none());
    }

    /** Options whose model types are not known ({@link ModelTypes#none()}). */
    public Options(Optional<StaticFiles> staticFiles, Set<Code> silenced, Declared.Modules modules) {
      this(staticFiles, silenced, modules, ModelTypes.none());
    }
  }

  /**
   * One content file's outcome. {@code page} is present when the file has no error; {@code noClass}
   * when the file cannot have a class of its own (another file already became {@code className}, or
   * its name cannot be an address): then none is written for it, not even a stub.
   */
  public record FileResult(String path, String slug, Declared.JavaName className, Optional<PageModel> page,
      List<Diagnostic> diagnostics, boolean noClass, Optional<PageModel> read) {
    /** A result whose page as read is its page (none when it has errors). */
    public FileResult(String path, String slug, Declared.JavaName className, Optional<PageModel> page,
        List<Diagnostic> diagnostics, boolean noClass) {
      this(path, slug, className, page, diagnostics, noClass, page);
    }
  }

  /**
   * Test hook: a file whose name equals this system property fails with an exception inside the
   * pipeline, so tests can prove such a failure becomes a diagnostic. Never set in a real build.
   */
  public static final String FAIL_ON_PROPERTY = "dev.quire.processor.test.failOn";

  private ContentCompiler() {}

  /**
   * Compiles every {@code *.md} under {@code root/folder}, classes named within {@code basePackage}.
   * Files are compiled in parallel (each has its own report and shares nothing with the others);
   * names, clashes and the results' order are decided in path order first, so the outcome is the same
   * whatever the timing.
   */
  public static List<FileResult> compileFolder(Path root, String folder, String basePackage, Options options)
      throws IOException {
    return compileFolder(root, folder, basePackage, options, ContentCache.none());
  }

  /** {@link #compileFolder(Path, String, String, Options)}, with a file's outcome taken from {@code cache} when it has it. */
  public static List<FileResult> compileFolder(Path root, String folder, String basePackage, Options options,
      ContentCache cache) throws IOException {
    return compileFolder(root, folder, basePackage, options, cache, Map.of());
  }

  /**
   * {@link #compileFolder(Path, String, String, Options, ContentCache)}, with the bytes of some files
   * taken from {@code unsaved} (absolute, normalized paths) instead of the disk: an editor's buffers,
   * for the language server. A content file there that is not on disk yet is compiled too.
   */
  public static List<FileResult> compileFolder(Path root, String folder, String basePackage, Options options,
      ContentCache cache, Map<Path, byte[]> unsaved) throws IOException {
    Path dir = root.resolve(folder);
    List<FileResult> results = new ArrayList<>();
    List<Integer> toCompile = new ArrayList<>();
    Map<Path, Located> found = contentFiles(dir, cache.files(dir));
    for (Path file : unsaved.keySet()) {
      if (file.startsWith(dir) && file.getFileName().toString().endsWith(".md") && !found.containsKey(file)) {
        Located located = Located.of(dir, file);
        if (!located.hidden()) {
          found.put(file, located);
        }
      }
    }
    List<Located> files = new ArrayList<>(found.values());
    files.sort(Comparator.comparing(Located::relative));
    // Keyed ignoring case: AbPage.java and ABPage.java are one file on Windows and macOS.
    Map<String, FileResult> taken = new HashMap<>();
    Map<String, String> packages = new HashMap<>();
    for (Located file : files) {
      List<String> segments = file.segments();
      String relative = file.relative();
      String path = folder + "/" + relative;
      String slug = relative.substring(0, relative.length() - ".md".length());
      Declared.JavaName className = className(basePackage, segments);
      Optional<Diagnostic> unnamed = addressProblem(path, segments)
          .or(() -> packageClash(path, segments, className, packages, basePackage));
      if (unnamed.isPresent()) {
        results.add(new FileResult(path, slug, className, Optional.empty(), List.of(unnamed.get()), true));
        continue;
      }
      FileResult other = taken.get(className.binaryName().toLowerCase(Locale.ROOT));
      if (other != null) {
        String clash = className.equals(other.className())
            ? " both become the class " + relativeName(basePackage, className)
            : " become the classes " + relativeName(basePackage, other.className()) + " and "
                + relativeName(basePackage, className) + ", which differ only in case (one file on Windows and macOS)";
        Diagnostic diagnostic = Diagnostic.of(new SourceFile(path, "").at(1, 1), Message.GEN_CLASS_CLASH.with(path,
            other.path(), clash));
        results.add(new FileResult(path, slug, className, Optional.empty(), List.of(diagnostic), true));
        continue;
      }
      FileResult named = new FileResult(path, slug, className, Optional.empty(), List.of(), false);
      taken.put(className.binaryName().toLowerCase(Locale.ROOT), named);
      toCompile.add(results.size());
      results.add(named);
    }
    Site site = new Site(options.staticFiles(), folders(results), options.modules(), options.models());
    List<FileResult> compiled = toCompile.parallelStream()
        .map(index -> compileNamed(results.get(index), files.get(index).file(), site, options, cache, unsaved))
        .toList();
    for (int i = 0; i < toCompile.size(); i++) {
      results.set(toCompile.get(i), compiled.get(i));
    }
    return links(oneMethodPerCollection(oneNavigation(results)), options);
  }

  /**
   * Checks every page's links against the addresses of the whole folder (built once): a broken one is
   * an error in the file that has it, at the link. The page is still written, so Java code that uses
   * it compiles and only the link fails the build.
   */
  private static List<FileResult> links(List<FileResult> results, Options options) {
    List<SiteAddresses.SitePage> pages = new ArrayList<>();
    for (FileResult result : results) {
      if (!result.noClass()) {
        pages.add(new SiteAddresses.SitePage(result.path(), result.slug(), result.read(), result.page().isPresent()));
      }
    }
    SiteAddresses addresses = SiteAddresses.of(pages, collections(results), options.staticFiles(), options.served());
    Map<String, List<Diagnostic>> broken = LinkCheck.check(pages, addresses);
    if (broken.isEmpty()) {
      return results;
    }
    for (int i = 0; i < results.size(); i++) {
      FileResult result = results.get(i);
      List<Diagnostic> found = broken.get(result.path());
      if (found != null) {
        Report links = new Report(); // its limit of messages per code, for the links alone
        found.forEach(diagnostic -> links.add(diagnostic.code(), diagnostic.position(), diagnostic.message()));
        List<Diagnostic> diagnostics = new ArrayList<>(result.diagnostics());
        diagnostics.addAll(links.diagnostics());
        diagnostics.sort(Comparator.comparingInt((Diagnostic d) -> d.position().line())
            .thenComparingInt(d -> d.position().column()));
        results.set(i, new FileResult(result.path(), result.slug(), result.className(), result.page(), diagnostics,
            false, result.read()));
      }
    }
    return results;
  }

  /**
   * A content file with the names of its path's parts under the content folder, each as the file system
   * gives it (a backslash is part of a name, not a separator), and those joined with '/': worked out
   * once per file (a folder can have 10,000 of them, and each compile in dev mode lists them all).
   */
  private record Located(Path file, List<String> segments, String relative) {
    static Located of(Path dir, Path file) {
      Path under = dir.relativize(file);
      List<String> segments = new ArrayList<>(under.getNameCount());
      for (Path part : under) {
        segments.add(part.toString());
      }
      return new Located(file, List.copyOf(segments), String.join("/", segments));
    }

    /** Whether a part's name starts with '.'. */
    boolean hidden() {
      for (String segment : segments) {
        if (segment.startsWith(".")) {
          return true;
        }
      }
      return false;
    }
  }

  /** A file whose path has a part that cannot be in a page's address is refused, not renamed. */
  private static Optional<Diagnostic> addressProblem(String path, List<String> segments) {
    for (int i = 0; i < segments.size(); i++) {
      String name = segments.get(i);
      Optional<String> problem = Names.addressProblem(i == segments.size() - 1 ? name.substring(0, name.length() - 3) : name);
      if (problem.isPresent()) {
        return Optional.of(Diagnostic.of(new SourceFile(path, "").at(1, 1), Message.GEN_ADDRESS.with(
            i == segments.size() - 1 ? "file" : "folder", name, problem.get())));
      }
    }
    return Optional.empty();
  }

  /**
   * Two folders whose names become one Java package ({@code my-news/} and {@code my_news/}) would
   * write their classes over each other: a file of the second is an error naming both.
   */
  private static Optional<Diagnostic> packageClash(String path, List<String> segments, Declared.JavaName className,
      Map<String, String> packages, String basePackage) {
    String folder = String.join("/", segments.subList(0, segments.size() - 1));
    String key = className.packageName().toLowerCase(Locale.ROOT);
    String first = packages.putIfAbsent(key, folder);
    if (first == null || first.equals(folder)) {
      return Optional.empty();
    }
    String pkg = className.packageName();
    return Optional.of(Diagnostic.of(new SourceFile(path, "").at(1, 1), Message.GEN_PACKAGE_CLASH.with(first, folder,
        pkg.isEmpty() ? "(unnamed)" : pkg,
        first.equalsIgnoreCase(folder) ? " (they differ only in case: one folder on Windows and macOS)" : "")));
  }

  /**
   * Each collection (a folder with dated pages, or one a news module shows) has a method on the index
   * named after its folder; two folders whose names give one method ({@code news/2024/} and
   * {@code news-2024/}) are an error in each file of the second that makes it a collection.
   */
  private static List<FileResult> oneMethodPerCollection(List<FileResult> results) {
    Map<String, String> owners = new HashMap<>();
    Set<String> clashing = new TreeSet<>();
    Map<String, String> clashWith = new HashMap<>();
    for (String collection : collections(results)) {
      String method = Names.collectionMethodName(collection);
      String first = owners.putIfAbsent(method, collection);
      if (first != null) {
        clashing.add(collection);
        clashWith.put(collection, first);
      }
    }
    if (clashing.isEmpty()) {
      return results;
    }
    for (int i = 0; i < results.size(); i++) {
      FileResult result = results.get(i);
      if (result.page().isEmpty()) {
        continue;
      }
      Set<String> uses = new TreeSet<>(result.page().get().collectionsUsed());
      result.page().get().entry().ifPresent(entry -> uses.add(entry.collection()));
      uses.retainAll(clashing);
      if (uses.isEmpty()) {
        continue;
      }
      List<Diagnostic> diagnostics = new ArrayList<>(result.diagnostics());
      for (String collection : uses) {
        diagnostics.add(Diagnostic.of(new SourceFile(result.path(), "").at(1, 1), Message.GEN_COLLECTION_CLASH.with(
            clashWith.get(collection), collection, Names.collectionMethodName(collection))));
      }
      results.set(i, new FileResult(result.path(), result.slug(), result.className(), Optional.empty(), diagnostics, false,
          result.read()));
    }
    return results;
  }

  /**
   * The collections of a compiled folder, in name order: every folder with a dated page or that a
   * news module shows, when it holds pages.
   */
  public static Set<String> collections(List<FileResult> results) {
    Set<String> wanted = new TreeSet<>();
    for (FileResult result : results) {
      result.page().ifPresent(page -> {
        page.entry().ifPresent(entry -> wanted.add(entry.collection()));
        wanted.addAll(page.collectionsUsed());
      });
    }
    wanted.retainAll(folders(results));
    return wanted;
  }

  /** The folders of the content folder ({@code news}, {@code news/2024}): the collections modules may name. */
  private static Set<String> folders(List<FileResult> results) {
    Set<String> folders = new TreeSet<>();
    for (FileResult result : results) {
      int slash = result.slug().lastIndexOf('/');
      if (slash > 0) {
        folders.add(result.slug().substring(0, slash));
      }
    }
    return folders;
  }

  /** Only one file may define the navigation bar: a second {@code menus:} is an error in that file. */
  private static List<FileResult> oneNavigation(List<FileResult> results) {
    Optional<String> first = Optional.empty();
    for (int i = 0; i < results.size(); i++) {
      FileResult result = results.get(i);
      if (result.page().isEmpty() || result.page().get().menus().isEmpty()) {
        continue;
      }
      if (first.isEmpty()) {
        first = Optional.of(result.path());
        continue;
      }
      List<Diagnostic> diagnostics = new ArrayList<>(result.diagnostics());
      diagnostics.add(Diagnostic.of(result.page().get().menusAt().orElseThrow(), Message.NAV_SECOND.with(first.get())));
      results.set(i, new FileResult(result.path(), result.slug(), result.className(), Optional.empty(), diagnostics, false,
          result.read()));
    }
    return results;
  }

  private static FileResult compileNamed(FileResult named, Path file, Site site, Options options, ContentCache cache,
      Map<Path, byte[]> unsaved) {
    Report report = new Report(options.silenced());
    byte[] bytes = unsaved.get(file);
    if (!cache.keeps() && bytes == null) {
      return result(named, readFile(named.path(), named.slug(), file, site, report), report);
    }
    if (bytes == null) {
      byte[] digest = cache.digest(file);
      if (digest != null) {
        FileResult kept = cache.get(ContentCache.keyOfDigest(named.path(), named.className(), digest, site.folders(),
            options.silenced(), options.modules()));
        if (kept != null) {
          return kept;
        }
      }
      try {
        bytes = Files.readAllBytes(file); // read once: the cache's key and, on a miss, the compile
      } catch (IOException e) {
        // reports the failure to read as a build does
        return result(named, readFile(named.path(), named.slug(), file, site, report), report);
      }
    }
    if (!cache.keeps()) {
      return result(named, readBytes(named.path(), named.slug(), bytes, bytes.length, site, report), report);
    }
    ContentCache.Key key = ContentCache.key(named.path(), named.className(), bytes, site.folders(), options.silenced(),
        options.modules());
    FileResult kept = cache.get(key);
    if (kept == null) {
      kept = result(named, readBytes(named.path(), named.slug(), bytes, bytes.length, site, report), report);
      cache.put(key, kept);
    }
    return kept;
  }

  /** The outcome of a file {@code read} into {@code report}: its page only when there is no error. */
  private static FileResult result(FileResult named, Optional<PageModel> read, Report report) {
    return new FileResult(named.path(), named.slug(), named.className(), report.hasErrors() ? Optional.empty() : read,
        report.diagnostics(), false, read);
  }

  /** Compiles one file, reporting into {@code report}; the page only when there is no error. */
  public static Optional<PageModel> compileFile(String path, String slug, Path file, Site site, Report report) {
    return readFile(path, slug, file, site, report).filter(page -> !report.hasErrors());
  }

  /** Reads one file, reporting into {@code report}: its page as read, errors or not. */
  private static Optional<PageModel> readFile(String path, String slug, Path file, Site site, Report report) {
    try {
      long size = Files.size(file);
      return readBytes(path, slug, size > ContentReader.MAX_FILE_BYTES ? null : Files.readAllBytes(file), size, site,
          report);
    } catch (IOException e) {
      report.add(new SourceFile(path, "").at(1, 1), Message.FILE_UNREADABLE.with(e));
      return Optional.empty();
    }
  }

  /** Reads the bytes of one file of {@code size} bytes, none read when it is over the size limit. */
  private static Optional<PageModel> readBytes(String path, String slug, byte[] bytes, long size, Site site,
      Report report) {
    if (size > ContentReader.MAX_FILE_BYTES) {
      report.add(new SourceFile(path, "").at(1, 1), Message.LIMIT_FILE.with(size));
      return Optional.empty();
    }
    return read(path, slug, bytes, site, report);
  }

  /**
   * Compiles the bytes of one file (already known to be within the size limit) whose slug is
   * {@code slug} ({@code news/x}: a dated page in a folder is a collection entry); the page only when
   * there is no error.
   */
  public static Optional<PageModel> compile(String path, String slug, byte[] bytes, Site site, Report report) {
    return read(path, slug, bytes, site, report).filter(page -> !report.hasErrors());
  }

  /**
   * Reads the bytes of one file into a page, errors or not (what the site's link check reads of a
   * page that has errors); empty when the file cannot be read as a page at all.
   */
  private static Optional<PageModel> read(String path, String slug, byte[] bytes, Site site, Report report) {
    try {
      if (path.endsWith("/" + System.getProperty(FAIL_ON_PROPERTY, "\0"))) {
        throw new IllegalStateException("injected failure");
      }
      Optional<ContentFile> content = ContentReader.read(path, bytes, report);
      Optional<YamlNode.Mapping> root = content.flatMap(c -> FrontMatterParser.parse(c, report));
      if (root.isEmpty()) {
        return Optional.empty();
      }
      return PageReader.read(content.get(), root.get(), report, site, slug, BuiltIns.BY_NAME);
    } catch (Throwable e) {
      report.add(new SourceFile(path, "").at(1, 1), Message.INTERNAL_FILE.with(Reporter.stackTrace(e)));
      return Optional.empty();
    }
  }

  /**
   * The content files of {@code dir}: every {@code *.md} file, except hidden ones and those in hidden
   * folders (a name starting with '.': editor leftovers such as {@code .#x.md} and macOS's
   * {@code ._x.md}, and folders such as {@code .git}).
   */
  private static Map<Path, Located> contentFiles(Path dir, List<Path> known) throws IOException {
    Map<Path, Located> files = new HashMap<>();
    if (known != null) { // as the dev session found them just now
      for (Path file : known) {
        add(dir, file, files);
      }
      return files;
    }
    Files.walkFileTree(dir, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) {
        return !folder.equals(dir) && folder.getFileName().toString().startsWith(".") ? FileVisitResult.SKIP_SUBTREE
            : FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
        if (attributes.isRegularFile() || attributes.isSymbolicLink() && Files.isRegularFile(file)) {
          add(dir, file, files);
        }
        return FileVisitResult.CONTINUE;
      }
    });
    return files;
  }

  /** Adds {@code file} to {@code files} when it is a content file: {@code *.md}, not hidden. */
  private static void add(Path dir, Path file, Map<Path, Located> files) {
    if (file.getFileName().toString().endsWith(".md")) {
      Located located = Located.of(dir, file);
      if (!located.hidden()) {
        files.put(file, located);
      }
    }
  }

  /** The class name relative to the {@code @Pages} package ({@code news.ItemPage}), the same in javac and {@code quire check}. */
  private static String relativeName(String basePackage, Declared.JavaName className) {
    String name = className.binaryName();
    return basePackage.isEmpty() ? name : name.substring(basePackage.length() + 1);
  }

  private static Declared.JavaName className(String basePackage, List<String> segments) {
    StringBuilder pkg = new StringBuilder(basePackage);
    for (int i = 0; i < segments.size() - 1; i++) {
      pkg.append(pkg.length() == 0 ? "" : ".").append(Names.packageSegment(segments.get(i)));
    }
    return Declared.JavaName.of(pkg.toString(), Names.className(segments.get(segments.size() - 1)));
  }
}
