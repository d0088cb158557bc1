package dev.quire.dsl;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A compact coloured list of a collection's entries under an icon header. Each entry is a card with its
 * title, subtitle, date and author. Works on any page and in any column.
 */
public final class RowNewsList implements Module {
  private final Icon icon;
  private final String title;
  private final String subtitle;
  private final List<Entry> entries;

  private RowNewsList(Icon icon, String title, String subtitle, List<Entry> entries) {
    this.icon = icon;
    this.title = title;
    this.subtitle = subtitle;
    this.entries = List.copyOf(entries);
  }

  /**
   * A list of {@code entries} under {@code icon}.
   *
   * @param icon the icon
   * @param entries the entries
   * @return a list of {@code entries} under {@code icon}
   */
  public static RowNewsList of(Icon icon, List<Entry> entries) {
    return new RowNewsList(Objects.requireNonNull(icon, "icon"), null, null, Objects.requireNonNull(entries, "entries"));
  }

  /**
   * A copy with a header title.
   *
   * @param title the title
   * @return a copy with a header title
   */
  public RowNewsList title(String title) {
    return new RowNewsList(icon, Objects.requireNonNull(title, "title"), subtitle, entries);
  }

  /**
   * A copy with a header subtitle.
   *
   * @param subtitle the subtitle
   * @return a copy with a header subtitle
   */
  public RowNewsList subtitle(String subtitle) {
    return new RowNewsList(icon, title, Objects.requireNonNull(subtitle, "subtitle"), entries);
  }

  @Override
  public String name() {
    return "RowNewsList";
  }

  /**
   * Writes the icon header, then a coloured card per entry (the original's sequence: even places
   * second, else every third third, else first).
   *
   * @param html the writer
   */
  @Override
  public void render(Html html) {
    html.open("div", "class", "row-news-list").open("div", "class", "row");
    Parts.header(html, icon, title(), subtitle(), "text-center text-primary col-title col");
    html.close();
    String heading = "h" + html.subheadingLevel();
    for (int i = 0; i < entries.size(); i++) {
      Entry entry = entries.get(i);
      int place = i + 1;
      String colour = place % 2 == 0 ? "second" : place % 3 == 0 ? "third" : "first";
      html.open("div", "class", "row row-news-list-item").open("div", "class", "card mb-3 p-0 " + colour)
          .open("div", "class", "card-body text-center p-2").open(heading, "class", "card-title h5");
      Parts.titleLink(html, entry);
      html.close();
      if (entry.subtitle().isPresent()) {
        html.open("p", "class", "card-sub-title h6").open("span", "class", "font-italic")
            .text(entry.subtitle().get()).close().close();
      }
      html.close().open("div", "class", "card-footer text-center p-2");
      Parts.byline(html, entry, "p-0 container");
      html.close().close().close();
    }
    html.close();
  }

  /**
   * The icon.
   *
   * @return the icon
   */
  public Icon icon() {
    return icon;
  }

  /**
   * The title, if there is one.
   *
   * @return the title, if there is one
   */
  public Optional<String> title() {
    return Optional.ofNullable(title);
  }

  /**
   * The subtitle, if there is one.
   *
   * @return the subtitle, if there is one
   */
  public Optional<String> subtitle() {
    return Optional.ofNullable(subtitle);
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
    return other instanceof RowNewsList that && icon.equals(that.icon) && Objects.equals(title, that.title)
        && Objects.equals(subtitle, that.subtitle) && entries.equals(that.entries);
  }

  @Override
  public int hashCode() {
    return Objects.hash(icon, title, subtitle, entries);
  }

  @Override
  public String toString() {
    return "RowNewsList[" + title + ", " + entries.size() + " entries]";
  }
}
