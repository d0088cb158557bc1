package dev.quire.dsl;

import java.util.Objects;
import java.util.Optional;

/**
 * The head of a collection entry's own page: a link back to its collection, its image, title,
 * subtitle, author, date and tags. Generated pages of a collection start with one.
 */
public final class RowDocumentHeader implements Module {
  private final Entry entry;

  private RowDocumentHeader(Entry entry) {
    this.entry = entry;
  }

  /**
   * A new RowDocumentHeader of the given values.
   *
   * @param entry the entry
   * @return a new RowDocumentHeader of the given values
   */
  public static RowDocumentHeader of(Entry entry) {
    return new RowDocumentHeader(Objects.requireNonNull(entry, "entry"));
  }

  @Override
  public String name() {
    return "RowDocumentHeader";
  }

  /**
   * Writes a link back to the entry's collection, the entry's image, title and subtitle, a by-line
   * under the title (author and date, in the site's date format) and the entry's tags, each a link to
   * the collection filtered by it.
   *
   * @param html the writer
   */
  @Override
  public void render(Html html) {
    String collection = entry.slug().contains("/") ? entry.slug().substring(0, entry.slug().lastIndexOf('/')) : "";
    String index = entry.collectionHref();
    html.open("div", "class", "mb-5 pb-5 row-document-header");
    if (!collection.isEmpty()) {
      String name = collection.substring(collection.lastIndexOf('/') + 1);
      html.open("nav", "class", "row mb-4", "aria-label", "Collection").open("div", "class", "col")
          .open("a", "href", index, "class", "collection-link").text("\u2190 " + title(name)).close()
          .close().close();
    }
    Optional<String> image = Parts.entryImage(html, entry);
    if (image.isPresent()) {
      html.open("div", "class", "row mb-5").open("div", "class", "col").open("img", "src", image.get(), "alt", entry.title())
          .close().close();
    }
    html.open("div", "class", "row").open("div", "class", "col")
        .open("h1", "class", "display-5").text(entry.title()).close();
    if (entry.subtitle().isPresent()) {
      html.open("p", "class", "lead").open("span", "class", "font-italic").text(entry.subtitle().get()).close().close();
    }
    html.open("p", "class", "byline text-muted");
    if (entry.by().isPresent()) {
      html.text("By ").open("span", "class", "author").text(entry.by().get()).close().text(" \u00b7 ");
    }
    html.time(entry.date()).close();
    if (!entry.tags().isEmpty()) {
      html.open("ul", "class", "list-inline entry-tags", "aria-label", "Tags");
      for (String tag : entry.tags()) {
        html.open("li", "class", "list-inline-item").open("a", "href", index + "?tag="
            + java.net.URLEncoder.encode(tag, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20")).text("#" + tag)
            .close().close();
      }
      html.close();
    }
    html.close().close().close();
  }

  /** A collection's folder name as a title: {@code news} → {@code News}, {@code release-notes} → {@code Release notes}. */
  private static String title(String folder) {
    String words = folder.replace('-', ' ').replace('_', ' ');
    return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  /**
   * The entry.
   *
   * @return the entry
   */
  public Entry entry() {
    return entry;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RowDocumentHeader that && entry.equals(that.entry);
  }

  @Override
  public int hashCode() {
    return entry.hashCode();
  }

  @Override
  public String toString() {
    return "RowDocumentHeader[" + entry.slug() + "]";
  }
}
