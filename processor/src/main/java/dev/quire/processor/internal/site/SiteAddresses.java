package dev.quire.processor.internal.site;

import dev.quire.dsl.internal.Suggestions;
import dev.quire.processor.internal.model.EntryModel;
import dev.quire.processor.internal.model.PageModel;
import dev.quire.processor.internal.model.StaticFiles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every address a compiled content folder has, built once for all its pages' links: each page and
 * entry at its slug ({@code /about}, with or without the trailing slash, as the runtime's
 * {@code PageRoutes} serves them; {@code index} at {@code /}), each collection's index with the tags
 * its {@code ?tag=} can name and its feed ({@code /news/feed.xml}), the sitemap and {@code robots.txt},
 * the static folder's files, and the addresses the application declares
 * it serves itself. A file that is not a page (the navigation file, a page with {@code model:}) has
 * no address, and a link to it says why.
 */
public final class SiteAddresses {
  /**
   * One content file as the link check sees it: its path, its slug, its page as read (errors or not;
   * empty when it could not be read as a page), and whether it has no error (else its ids may be
   * missing some, and a {@code #fragment} to it is not checked).
   */
  public record SitePage(String path, String slug, Optional<PageModel> page, boolean complete) {}

  /** What an address is. */
  public sealed interface Target {}

  /** A page or entry; {@code anchors} empty when the page did not compile (its ids are not known). */
  public record Page(String path, Optional<Set<String>> anchors) implements Target {}

  /** A content file that has no address of its own: {@code what} it is instead. */
  public record Unserved(String path, String what, boolean bound) implements Target {}

  /** A collection's index page, filtered by the tags its entries have. */
  public record Collection(String name, Set<String> tags) implements Target {}

  /** A file of the static folder. */
  public record StaticFile() implements Target {}

  /**
   * A file Quire makes of the site ({@code dev.quire.runtime.SiteFiles}): {@code /sitemap.xml},
   * {@code /robots.txt}, a collection's {@code /news/feed.xml}.
   */
  public record SiteFile() implements Target {}

  /** An address the application serves itself ({@code @Pages(serves = …)}). */
  public record ServedElsewhere() implements Target {}

  private final Map<String, Target> bySlug;
  private final Map<String, Collection> collections;
  private final Optional<StaticFiles> staticFiles;
  private final Served served;

  private SiteAddresses(Map<String, Target> bySlug, Map<String, Collection> collections,
      Optional<StaticFiles> staticFiles, Served served) {
    this.bySlug = bySlug;
    this.collections = collections;
    this.staticFiles = staticFiles;
    this.served = served;
  }

  /** The addresses of {@code pages}, the collections named {@code collections}, the static folder and {@code served}. */
  public static SiteAddresses of(List<SitePage> pages, Set<String> collections, Optional<StaticFiles> staticFiles,
      Served served) {
    Map<String, Target> bySlug = new HashMap<>();
    Map<String, Set<String>> tags = new HashMap<>();
    for (String name : collections) {
      tags.put(name, new TreeSet<>());
    }
    for (SitePage page : pages) {
      bySlug.put(page.slug(), target(page));
      page.page().flatMap(PageModel::entry).ifPresent(entry -> addTags(tags, entry));
    }
    Map<String, Collection> byName = new HashMap<>();
    tags.forEach((name, names) -> byName.put(name, new Collection(name, java.util.Collections.unmodifiableSortedSet(new TreeSet<>(names)))));
    return new SiteAddresses(bySlug, byName, staticFiles, served);
  }

  private static void addTags(Map<String, Set<String>> tags, EntryModel entry) {
    Set<String> names = tags.get(entry.collection());
    if (names != null) {
      names.addAll(entry.tags());
    }
  }

