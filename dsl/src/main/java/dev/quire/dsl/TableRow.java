package dev.quire.dsl;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** One row of a {@link RowDynamicTable}: cells by column key. {@code TableRow.of("title", Cell.text("…"), …)}. */
public record TableRow(Map<String, Cell> cells) {
  /**
   * Checks the components; lists are kept as unmodifiable copies.
   *
   * @param cells the cells
   */
  public TableRow {
    cells = Collections.unmodifiableMap(new LinkedHashMap<>(cells));
  }

  /**
   * A row from keys and cells in pairs.
   *
   * @param keysAndCells the keys and cells
   * @return a row from keys and cells in pairs
   */
  public static TableRow of(Object... keysAndCells) {
    if (keysAndCells.length % 2 != 0) {
      throw new IllegalArgumentException("TableRow.of takes keys and cells in pairs");
    }
    Map<String, Cell> cells = new LinkedHashMap<>();
    for (int i = 0; i < keysAndCells.length; i += 2) {
      cells.put((String) Objects.requireNonNull(keysAndCells[i], "key"), (Cell) Objects.requireNonNull(keysAndCells[i + 1], "cell"));
    }
    return new TableRow(cells);
  }

  /**
   * The cell of column {@code key}; empty when the row has none.
   *
   * @param key the key
   * @return the cell of column {@code key}; empty when the row has none
   */
  public Optional<Cell> cell(String key) {
    return Optional.ofNullable(cells.get(key));
  }
}
