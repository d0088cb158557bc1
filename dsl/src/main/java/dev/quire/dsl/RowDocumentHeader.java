package dev.quire.dsl;

import java.util.Objects;

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