  private static Target target(SitePage page) {
    if (page.page().isEmpty()) {
      return new Page(page.path(), Optional.empty());
    }
    if (!page.complete()) {
      return new Page(page.path(), Optional.empty()); // what it is (a page, the navigation) may be what has the error
    }
    PageModel model = page.page().get();
    if (!model.menus().isEmpty()) {
      return new Unserved(page.path(), "the navigation bar (it has menus:), not a page", false);
    }
    if (model.binding().isPresent()) {
      return new Unserved(page.path(), "a page with model:, which your application renders with its data", true);
    }
    return new Page(page.path(), Optional.of(model.anchors()));
  }

  /**
   * What {@code path} is: {@code raw} as written (percent escapes and all, for the static folder) and
   * {@code decoded}, both site paths without query or fragment. Pages and collections come first, as
   * the runtime looks them up.
   */
  public Optional<Target> resolve(String raw, String decoded) {
    String slug = slug(decoded);
    Target page = bySlug.get(slug);
    if (page instanceof Page || page != null && !served.serves(decoded)) {
      return Optional.of(page);
    }
    Collection collection = collections.get(slug);
    if (collection != null) {
      return Optional.of(collection);
    }
    if (slug.equals("sitemap.xml") || slug.equals("robots.txt")
        || slug.endsWith("/feed.xml") && collections.containsKey(slug.substring(0, slug.length() - "/feed.xml".length()))) {
      return Optional.of(new SiteFile());
    }
    if (served.serves(decoded)) {
      return Optional.of(new ServedElsewhere());
    }
    if (staticFiles.isPresent() && staticFiles.get().missing(raw).isEmpty()) {
      return Optional.of(new StaticFile());
    }
    return Optional.empty();
  }

  /** Whether the build has a static folder. */
  public boolean hasStaticFolder() {
    return staticFiles.isPresent();
  }

  /**
   * The addresses near {@code decoded} an author may have meant: the same entry in another folder
   * (a moved entry) first, then one within two edits (case, a slash, a typo), among pages,
   * collections and static files.
   */
  public Optional<String> nearest(String decoded) {
    String slug = slug(decoded);
    String last = slug.substring(slug.lastIndexOf('/') + 1);
    List<String> moved = new ArrayList<>();
    for (Map.Entry<String, Target> entry : bySlug.entrySet()) {
      String other = entry.getKey();
      if (entry.getValue() instanceof Page && !other.equals(slug) && other.substring(other.lastIndexOf('/') + 1)
          .equals(last)) {
        moved.add(other);
      }
    }
    if (moved.size() == 1) {
      return Optional.of(pathOf(moved.get(0)));
    }
    List<String> known = new ArrayList<>();
    bySlug.forEach((key, target) -> {
      if (target instanceof Page) {
        known.add(key);
      }
    });
    known.addAll(collections.keySet());
    known.addAll(served.exact());
    Optional<String> near = Suggestions.closest(slug, known).filter(other -> likely(slug, other))
        .map(SiteAddresses::pathOf);
    if (near.isPresent() || staticFiles.isEmpty()) {
      return near;
    }
    return staticFiles.get().nearest(decoded);
  }

  /** Whether {@code other} is near enough to {@code slug} to suggest: fewer edits than half its length ({@code x} is not {@code p}). */
  private static boolean likely(String slug, String other) {
    return Suggestions.distance(slug.toLowerCase(Locale.ROOT), other.toLowerCase(Locale.ROOT)) * 2 < slug.length();
  }

  /** The address of a slug, as the runtime writes it: {@code /about}, {@code /} for {@code index}. */
  public static String pathOf(String slug) {
    return slug.equals("index") ? "/" : "/" + slug;
  }

  /** The slug a site path names, as {@code PageRoutes} finds it: slashes trimmed, {@code index} for the root. */
  static String slug(String path) {
    int start = 0;
    int end = path.length();
    while (start < end && path.charAt(start) == '/') {
      start++;
    }
    while (end > start && path.charAt(end - 1) == '/') {
      end--;
    }
    return start == end ? "index" : path.substring(start, end);
  }
}
