package dev.quire.processor.internal.read;

import dev.quire.dsl.Button;
import dev.quire.dsl.ButtonColumn;
import dev.quire.dsl.Cell;
import dev.quire.dsl.NavItem;
import dev.quire.dsl.TableColumn;
import dev.quire.processor.internal.model.Declared.Component;
import dev.quire.processor.internal.model.Declared.Scalar;
import dev.quire.processor.internal.model.Declared.Shape;
import dev.quire.processor.internal.model.Declared.Structured;
import dev.quire.processor.internal.model.Declared;

/**
 * The page format in {@link Declared}'s vocabulary: the front matter keys and the mappings nested in
 * modules (button grid columns and buttons, table columns and cells, menu entries); the built-in
 * modules are declared in the {@code builtin} package, each beside its rule. The reader checks files
 * against them and the module reference is generated from them.
 */
public final class Schema {
  /** The front matter keys Quire reads; any other key is page metadata. */
  public static final Shape PAGE = Shape.mapping("page", "A content file's front matter.",
      Component.of("title", Scalar.TEXT, "the page's title (the document's <title>)"),
      Component.of("description", Scalar.TEXT, "the page's description (<meta name=\"description\">)"),
      Component.of("modules", new Declared.ListOf(new Declared.AnyModule()), "the modules, rendered in order before the body"),
      Component.of("menus", Structured.MENUS, "makes this file the site's navigation bar (PageIndex.navigation())"),
      Component.of("suppress", Structured.CODES, "warning codes to leave out for this file"),
      Component.of("model", Scalar.TEXT, "binds the page to a Java type (simple name in the @Pages package, or qualified): "
          + "its class offers page(model), and {{a.b}} placeholders show the model's values"));

  /** The front matter keys of a dated page in a folder (a collection entry), besides the page keys. */
  public static final Shape ENTRY = Shape.mapping("page", "A dated page in a folder: an entry of that folder's collection.",
      Component.of("date", Structured.DATE, "required: makes the page an entry; ISO or the site's forms (2024-Oct-2, 2024-July-29)"),
      Component.of("subtitle", Scalar.TEXT, "shown under the title on cards and the page's header"),
      Component.of("by", Scalar.TEXT, "the author"),
      Component.of("image", Scalar.IMAGE_URL, "the card and header image (without it: the renderer's entryImage, or none)"),
      Component.of("homepage", Declared.Whole.INT, "a rank above 0 puts the entry on the home page's cards, lowest first"),
      Component.of("tags", Structured.TAGS, "tags for the collection's index page filter"));

  /** RowButtonGrid {@code cols} entries. */
  public static final Shape BUTTON_COLUMN = Shape.of(ButtonColumn.class, false, "A column of a RowButtonGrid.",
      Component.of("image", Scalar.ICON, "required: the icon over the column, like fas cog"),
      Component.of("title", Scalar.TEXT, "the column's title"),
      Component.of("subtitle", Scalar.TEXT, "the column's subtitle"),
      Component.of("items", Structured.BUTTONS, "the buttons, top to bottom"));

  /** RowButtonGrid buttons. */
  public static final Shape BUTTON = Shape.of(Button.class, false, "A button of a RowButtonGrid column.",
      Component.of("title", Scalar.TEXT, "required: the button's first line"),
      Component.of("subtitle", Scalar.TEXT, "the second line, in italics"),
      Component.of("status", Structured.BUTTON_STATUS, "the style: active, deactive (not clickable), pending, highlight"),
      Component.of("url", Scalar.URL, "where the button leads; without it the button is not a link"),
      Component.of("target", Scalar.TARGET, "the link's target, like _blank"));

  /** RowDynamicTable {@code columns} entries. */
  public static final Shape TABLE_COLUMN = Shape.of(TableColumn.class, false, "A column of a RowDynamicTable.",
      Component.of("key", Scalar.TEXT, "required: the key of this column's cells in each row"),
      Component.of("label", Scalar.TEXT, "the header (default: the key in Start Case)"),
      Component.of("sortable", Scalar.BOOLEAN, "whether clicking the header sorts the rows (dates by the calendar)"));

  /** RowDynamicTable cells. */
  public static final Shape CELL = Shape.of(Cell.class, false, "A cell of a RowDynamicTable row. An icon shows an icon, "
          + "else an image an image, else the title text; with a url each of them is a link.",
      Component.of("title", Scalar.TEXT, "the text, link text or image's alternative text; search and sorting use it"),
      Component.of("url", Scalar.URL, "makes the cell a link"),
      Component.of("target", Scalar.TARGET, "the link's target, like _blank"),
      Component.of("icon", Scalar.ICON, "an icon, like fas download"),
      Component.of("image", Scalar.IMAGE_URL, "an image"));

  /** {@code menus} entries. */
  public static final Shape MENU = Shape.of(NavItem.class, false, "An entry of the navigation bar (menus:).",
      Component.of("title", Scalar.TEXT, "the link text (or a dropdown's title)"),
      Component.of("url", Scalar.URL, "where the entry leads"),
      Component.of("target", Scalar.TARGET, "the link's target, like _blank"),
      Component.of("class", Scalar.CLASSES, "classes for the entry's list, like text-uppercase or ml-auto"),
      Component.of("icon", Scalar.ICON, "an icon shown instead of the title, like fab github"),
      Component.of("items", Structured.MENUS, "makes the entry a dropdown of these entries"),
      Component.of("description", Scalar.TEXT, "a note; an icon entry without a title uses it as its accessible label"));

  private Schema() {}
}
