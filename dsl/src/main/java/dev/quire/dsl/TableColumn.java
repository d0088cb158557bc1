package dev.quire.dsl;

import java.util.Objects;

/**
 * A column of a {@link RowDynamicTable}: the key its cells have in each row, the header label and
 * whether clicking the header sorts by it. {@code TableColumn.of("title", "Title").sortable(true)}.
 */
public record TableColumn(String key, String label, boolean sortable) {
  public TableColumn {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(label, "label");
  }

  public static TableColumn of(String key, String label) {
    return new TableColumn(key, label, false);
  }

  public TableColumn sortable(boolean sortable) {
    return new TableColumn(key, label, sortable);
  }
}
