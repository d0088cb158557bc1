package dev.quire.processor.internal.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The page format: the front matter keys, every module with its properties (from the modules'
 * declarations, {@link BuiltIns}), and the mappings nested in modules (button grid columns and
 * buttons, table columns and cells, menu entries), each property with its type and a one-line
 * description. The reader checks files against it and the README's module reference is generated
 * from it.
 */
public final class Schema {
  /** How a property's value is read. */
  public enum Type {
    MARKDOWN("Markdown text"),
    TEXT("text"),
    CLASSES("CSS class names"),
    IMAGE_URL("an image URL"),
    LINK_URL("a link URL"),
    TARGET("a link target (_blank…)"),
    ID("an HTML id"),
    INTEGER("a whole number"),
    BOOLEAN("true or false"),
    SIZE("a size (XS, S, M, L, XL)"),
    INTEGERS("a list of whole numbers, like [6, 6]"),
    KEYS("a list of column keys"),
    ICON("a Font Awesome 5 icon, like fas cog"),
    STATUS("a button status (active, deactive, pending, highlight)"),
    DATE("a date, like 2024-10-02 or 2024-Oct-2"),
    TAGS("a list of tags"),
    COLLECTION("a folder of dated pages, like news"),
    SELECTION("homepage or all"),
    MODULES("a list of modules"),
    BUTTON_COLUMNS("a list of button columns"),
    BUTTONS("a list of buttons"),
    TABLE_COLUMNS("a list of columns"),
    TABLE_ROWS("a list of rows, each mapping column keys to cells"),
    MENUS("a list of menu entries"),
    CODES("a list of warning codes");

    private final String description;

    Type(String description) {
      this.description = description;
    }

    public String description() {
      return description;
    }
  }

  /** One property: its type and what it does. */
  public record Property(Type type, String doc) {}

  /** One module or nested mapping: what it is and its properties in documentation order. */
  public record Shape(String doc, Map<String, Property> properties) {
    public boolean has(String key) {
      return properties.containsKey(key);
    }

    public java.util.Set<String> keys() {
      return properties.keySet();
    }

    /**
     * A shape from its documentation and (name, type, documentation) triples, in documentation order.
     * Here rather than on Schema: the modules' declarations use it while Schema collects them.
     */
    static Shape of(String doc, Object... triples) {
      Map<String, Property> props = new LinkedHashMap<>();
      for (int i = 0; i < triples.length; i += 3) {
        props.put((String) triples[i], new Property((Type) triples[i + 1], (String) triples[i + 2]));
      }
      return new Shape(doc, Collections.unmodifiableMap(props));
    }
  }

  /** The front matter keys Quire reads; any other key is page metadata. */
  public static final Shape PAGE = Shape.of("A content file's front matter.",
      "title", Type.TEXT, "the page's title (the document's <title>)",
      "description", Type.TEXT, "the page's description (<meta name=\"description\">)",
      "modules", Type.MODULES, "the modules, rendered in order before the body",
      "menus", Type.MENUS, "makes this file the site's navigation bar (PageIndex.navigation())",
      "suppress", Type.CODES, "warning codes to leave out for this file",
      "model", Type.TEXT, "binds the page to a Java type (simple name in the @Pages package, or qualified): "
          + "its class offers page(model), and {{a.b}} placeholders show the model's values");

  /** The front matter keys of a dated page in a folder (a collection entry), besides the page keys. */
  public static final Shape ENTRY = Shape.of("A dated page in a folder: an entry of that folder's collection.",
      "date", Type.DATE, "required: makes the page an entry; ISO or the site's forms (2024-Oct-2, 2024-July-29)",
      "subtitle", Type.TEXT, "shown under the title on cards and the page's header",
      "by", Type.TEXT, "the author",
      "image", Type.IMAGE_URL, "the card and header image (without it: the renderer's entryImage, or none)",
      "homepage", Type.INTEGER, "a rank above 0 puts the entry on the home page's cards, lowest first",
      "tags", Type.TAGS, "tags for the collection's index page filter");

  /** RowButtonGrid {@code cols} entries. */
  public static final Shape BUTTON_COLUMN = Shape.of("A column of a RowButtonGrid.",
      "image", Type.ICON, "required: the icon over the column, like fas cog",
      "title", Type.TEXT, "the column's title",
      "subtitle", Type.TEXT, "the column's subtitle",
      "items", Type.BUTTONS, "the buttons, top to bottom");

  /** RowButtonGrid buttons. */
  public static final Shape BUTTON = Shape.of("A button of a RowButtonGrid column.",
      "title", Type.TEXT, "required: the button's first line",
      "subtitle", Type.TEXT, "the second line, in italics",
      "status", Type.STATUS, "the style: active, deactive (not clickable), pending, highlight",
      "url", Type.LINK_URL, "where the button leads; without it the button is not a link",
      "target", Type.TARGET, "the link's target, like _blank");

  /** RowDynamicTable {@code columns} entries. */
  public static final Shape TABLE_COLUMN = Shape.of("A column of a RowDynamicTable.",
      "key", Type.TEXT, "required: the key of this column's cells in each row",
      "label", Type.TEXT, "the header (default: the key in Start Case)",
      "sortable", Type.BOOLEAN, "whether clicking the header sorts the rows (dates by the calendar)");

  /** RowDynamicTable cells. */
  public static final Shape CELL = Shape.of("A cell of a RowDynamicTable row. An icon shows an icon, else an image an "
          + "image, else the title text; with a url each of them is a link.",
      "title", Type.TEXT, "the text, link text or image's alternative text; search and sorting use it",
      "url", Type.LINK_URL, "makes the cell a link",
      "target", Type.TARGET, "the link's target, like _blank",
      "icon", Type.ICON, "an icon, like fas download",
      "image", Type.IMAGE_URL, "an image");

  /** {@code menus} entries. */
  public static final Shape MENU = Shape.of("An entry of the navigation bar (menus:).",
      "title", Type.TEXT, "the link text (or a dropdown's title)",
      "url", Type.LINK_URL, "where the entry leads",
      "target", Type.TARGET, "the link's target, like _blank",
      "class", Type.CLASSES, "classes for the entry's list, like text-uppercase or ml-auto",
      "icon", Type.ICON, "an icon shown instead of the title, like fab github",
      "items", Type.MENUS, "makes the entry a dropdown of these entries",
      "description", Type.TEXT, "a note; an icon entry without a title uses it as its accessible label");

  private Schema() {}

  /**
   * The built-in modules and their properties ({@code name} is implied), in documentation order: each
   * declared beside the code that reads it ({@link BuiltIns}). Last, so the shapes above exist first.
   */
  public static final Map<String, Shape> MODULES = BuiltIns.shapes();

  /** Every module name, for messages. */
  public static List<String> moduleNames() {
    return List.copyOf(MODULES.keySet());
  }
}
