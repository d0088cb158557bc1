package dev.quire.processor.internal.model;

import dev.quire.dsl.ButtonColumn;
import dev.quire.dsl.Icon;
import dev.quire.dsl.Size;
import dev.quire.dsl.TableColumn;
import dev.quire.dsl.TableRow;
import java.util.List;
import java.util.Optional;

/** A checked value of a module's property (an own module's component, a built-in's property), as the generated code will write it. */
public sealed interface Value {
  /** Text. */
  record Text(String value) implements Value {}

  /** A whole number of an {@code int} ({@code isLong} false) or {@code long} component. */
  record Whole(long value, boolean isLong) implements Value {}

  /** {@code true} or {@code false}. */
  record Bool(boolean value) implements Value {}

  /** An enum constant. */
  record Constant(Declared.JavaName type, String name) implements Value {}

  /** Markdown, rendered and checked. */
  record Markdown(PageModel.Text text) implements Value {}

  /** A link URL that passed the URL policy. */
  record Url(String value) implements Value {}

  /** An image URL that passed the URL policy and the static folder check. */
  record ImageUrl(String value) implements Value {}

  /** A Font Awesome icon with its SVG. */
  record IconValue(Icon icon) implements Value {}

  /** A separator size. */
  record SizeValue(Size size) implements Value {}

  /** An {@code Optional}: {@code value} null when the property was left out. */
  record Maybe(Value value) implements Value {}

  /** A {@code List}. */
  record Items(List<Value> items) implements Value {
    public Items {
      items = List.copyOf(items);
    }
  }

  /** A nested record with its components' values in order. */
  record Nested(Declared.Shape shape, List<Value> values) implements Value {
    public Nested {
      values = List.copyOf(values);
    }
  }

  /** RowButtonGrid's columns: the DSL's immutable values, their icons carrying the SVG. */
  record ButtonColumns(List<ButtonColumn> columns) implements Value {
    public ButtonColumns {
      columns = List.copyOf(columns);
    }
  }

  /** RowDynamicTable's columns as the content writes them. */
  record TableColumns(List<TableColumn> columns) implements Value {
    public TableColumns {
      columns = List.copyOf(columns);
    }
  }

  /** RowDynamicTable's rows, each its cells by column key. */
  record TableRows(List<TableRow> rows) implements Value {
    public TableRows {
      rows = List.copyOf(rows);
    }
  }

  /** A news module's entries: the collection (a folder) and which of its entries. */
  record Entries(String collection, Selection selection) implements Value {
    /** Which entries of a collection a news module shows. */
    public enum Selection {
      /** Entries with a homepage rank, lowest first. */
      HOMEPAGE,
      /** Every entry, newest first. */
      ALL
    }
  }

  /** A module (any, built-in or own). */
  record Module(ModuleModel module) implements Value {}

  /**
   * A table of contents' headings: the page's, known once the whole page is read
   * ({@link PageModel#headings}), which the generated code holds in one constant.
   */
  record PageHeadings() implements Value {}

  /** The text a value of one of the text kinds holds. */
  static String text(Value value) {
    return value instanceof Value.Text text ? text.value() : value instanceof Value.Url url ? url.value()
        : ((Value.ImageUrl) value).value();
  }

  /** The whole number {@code value} holds, if it holds one. */
  static Optional<Integer> whole(Value value) {
    return value instanceof Value.Whole whole ? Optional.of((int) whole.value()) : Optional.empty();
  }
}
