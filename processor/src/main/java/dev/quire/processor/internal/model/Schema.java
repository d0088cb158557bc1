package dev.quire.processor.internal.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The page format: the front matter keys, every module with its properties, and the mappings nested
 * in modules (button grid columns and buttons, table columns and cells, menu entries), each property
 * with its type and a one-line description. The reader checks files against it and the README's
 * module reference is generated from it.
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
  }

  /** The front matter keys Quire reads; any other key is page metadata. */
  public static final Shape PAGE = shape("A content file's front matter.",
      "title", Type.TEXT, "the page's title (the document's <title>)",
      "description", Type.TEXT, "the page's description (<meta name=\"description\">)",
      "modules", Type.MODULES, "the modules, rendered in order before the body",
      "menus", Type.MENUS, "makes this file the site's navigation bar (PageIndex.navigation())",
      "suppress", Type.CODES, "warning codes to leave out for this file");

  /** The front matter keys of a dated page in a folder (a collection entry), besides the page keys. */
  public static final Shape ENTRY = shape("A dated page in a folder: an entry of that folder's collection.",
      "date", Type.DATE, "required: makes the page an entry; ISO or the site's forms (2024-Oct-2, 2024-July-29)",
      "subtitle", Type.TEXT, "shown under the title on cards and the page's header",
      "by", Type.TEXT, "the author",
      "image", Type.IMAGE_URL, "the card and header image (without it: the renderer's entryImage, or none)",
      "homepage", Type.INTEGER, "a rank above 0 puts the entry on the home page's cards, lowest first",
      "tags", Type.TAGS, "tags for the collection's index page filter");

  /** Modules and their properties ({@code name} is implied), in documentation order. */
  public static final Map<String, Shape> MODULES = modules();

  /** RowButtonGrid {@code cols} entries. */
  public static final Shape BUTTON_COLUMN = shape("A column of a RowButtonGrid.",
      "image", Type.ICON, "required: the icon over the column, like fas cog",
      "title", Type.TEXT, "the column's title",
      "subtitle", Type.TEXT, "the column's subtitle",
      "items", Type.BUTTONS, "the buttons, top to bottom");

  /** RowButtonGrid buttons. */
  public static final Shape BUTTON = shape("A button of a RowButtonGrid column.",
      "title", Type.TEXT, "required: the button's first line",
      "subtitle", Type.TEXT, "the second line, in italics",
      "status", Type.STATUS, "the style: active, deactive (not clickable), pending, highlight",
      "url", Type.LINK_URL, "where the button leads; without it the button is not a link",
      "target", Type.TARGET, "the link's target, like _blank");

  /** RowDynamicTable {@code columns} entries. */
  public static final Shape TABLE_COLUMN = shape("A column of a RowDynamicTable.",
      "key", Type.TEXT, "required: the key of this column's cells in each row",
      "label", Type.TEXT, "the header (default: the key in Start Case)",
      "sortable", Type.BOOLEAN, "whether clicking the header sorts the rows (dates by the calendar)");

  /** RowDynamicTable cells. */
  public static final Shape CELL = shape("A cell of a RowDynamicTable row. An icon shows an icon, else an image an "
          + "image, else the title text; with a url each of them is a link.",
      "title", Type.TEXT, "the text, link text or image's alternative text; search and sorting use it",
      "url", Type.LINK_URL, "makes the cell a link",
      "target", Type.TARGET, "the link's target, like _blank",
      "icon", Type.ICON, "an icon, like fas download",
      "image", Type.IMAGE_URL, "an image");

  /** {@code menus} entries. */
  public static final Shape MENU = shape("An entry of the navigation bar (menus:).",
      "title", Type.TEXT, "the link text (or a dropdown's title)",
      "url", Type.LINK_URL, "where the entry leads",
      "target", Type.TARGET, "the link's target, like _blank",
      "class", Type.CLASSES, "classes for the entry's list, like text-uppercase or ml-auto",
      "icon", Type.ICON, "an icon shown instead of the title, like fab github",
      "items", Type.MENUS, "makes the entry a dropdown of these entries",
      "description", Type.TEXT, "a note; an icon entry without a title uses it as its accessible label");

  private Schema() {}

  private static Map<String, Shape> modules() {
    Map<String, Shape> modules = new LinkedHashMap<>();
    modules.put("RowText", shape("A full-width block of Markdown.",
        "text", Type.MARKDOWN, "the Markdown",
        "status", Type.CLASSES, "classes for the row; second gives a dark panel"));
    modules.put("RowTextImage", shape("Markdown on the left, an image on the right.",
        "cols", Type.INTEGER, "1–11, the text column's width (default 6); the image takes the rest",
        "image", Type.IMAGE_URL, "the image",
        "title", Type.TEXT, "the image's alternative text",
        "status", Type.CLASSES, "classes for the row; second gives a dark text panel",
        "text", Type.MARKDOWN, "the Markdown"));
    modules.put("RowImageText", shape("An image on the left, Markdown on the right.",
        "cols", Type.INTEGER, "1–11, the image column's width (default 6); the text takes the rest",
        "image", Type.IMAGE_URL, "the image",
        "title", Type.TEXT, "the image's alternative text",
        "status", Type.CLASSES, "classes for the row; second, or second-wide (wider than the page)",
        "text", Type.MARKDOWN, "the Markdown"));
    modules.put("RowImage", shape("One image across the page.",
        "image", Type.IMAGE_URL, "required: the image",
        "title", Type.TEXT, "the image's alternative text",
        "status", Type.CLASSES, "classes for the wrapper: border-image (a cropped strip), text-center"));
    modules.put("RowSeparator", shape("Vertical space.",
        "size", Type.SIZE, "XS, S, M, L or XL, any case (default M)"));
    modules.put("RowMultiColumns", shape("A row of columns, one module in each.",
        "widths", Type.INTEGERS, "required: one width per module, 1–12, adding up to at most 12",
        "modules", Type.MODULES, "required: the modules, one per column (any module, nesting included)",
        "cols", Type.INTEGER, "optional; when given, the number of modules"));
    modules.put("RowButtonGrid", shape("Equal columns of link buttons, each under an icon, a title and a subtitle.",
        "cols", Type.BUTTON_COLUMNS, "required: the columns",
        "id", Type.ID, "the wrapper's id; events selects the alternative colours"));
    modules.put("RowDynamicTable", shape("A table with every row in the page; search, sorting and pages work "
            + "in the browser with a small script.",
        "items", Type.TABLE_ROWS, "required: the rows",
        "columns", Type.TABLE_COLUMNS, "the columns (default: the rows' keys, not sortable)",
        "filter", Type.KEYS, "the columns the search box looks in; no search box without it",
        "pagination", Type.INTEGER, "rows per page (default: all rows on one page)",
        "description", Type.TEXT, "what the table holds, for screen readers"));
    modules.put("RowNewsCards", shape("A card per entry of a collection: image, title, subtitle, excerpt, date, author.",
        "news", Type.SELECTION, "homepage (entries with a homepage rank, lowest first; the default) or all (newest first)",
        "collection", Type.COLLECTION, "the folder of the entries (default news)"));
    modules.put("RowNewsList", shape("A compact coloured list of a collection's entries under an icon header.",
        "image", Type.ICON, "required: the header icon, like fas newspaper",
        "title", Type.TEXT, "the header's title",
        "subtitle", Type.TEXT, "the header's subtitle",
        "news", Type.SELECTION, "homepage (the default) or all",
        "collection", Type.COLLECTION, "the folder of the entries (default news)"));
    return Collections.unmodifiableMap(modules);
  }

  private static Shape shape(String doc, Object... triples) {
    Map<String, Property> props = new LinkedHashMap<>();
    for (int i = 0; i < triples.length; i += 3) {
      props.put((String) triples[i], new Property((Type) triples[i + 1], (String) triples[i + 2]));
    }
    return new Shape(doc, Collections.unmodifiableMap(props));
  }

  /** Every module name, for messages. */
  public static List<String> moduleNames() {
    return List.copyOf(MODULES.keySet());
  }
}
