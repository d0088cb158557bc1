package dev.quire.dsl;

import java.util.List;
import java.util.Objects;

/**
 * A responsive grid of cards, one per collection entry: image, title linking to the entry, subtitle,
 * excerpt, date and author. Works on any page and in any column.
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
