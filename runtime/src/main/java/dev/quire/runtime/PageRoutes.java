package dev.quire.runtime;

import dev.quire.dsl.Entries;
import dev.quire.dsl.Navigation;
import dev.quire.dsl.Page;
import dev.quire.dsl.SiteIndex;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Request paths to pages and pages to paths, for any server: what the example site, the Spring Boot
 * starter and an application's own routing share. A page's address is its slug under the prefix
 * ({@code /about}, {@code /news/2024-x}; a trailing slash is the same address), the {@code index}
 * page is the prefix itself ({@code /}), and a collection's name is its index page ({@code /news},
 * filtered by {@code ?tag=}, a tag that no entry has being no page). The pages come from the index
 * classes the processor generates ({@code PageIndex}), named here or found in
 * {@code META-INF/quire/indexes}, where the processor records them.
 *
 * <pre>{@code
 * PageRoutes routes = PageRoutes.discover(getClass().getClassLoader());
 * Optional<Page> page = routes.find("/about/", null);
 * }</pre>
 *
 * <p>Pages are looked up on every call (so dev mode's current pages are found); a resolver holds no
 * page itself.
 */
public final class PageRoutes {
  /** Where the processor records the indexes it generated ({@code PageIndex$Site}), one binary name a line. */
  public static final String INDEXES = "META-INF/quire/indexes";

  /** The prefix without slashes ({@code docs}), or empty for the root. */
  private final String prefix;
  private final List<Index> indexes;

  private PageRoutes(String prefix, List<Index> indexes) {
    this.prefix = prefix;
    this.indexes = List.copyOf(indexes);
  }

  /**
   * The routes of the given generated index classes ({@code PageIndex.class}, or its {@code PageIndex.Site}), at the
   * site's root.
   *
   * @param indexes the index classes, searched in this order
   * @return the routes
   * @throws IllegalArgumentException when a class is not a generated index
   */
  public static PageRoutes of(Class<?>... indexes) {
    List<Index> list = new ArrayList<>();
    for (Class<?> index : indexes) {
      list.add(Index.of(index));
    }
    return new PageRoutes("", list);
  }

  /**
   * The routes of the given indexes ({@code PageIndex.site()}), at the site's root.
   *
   * @param indexes the indexes, searched in this order
   * @return the routes
   */
  public static PageRoutes of(SiteIndex... indexes) {
    List<Index> list = new ArrayList<>();
    for (SiteIndex index : indexes) {
      list.add(new Index(Objects.requireNonNull(index, "index")));
    }
    return new PageRoutes("", list);
  }

  /**
   * The routes of every index the processor recorded in {@value #INDEXES} on {@code loader}'s class
   * path, in name order.
   *
   * @param loader the class loader to read the records from and load the indexes with
   * @return the routes (none when nothing was recorded)
   * @throws IllegalStateException when a recorded index cannot be loaded
   */
  public static PageRoutes discover(ClassLoader loader) {
    TreeSet<String> names = new TreeSet<>();
    try {
      Enumeration<URL> records = loader.getResources(INDEXES);
      while (records.hasMoreElements()) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(records.nextElement().openStream(),
            StandardCharsets.UTF_8))) {
          reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).forEach(names::add);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + INDEXES, e);
    }
    List<Index> list = new ArrayList<>();
    for (String name : names) {
      try {
        list.add(Index.of(Class.forName(name, true, loader)));
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(INDEXES + " names " + name + ", which is not on the class path", e);
      }
    }
    return new PageRoutes("", list);
  }

  /**
   * The same routes under {@code prefix} ({@code /docs}: the index page at {@code /docs}, the about
   * page at {@code /docs/about}).
   *
   * @param prefix the path prefix; empty or {@code /} for the root
   * @return the routes under the prefix
   */
  public PageRoutes under(String prefix) {
    return new PageRoutes(trimSlashes(Objects.requireNonNull(prefix, "prefix")), indexes);
  }

  /**
   * Whether any index was found.
   *
   * @return whether there are pages
   */
  public boolean isEmpty() {
    return indexes.isEmpty();
  }

  /**
   * The page at {@code path} (decoded, as a server gives it) with the raw query {@code query} (or
   * null): a page by its slug, the {@code index} page at the prefix, or a collection's index page,
   * filtered by {@code tag=…} when the query has a tag that an entry has.
   *
   * @param path the request path
   * @param query the raw query, or null
   * @return the page, or empty for an address that has none
   */
  public Optional<Page> find(String path, String query) {
    return route(path, query).map(Route::page);
  }

  /**
   * The route of {@code path} and {@code query}, as {@link #find}: the page, and a key that names the
   * address whatever its spelling ({@code /about} and {@code /about/} have one, a query other than the
   * tag does not count), for a server that keeps something per address. There are as many keys as
   * addresses with a page: slugs, collections, and the tags their entries have.
   *
   * @param path the request path
   * @param query the raw query, or null
   * @return the route, or empty for an address that has no page
   */
  public Optional<Route> route(String path, String query) {
    Optional<String> slug = slug(path);
    if (slug.isEmpty()) {
      return Optional.empty();
    }
    for (Index index : indexes) {
      Optional<Page> page = index.find(slug.get());
      if (page.isPresent()) {
        return Optional.of(new Route(slug.get(), page.get()));
      }
    }
    for (Index index : indexes) {
      Optional<Entries> collection = index.collection(slug.get());
      if (collection.isPresent()) {
        Optional<String> tag = tag(query);
        if (tag.isPresent() && !collection.get().tags().contains(tag.get())) {
          return Optional.empty(); // no page for a tag no entry has (and nothing kept for it)
        }
        return Optional.of(new Route(slug.get() + "?tag=" + tag.orElse(""),
            collection.get().indexPage(collectionHeading(slug.get()), tag)));
      }
    }
    return Optional.empty();
  }

  /**
   * A page and the key of its address.
   *
   * @param key the address, spelled one way ({@code about}, {@code news?tag=release})
   * @param page the page there now
   */
  public record Route(String key, Page page) {
    /**
     * A route.
     *
     * @param key the address, spelled one way
     * @param page the page
     */
    public Route {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(page, "page");
    }
  }

  /**
   * The address of the page with {@code slug}: {@code /about}, or the prefix itself for {@code index}.
   *
   * @param slug the slug
   * @return the path
   */
  public String pathOf(String slug) {
    String root = prefix.isEmpty() ? "" : "/" + prefix;
    return slug.equals("index") ? (root.isEmpty() ? "/" : root) : root + "/" + slug;
  }

  /**
   * Every address with a page: each slug's, then each collection's index, sorted.
   *
   * @return the paths
   */
  public List<String> paths() {
    TreeSet<String> paths = new TreeSet<>();
    for (Index index : indexes) {
      index.slugs().forEach(slug -> paths.add(pathOf(slug)));
      index.collectionNames().forEach(name -> paths.add(pathOf(name)));
    }
    return List.copyOf(paths);
  }

  /**
   * Every collection of the indexes, in the order they are searched (a name a second index also has
   * is left out, as {@link #find} never reaches it).
   *
   * @return the collections
   */
  public List<Entries> collections() {
    List<Entries> collections = new ArrayList<>();
    TreeSet<String> names = new TreeSet<>();
    for (Index index : indexes) {
      for (Entries entries : index.site().collections()) {
        if (names.add(entries.name())) {
          collections.add(entries);
        }
      }
    }
    return List.copyOf(collections);
  }

  /**
   * The page with {@code slug}, searched in every index (no collection, no prefix): what a static
   * export or a server's not-found page ({@code 404}) looks up by name.
   *
   * @param slug the slug
   * @return the page, if an index has it
   */
  public Optional<Page> page(String slug) {
    for (Index index : indexes) {
      Optional<Page> page = index.find(slug);
      if (page.isPresent()) {
        return page;
      }
    }
    return Optional.empty();
  }

  /**
   * The navigation bar of the first index with a menus page, if any.
   *
   * @return the navigation bar
   */
  public Optional<Navigation> navigation() {
    for (Index index : indexes) {
      Optional<Navigation> navigation = index.navigation();
      if (navigation.isPresent()) {
        return navigation;
      }
    }
    return Optional.empty();
  }

  /**
   * The slug a path names under the prefix ({@code index} for the prefix itself), or empty when it is
   * elsewhere. Runs on every request, so no regular expression.
   */
  private Optional<String> slug(String path) {
    if (path == null) {
      return Optional.empty();
    }
    String clean = trimSlashes(path);
    if (!prefix.isEmpty()) {
      if (!clean.startsWith(prefix) || clean.length() > prefix.length() && clean.charAt(prefix.length()) != '/') {
        return Optional.empty();
      }
      clean = trimSlashes(clean.substring(prefix.length()));
    }
    return Optional.of(clean.isEmpty() ? "index" : clean);
  }

  /** {@code path} without its leading and trailing slashes. */
  private static String trimSlashes(String path) {
    int start = 0;
    int end = path.length();
    while (start < end && path.charAt(start) == '/') {
      start++;
    }
    while (end > start && path.charAt(end - 1) == '/') {
      end--;
    }
    return path.substring(start, end);
  }

  private static Optional<String> tag(String query) {
    if (query == null) {
      return Optional.empty();
    }
    for (String pair : query.split("&")) {
      if (pair.startsWith("tag=")) {
        try {
          return Optional.of(URLDecoder.decode(pair.substring(4), StandardCharsets.UTF_8)).filter(tag -> !tag.isEmpty());
        } catch (IllegalArgumentException e) {
          return Optional.of("\u0000"); // a malformed escape: a tag no entry has
        }
      }
    }
    return Optional.empty();
  }

  /**
   * A collection's heading, as its index page and feed show it: its name with a capital
   * ({@code news} → {@code News}, {@code press-releases} → {@code Press releases}).
   *
   * @param name the collection's name
   * @return the heading
   */
  public static String collectionHeading(String name) {
    String last = name.substring(name.lastIndexOf('/') + 1).replace('-', ' ').replace('_', ' ');
    return last.isEmpty() ? name : last.substring(0, 1).toUpperCase(Locale.ROOT) + last.substring(1);
  }


  /** A generated index, called through its {@link SiteIndex}. */
  private record Index(SiteIndex site) {
    /**
     * The index of {@code type}: a {@code SiteIndex} (the generated {@code PageIndex.Site}), or a
     * generated {@code PageIndex}, whose nested {@code Site} is one.
     */
    static Index of(Class<?> type) {
      Class<?> site = type;
      if (!SiteIndex.class.isAssignableFrom(type)) {
        site = null;
        for (Class<?> nested : type.getClasses()) {
          if (nested.getSimpleName().equals("Site") && SiteIndex.class.isAssignableFrom(nested)) {
            site = nested;
          }
        }
      }
      if (site == null) {
        throw new IllegalArgumentException(type.getName() + " is not an index class the Quire processor generated "
            + "(it is not a SiteIndex and has no nested Site)");
      }
      try {
        return new Index(site.asSubclass(SiteIndex.class).getConstructor().newInstance());
      } catch (ReflectiveOperationException e) {
        throw new IllegalArgumentException(site.getName() + " cannot be made: " + e, e);
      }
    }

    List<String> slugs() {
      return site.slugs();
    }

    Optional<Page> find(String slug) {
      return site.find(slug);
    }

    /** The collection whose address is {@code slug}: its entries' name is the slug ({@code news}). */
    Optional<Entries> collection(String slug) {
      for (Entries entries : site.collections()) {
        if (entries.name().equals(slug)) {
          return Optional.of(entries);
        }
      }
      return Optional.empty();
    }

    List<String> collectionNames() {
      List<String> names = new ArrayList<>();
      site.collections().forEach(entries -> names.add(entries.name()));
      return names;
    }

    Optional<Navigation> navigation() {
      return site.navigation();
    }
  }
}
