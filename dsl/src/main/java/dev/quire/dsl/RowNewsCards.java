package dev.quire.dsl;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A card per entry of a collection: image, title, subtitle, excerpt, date, author. The cards form a
 * responsive grid and each title links to its entry. Works on any page and in any column.
 */
public final class RowNewsCards implements Module {
  private final List<Entry> entries;

  private RowNewsCards(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  /**
   * Cards for {@code entries}, in that order (for example {@code PageIndex.news().onHomepage()}).
   *
   * @param entries the entries
   * @return cards for {@code entries}, in that order (for example {@code PageIndex.news().onHomepage()})
   */
  public static RowNewsCards of(List<Entry> entries) {
    return new RowNewsCards(Objects.requireNonNull(entries, "entries"));
  }

  @Override
  public String name() {
    return "RowNewsCards";
  }

  /**
   * Writes a card per entry: image, title linking to the entry, subtitle, excerpt, date and author.
   * The titles are headings one level below the page's heading before the cards ({@link Html#subheadingLevel}).
   *
   * @param html the writer
   */
  @Override
  public void render(Html html) {
    html.open("div", "class", "row-news-cards").open("div", "class", "row row-eq-height");
    String heading = "h" + html.subheadingLevel();
    for (Entry entry : entries) {
      html.open("div", "class", "col-md-6 col-lg-4").open("article", "class", "card mb-2 h-100");
      Optional<String> image = Parts.entryImage(html, entry);
      if (image.isPresent()) {
        html.open("img", "src", image.get(), "alt", entry.title(), "class", "news-card-image card-img");
      }
      html.open("div", "class", "card-body").open(heading, "class", "card-title h4");
      Parts.titleLink(html, entry);
      html.close();
      if (entry.subtitle().isPresent()) {
        html.open("p", "class", "card-subtitle h6 text-muted").open("span", "class", "font-italic")
            .text(entry.subtitle().get()).close().close();
      }
      html.open("div", "class", "card-text pt-3").markdown(entry.excerpt()).close()
          .close().open("div", "class", "card-footer");
      Parts.byline(html, entry, "container");
      html.close().close().close();
    }
    html.close().close();
  }

  /**
   * The entries.
   *
   * @return the entries
   */
  public List<Entry> entries() {
    return entries;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RowNewsCards that && entries.equals(that.entries);
  }

  @Override
  public int hashCode() {
    return entries.hashCode();
  }

  @Override
  public String toString() {
    return "RowNewsCards[" + entries.size() + " entries]";
  }
}
