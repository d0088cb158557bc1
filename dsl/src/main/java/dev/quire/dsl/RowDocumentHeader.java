package dev.quire.dsl;

import java.util.Objects;
import java.util.Optional;

/**
 * The head of a collection entry's own page: its image, title, subtitle, author and date. Generated
 * pages of a collection start with one.
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
   * Writes the entry's image, title, subtitle, and a by-line with author and date in the middle
   * third (across the page where columns stack).
   *
   * @param html the writer
   */
  @Override
  public void render(Html html) {
    String third = html.columnClass();
    html.open("div", "class", "mb-5 pb-5 row-document-header");
    Optional<String> image = Parts.entryImage(html, entry);
    if (image.isPresent()) {
      html.open("div", "class", "row mb-5").open("div", "class", "col").open("img", "src", image.get(), "alt", entry.title())
          .close().close();
    }
    html.open("div", "class", "row").open("div", "class", "col")
        .open("h1", "class", "display-5").text(entry.title()).close()
        .open("h2", "class", "lead").open("span", "class", "font-italic").text(entry.subtitle().orElse("")).close().close()
        .close().close()
        .open("div", "class", "row mt-3").open("div", "class", third).close()
        .open("div", "class", "border-bottom text-center " + third).text("By: ")
        .open("span", "class", "mr-3 text-muted").text(entry.by().orElse("")).close().text(" | ")
        .open("span", "class", "ml-3 text-muted").open("time", "datetime", entry.date().toString()).text(entry.dateText())
        .close().close()
        .close().open("div", "class", third).close().close()
        .close();
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
