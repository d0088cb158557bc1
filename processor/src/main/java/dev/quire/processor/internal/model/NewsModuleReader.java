package dev.quire.processor.internal.model;

import dev.quire.dsl.Code;
import dev.quire.dsl.internal.Suggestions;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * RowNewsCards and RowNewsList: which collection (a folder of the content folder, {@code news} by
 * default) and which of its entries. The two properties become one argument, the collection class's
 * entries ({@link Value.Entries}), which the generated code fills in.
 */
final class NewsModuleReader {
  static final String DEFAULT_COLLECTION = "news";
  private static final Map<String, Value> DEFAULTS = Map.of("news", new Value.Text("homepage"),
      "collection", new Value.Text(DEFAULT_COLLECTION));

  static final BuiltIn CARDS = PropertyModules.declare("RowNewsCards", Schema.Shape.of(
          "A card per entry of a collection: image, title, subtitle, excerpt, date, author.",
          "news", Schema.Type.SELECTION, "homepage (entries with a homepage rank, lowest first; the default) or all (newest first)",
          "collection", Schema.Type.COLLECTION, "the folder of the entries (default news)"),
      ModuleModel.Call.of(1), List.of("collection"), DEFAULTS, NewsModuleReader::entries);

  static final BuiltIn LIST = PropertyModules.declare("RowNewsList", Schema.Shape.of(
          "A compact coloured list of a collection's entries under an icon header.",
          "image", Schema.Type.ICON, "required: the header icon, like fas newspaper",
          "title", Schema.Type.TEXT, "the header's title",
          "subtitle", Schema.Type.TEXT, "the header's subtitle",
          "news", Schema.Type.SELECTION, "homepage (the default) or all",
          "collection", Schema.Type.COLLECTION, "the folder of the entries (default news)"),
      ModuleModel.Call.of(2), List.of("image", "collection", "title", "subtitle"), DEFAULTS,
      (context, props, values) -> entries(context, props, values) & icon(props, values));

  private NewsModuleReader() {}

  /** {@code news}: homepage or all. */
  static Optional<Value> selection(ReadContext context, Props props, String key) {
    Optional<String> news = props.text(key);
    if (news.isEmpty() || news.get().equals("homepage") || news.get().equals("all")) {
      return news.map(Value.Text::new);
    }
    context.add(Code.TYPE_001, props.position(key), props.owner() + " news '" + news.get() + "' is not homepage "
        + "(entries with a homepage rank) or all (every entry, newest first)");
    return Optional.empty();
  }

  /**
   * The collection is a folder of the content folder; with the selection it becomes the module's
   * entries (in place of {@code collection}; {@code news} is folded into them).
   */
  private static boolean entries(ReadContext context, Props props, Map<String, Value> values) {
    String name = ((Value.Text) values.get("collection")).value();
    boolean folder = context.site.folders().contains(name);
    if (!folder) {
      String known = context.site.folders().isEmpty() ? "the content folder has no folders"
          : "the folders are " + String.join(", ", new java.util.TreeSet<>(context.site.folders()));
      context.add(Code.COLLECTION_002, props.position("collection"), props.owner() + " shows the collection '" + name
          + "', but there is no folder " + name + "/ of dated pages" + Suggestions.didYouMean(name, context.site.folders())
          + "; " + known);
    }
    if (!folder || !values.containsKey("news")) {
      return false;
    }
    boolean homepage = ((Value.Text) values.remove("news")).value().equals("homepage");
    values.put("collection", new Value.Entries(name, homepage ? Value.Entries.Selection.HOMEPAGE : Value.Entries.Selection.ALL));
    return true;
  }

  /** A news list shows its icon over the list. */
  private static boolean icon(Props props, Map<String, Value> values) {
    props.requireReported("image", "RowNewsList needs an image, the icon over the list, like image: fas newspaper");
    return values.containsKey("image");
  }
}
