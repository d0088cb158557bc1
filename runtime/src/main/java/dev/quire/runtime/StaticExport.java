package dev.quire.runtime;

import dev.quire.dsl.Entries;
import dev.quire.dsl.Page;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Writes a whole site as static files, for any host: every page and entry at {@code <address>/index.html}
 * ({@code index.html} for {@code /}), each collection's index and each of its tags' pages
 * ({@code news/tag/<tag>/index.html}; a static host ignores {@code ?tag=}), {@code 404.html} when the
 * site has a {@code 404.md}, the static folder's files, and with a base URL {@code sitemap.xml},
 * {@code robots.txt} and each collection's Atom feed ({@link SiteFiles}). The output depends only on
 * the pages, the renderer and the static files: the same site writes the same bytes.
 *
 * <p>From Java, {@link #write}; from a build, the Maven plugin's {@code export} goal; from a shell,
 * {@code java -cp <the application's class path> dev.quire.runtime.StaticExport --out DIR ...}
 * ({@link #main}). The renderer is {@link HtmlRenderer#create()} unless the application names its own:
 * {@code --renderer com.example.site.Site#renderer}, a public static method without parameters
 * that returns the {@code HtmlRenderer} its server uses.
 */
public final class StaticExport {
  private static final String USAGE = "usage: StaticExport --out DIR [--base-url URL] [--static DIR]"
      + " [--renderer CLASS#METHOD]";

  private StaticExport() {}

  /**
   * What an export wrote: each file's path relative to the folder, sorted.
   *
   * @param files the files written
   */
  public record Result(List<String> files) {
    /**
     * Keeps an unmodifiable copy.
     *
     * @param files the files written
     */
    public Result {
      files = List.copyOf(files);
    }
  }

  /**
   * Writes every page of {@code routes}, rendered by {@code renderer}, into {@code dir} (made when
   * missing; files already there are replaced, others left alone), the files of {@code staticFolder}
   * beside them, and, when the renderer has a base URL ({@link HtmlRenderer.Builder#baseUrl}), the
   * sitemap, {@code robots.txt} and the feeds.
   *
   * @param routes the site's pages ({@code PageRoutes.discover(loader)})
   * @param renderer the renderer the application's server uses
   * @param dir the folder to write into
   * @param staticFolder the application's static files, if any
   * @return the files written
   * @throws IOException when a file cannot be written
   */
  public static Result write(PageRoutes routes, HtmlRenderer renderer, Path dir, Optional<Path> staticFolder)
      throws IOException {
    Objects.requireNonNull(routes, "routes");
    Objects.requireNonNull(renderer, "renderer");
    Path root = dir.toAbsolutePath().normalize();
    TreeSet<String> written = new TreeSet<>();
    if (staticFolder.isPresent()) {
      copy(staticFolder.get().toAbsolutePath().normalize(), root, written);
    }
    for (String path : routes.paths()) {
      Optional<Page> page = routes.find(path, null);
      if (page.isPresent()) {
        document(root, path.equals("/") ? "index.html" : path.substring(1) + "/index.html", page.get(), renderer,
            written);
      }
    }
    for (Entries entries : routes.collections()) {
      for (String tag : entries.tags()) {
        Optional<Page> page = routes.find("/" + entries.name(),
            "tag=" + URLEncoder.encode(tag, StandardCharsets.UTF_8));
        if (page.isPresent()) {
          document(root, entries.name() + "/tag/" + tag + "/index.html", page.get(), renderer, written);
        }
      }
    }
    Optional<Page> notFound = routes.page("404");
    if (notFound.isPresent()) {
      document(root, "404.html", notFound.get(), renderer, written);
    }
    Optional<String> base = renderer.baseUrl();
    if (base.isPresent()) {
      text(root, "sitemap.xml", SiteFiles.sitemap(routes, base.get()), written);
      text(root, "robots.txt", SiteFiles.robots(base.get()), written);
      for (Entries entries : routes.collections()) {
        String title = renderer.siteName().map(name -> name + ": ").orElse("")
            + PageRoutes.collectionHeading(entries.name());
        text(root, SiteFiles.feedPath(entries.name()).substring(1), SiteFiles.feed(entries, title, base.get(),
            SiteFiles.FEED_ENTRIES), written);
      }
    }
    return new Result(new ArrayList<>(written));
  }

  /**
   * The command line: {@code --out DIR [--base-url URL] [--static DIR] [--renderer CLASS#METHOD]},
   * with the application's classes on the class path (their {@code META-INF/quire/indexes} names the
   * pages). Exits with 0 when the site was written, 1 when it could not be, 2 for a usage problem.
   *
   * @param args the command line's arguments
   */
  public static void main(String[] args) {
    System.exit(run(args, System.out, Thread.currentThread().getContextClassLoader()));
  }

  /**
   * {@link #main} without exiting: the status, the report printed to {@code out}, the pages and the
   * renderer's class found through {@code loader}.
   *
   * @param args the command line's arguments
   * @param out where to print
   * @param loader the application's class loader
   * @return 0 when the site was written, 1 when it could not be, 2 for a usage problem
   */
  public static int run(String[] args, PrintStream out, ClassLoader loader) {
    String dir = null;
    String baseUrl = null;
    String staticFolder = null;
    String rendererName = null;
    for (int i = 0; i < args.length; i++) {
      boolean value = i + 1 < args.length;
      switch (args[i]) {
        case "--out" -> dir = value ? args[++i] : null;
        case "--base-url" -> baseUrl = value ? args[++i] : null;
        case "--static" -> staticFolder = value ? args[++i] : null;
        case "--renderer" -> rendererName = value ? args[++i] : null;
        default -> {
          out.println(USAGE);
          return 2;
        }
      }
    }
    if (dir == null) {
      out.println(USAGE);
      return 2;
    }
    try {
      PageRoutes routes = PageRoutes.discover(loader);
      if (routes.isEmpty()) {
        out.println("error: no pages: the class path has no " + PageRoutes.INDEXES + " (compile the application first)");
        return 1;
      }
      HtmlRenderer renderer = rendererName == null ? HtmlRenderer.create() : renderer(rendererName, loader);
      if (baseUrl != null) {
        renderer = renderer.withBaseUrl(baseUrl);
      }
      Optional<Path> statics = Optional.ofNullable(staticFolder).map(Path::of);
      if (statics.isPresent() && !Files.isDirectory(statics.get())) {
        out.println("error: --static " + staticFolder + " is not a folder");
        return 1;
      }
      Result result = write(routes, renderer, Path.of(dir), statics);
      out.println("Wrote " + result.files().size() + " files to " + Path.of(dir).toAbsolutePath().normalize()
          + (renderer.baseUrl().isEmpty() ? " (no sitemap, robots.txt or feeds: give the site's address with"
              + " --base-url or the renderer's baseUrl)" : ""));
      return 0;
    } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
      out.println("error: " + e.getMessage());
      return 1;
    }
  }

  /** The renderer a public static method without parameters returns: {@code com.example.Site#renderer}. */
  static HtmlRenderer renderer(String name, ClassLoader loader) {
    int hash = name.indexOf('#');
    if (hash <= 0 || hash == name.length() - 1) {
      throw new IllegalArgumentException("--renderer " + name + ": name a class and a method, like"
          + " com.example.site.Site#renderer");
    }
    try {
      Class<?> type = Class.forName(name.substring(0, hash), true, loader);
      Method method = type.getMethod(name.substring(hash + 1));
      if (!Modifier.isStatic(method.getModifiers()) || !HtmlRenderer.class.isAssignableFrom(method.getReturnType())) {
        throw new IllegalArgumentException("--renderer " + name + " is not a static method that returns an HtmlRenderer");
      }
      return (HtmlRenderer) method.invoke(null);
    } catch (ClassNotFoundException e) {
      throw new IllegalArgumentException("--renderer " + name + ": no class " + name.substring(0, hash)
          + " on the class path", e);
    } catch (NoSuchMethodException e) {
      throw new IllegalArgumentException("--renderer " + name + ": " + name.substring(0, hash)
          + " has no public method " + name.substring(hash + 1) + "() without parameters", e);
    } catch (IllegalAccessException e) {
      throw new IllegalArgumentException("--renderer " + name + " cannot be called: " + e.getMessage(), e);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("--renderer " + name + " failed: " + e.getCause(), e.getCause());
    }
  }

  private static void document(Path root, String file, Page page, HtmlRenderer renderer, TreeSet<String> written)
      throws IOException {
    Path target = inside(root, file);
    Files.createDirectories(target.getParent());
    try (OutputStream out = Files.newOutputStream(target)) {
      renderer.renderDocument(page, out);
    }
    written.add(file);
  }

  private static void text(Path root, String file, String text, TreeSet<String> written) throws IOException {
    Path target = inside(root, file);
    Files.createDirectories(target.getParent());
    Files.writeString(target, text, StandardCharsets.UTF_8);
    written.add(file);
  }

  /** The static folder's files (hidden ones left out), copied under {@code root} at the same paths. */
  private static void copy(Path from, Path root, TreeSet<String> written) throws IOException {
    if (!Files.isDirectory(from)) {
      throw new IOException("the static folder " + from + " is not a folder");
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(from)) {
      files = walk.filter(Files::isRegularFile).filter(file -> !hidden(from.relativize(file))).sorted().toList();
    }
    for (Path file : files) {
      String relative = from.relativize(file).toString().replace('\\', '/');
      Path target = inside(root, relative);
      Files.createDirectories(target.getParent());
      Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
      written.add(relative);
    }
  }

  private static boolean hidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /** {@code file} under {@code root}; a path that would leave it (a tag with {@code ..}) is refused. */
  private static Path inside(Path root, String file) throws IOException {
    Path target = root.resolve(file).normalize();
    if (!target.startsWith(root) || target.equals(root)) {
      throw new IOException("refusing to write " + file + ", which is outside " + root);
    }
    return target;
  }
}
