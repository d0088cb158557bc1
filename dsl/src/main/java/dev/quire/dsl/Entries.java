package dev.quire.dsl;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A collection: the dated pages of one folder ({@code news}), newest first (then by slug), with the
 * queries its pages need. Immutable. The generated {@code PageIndex} has one per collection folder
 * ({@code PageIndex.news()}).
 */
public final class Entries {
  private final String name;
  private final List<Entry> newestFirst;
  private final List<Entry> homepage;
  private final List<String> tags;
  private final Map<String, Page> indexPages = new ConcurrentHashMap<>();

  /** Newest first, then by slug. A class, not a lambda: generated pages build collections as they load. */
  private static final Comparator<Entry> NEWEST_FIRST = new Comparator<>() {
    @Override
    public int compare(Entry a, Entry b) {
      int byDate = b.date().compareTo(a.date());
      return byDate != 0 ? byDate : a.slug().compareTo(b.slug());
    }
  };

  /** Lowest homepage rank first, then by slug. */
  private static final Comparator<Entry> BY_RANK = new Comparator<>() {
    @Override
    public int compare(Entry a, Entry b) {
      int byRank = Integer.compare(a.homepage().get(), b.homepage().get());
      return byRank != 0 ? byRank : a.slug().compareTo(b.slug());
    }
  };

  private Entries(String name, List<Entry> entries) {
    this.name = name;
    List<Entry> sorted = new ArrayList<>(entries);
    sorted.sort(NEWEST_FIRST);
    this.newestFirst = List.copyOf(sorted);
    List<Entry> ranked = new ArrayList<>();
    for (Entry entry : newestFirst) {
      if (entry.homepage().isPresent() && entry.homepage().get() > 0) {
        ranked.add(entry);
      }
    }
    ranked.sort(BY_RANK);
    this.homepage = List.copyOf(ranked);
    Set<String> seen = new LinkedHashSet<>();
    for (Entry entry : newestFirst) {
      seen.addAll(entry.tags());
    }
    this.tags = List.copyOf(seen);
  }

  /**
   * The collection {@code name} (its folder) of {@code entries}, in any order.
   *
   * @param name the name
   * @param entries the entries
   * @return the collection {@code name} (its folder) of {@code entries}, in any order
   */
  public static Entries of(String name, List<Entry> entries) {
    Set<String> slugs = new java.util.HashSet<>();
    for (Entry entry : entries) {
      if (!slugs.add(entry.slug())) {
        throw new IllegalArgumentException("two entries have the slug " + entry.slug());
      }
    }
    return new Entries(Objects.requireNonNull(name, "name"), entries);
  }

  /**
   * The folder the entries come from: {@code news}.
   *
   * @return the folder the entries come from: {@code news}
   */
  public String name() {
    return name;
  }

  /**
   * Every entry, newest first; entries of one day by slug.
   *
   * @return every entry, newest first; entries of one day by slug
   */
  public List<Entry> newestFirst() {
    return newestFirst;
  }

  /**
   * The entries with a {@code homepage} rank above 0, lowest rank first: the home page's cards.
   *
   * @return the entries with a {@code homepage} rank above 0, lowest rank first: the home page's cards
   */
  public List<Entry> onHomepage() {
    return homepage;
  }

  /**
   * The entries that have the tag (exact match), newest first.
   *
   * @param tag the tag
   * @return the entries that have the tag (exact match), newest first
   */
  public List<Entry> tagged(String tag) {
    List<Entry> tagged = new ArrayList<>();
    for (Entry entry : newestFirst) {
      if (entry.tags().contains(tag)) {
        tagged.add(entry);
      }
    }
    return Collections.unmodifiableList(tagged);
  }

  /**
   * Every tag, in the order the newest-first entries first use them.
   *
   * @return every tag, in the order the newest-first entries first use them
   */
  public List<String> tags() {
    return tags;
  }

  /**
   * The entry with this slug ({@code news/2024-10-02-Release-SVE_42}).
   *
   * @param slug the slug
   * @return the entry with this slug ({@code news/2024-10-02-Release-SVE_42})
   */
  public Optional<Entry> find(String slug) {
    for (Entry entry : newestFirst) {
      if (entry.slug().equals(slug)) {
        return Optional.of(entry);
      }
    }
    return Optional.empty();
  }

  /**
   * The entry with this slug, for generated pages that know it is there.
   *
   * @param slug the slug
   * @return the entry with this slug, for generated pages that know it is there
   * @throws IllegalArgumentException when there is none
   */
  public Entry get(String slug) {
    Optional<Entry> entry = find(slug);
    if (entry.isEmpty()) {
      throw new IllegalArgumentException("the " + name + " collection has no entry " + slug);
    }
    return entry.get();
  }

  /**
   * The collection's index page: a heading, the tags (each a link to {@code /name/?tag=…}) and a card
   * per entry, newest first, or only the entries tagged {@code tag} when it is not empty. Made once
   * per tag and kept, so its render plan is kept too; an unknown tag gives a page that says so, made
   * anew each time (a tag comes from a request, and pages for made-up tags must not pile up).
   *
   * @param heading the heading
   * @param tag the tag
   * @return the collection's index page
   */
  public Page indexPage(String heading, Optional<String> tag) {
    String key = heading + "\u0000" + tag.orElse("");
    Page page = indexPages.get(key);
    if (page == null) {
      List<Entry> shown = tag.isPresent() ? tagged(tag.get()) : newestFirst;
      Page.Builder builder = Page.builder().title(tag.isPresent() ? heading + ": #" + tag.get() : heading)
          .module(RowText.of(Markdown.trusted("<h1>" + escaped(heading) + "</h1>")))
          .module(RowTags.of(tags, tag, "/" + name + "/"))
          .module(RowNewsCards.of(shown));
      if (shown.isEmpty()) {
        builder.module(RowText.of(Markdown.trusted(
            "<p>No " + escaped(name) + " is tagged " + escaped(tag.orElse("")) + ".</p>")));
      }
      page = builder.build();
      if (shown.isEmpty() && tag.isPresent()) {
        return page; // a tag no entry has: not kept, or any request could grow the cache without end
      }
      indexPages.putIfAbsent(key, page);
      page = indexPages.get(key);
    }
    return page;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Entries that && name.equals(that.name) && newestFirst.equals(that.newestFirst);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, newestFirst);
  }

  @Override
  public String toString() {
    return "Entries[" + name + ", " + newestFirst.size() + " entries]";
  }

  private static String escaped(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    Html.escape(text, out);
    return out.toString();
  }
}
