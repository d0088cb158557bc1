package dev.quire.processor.internal.model;

import dev.quire.dsl.ButtonColumn;
import dev.quire.dsl.Icon;
import dev.quire.dsl.Size;
import dev.quire.dsl.TableColumn;
import dev.quire.dsl.TableRow;
import java.util.List;
import java.util.Optional;

/** One validated module; absent properties stay empty so the generated code only states what the file states. */
public sealed interface ModuleModel {
  /**
   * An own module: its shape, its components' values in order, and where the content file writes it
   * ({@code pages/about.md:12:5}, for the errors its own rules may raise when the page loads).
   */
  record Own(Declared.Shape shape, List<Value> values, String where) implements ModuleModel {
    public Own {
      values = List.copyOf(values);
    }
  }

  /** RowText. */
  record RowText(PageModel.Text text, Optional<String> status) implements ModuleModel {}

  /** RowTextImage ({@code imageFirst} false) or RowImageText ({@code imageFirst} true). */
  record TextImage(boolean imageFirst, Optional<Integer> cols, Optional<String> image, Optional<String> title,
      Optional<String> status, PageModel.Text text) implements ModuleModel {
    public String name() {
      return imageFirst ? "RowImageText" : "RowTextImage";
    }
  }

  /** RowImage. */
  record RowImage(String image, Optional<String> title, Optional<String> status) implements ModuleModel {}

  /** RowSeparator. */
  record RowSeparator(Size size) implements ModuleModel {}

  /** RowMultiColumns. */
  record RowMultiColumns(List<Integer> widths, Optional<Integer> cols, List<ModuleModel> modules)
      implements ModuleModel {
    public RowMultiColumns {
      widths = List.copyOf(widths);
      modules = List.copyOf(modules);
    }
  }

  /** RowButtonGrid; the columns are the DSL's immutable values (their icons carry the SVG). */
  record ButtonGrid(Optional<String> id, List<ButtonColumn> columns) implements ModuleModel {
    public ButtonGrid {
      columns = List.copyOf(columns);
    }
  }

  /** RowDynamicTable; {@code columnsWritten} false when the columns come from the rows' keys. */
  record Table(Optional<String> description, List<TableColumn> columns, boolean columnsWritten, List<TableRow> rows,
      Optional<Integer> pagination, List<String> filter) implements ModuleModel {
    public Table {
      columns = List.copyOf(columns);
      rows = List.copyOf(rows);
      filter = List.copyOf(filter);
    }
  }

  /** Which entries of a collection a news module shows. */
  enum Selection {
    /** Entries with a homepage rank, lowest first. */
    HOMEPAGE,
    /** Every entry, newest first. */
    ALL
  }

  /** RowNewsCards of a collection (a content folder). */
  record NewsCards(String collection, Selection selection) implements ModuleModel {}

  /** RowNewsList of a collection. */
  record NewsList(Icon icon, Optional<String> title, Optional<String> subtitle, String collection, Selection selection)
      implements ModuleModel {}
}
