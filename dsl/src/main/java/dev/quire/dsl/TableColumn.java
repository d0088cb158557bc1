package dev.quire.dsl;

import java.util.Objects;

/**
 * A column of a {@link RowDynamicTable}: the key its cells have in each row, the header label and
 * whether clicking the header sorts by it. {@code TableColumn.of("title", "Title").sortable(true)}.
 */
public record TableColumn(String key, String label, boolean sortable) {
  /**
   * Checks the components; lists are kept as unmodifiable copies.
   *
   * @param key the key
   * @param label the label
   * @param sortable whether clicking the header sorts the rows
   */
  public TableColumn {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(label, "label");
  }

  /**
   * A new TableColumn of the given values.
   *
   * @param key the key
   * @param label the label
   * @return a new TableColumn of the given values
   */
  public static TableColumn of(String key, String label) {
    return new TableColumn(key, label, false);
  }

  /**
   * A copy with the sortable set.
   *
   * @param sortable whether clicking the header sorts the rows
   * @return a copy with the sortable set
   */
  public TableColumn sortable(boolean sortable) {
    return new TableColumn(key, label, sortable);
  }
}
