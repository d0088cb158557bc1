package dev.quire.processor.internal.builtin;

import dev.quire.dsl.RowNewsCards;
import dev.quire.dsl.RowNewsList;
import dev.quire.dsl.internal.Message;
import dev.quire.dsl.internal.Suggestions;
import dev.quire.processor.internal.model.Declared;
import dev.quire.processor.internal.model.ModuleModel;
import dev.quire.processor.internal.model.Value;
import dev.quire.processor.internal.read.Props;
import dev.quire.processor.internal.read.ReadContext;
import java.util.List;
import java.util.Map;

/**
 * RowNewsCards and RowNewsList: which collection (a folder of the content folder, {@code news} by
 * default) and which of its entries. The two properties become one argument, the collection class's
 * entries ({@link Value.Entries}), which the generated code fills in.
 */
final class NewsModules {
  static final String DEFAULT_COLLECTION = "news";
  private static final Declared.Component NEWS = Declared.Component.of("news", Declared.Structured.NEWS_SELECTION,
      "homepage (entries with a homepage rank, lowest first; the default) or all (newest first)")
      .withDefault(new Value.Text("homepage"));
  private static final Declared.Component COLLECTION = Declared.Component.of("collection", Declared.Structured.COLLECTION,
      "the folder of the entries (default news)").withDefault(new Value.Text(DEFAULT_COLLECTION));

  static final BuiltIn CARDS = new BuiltIn(Declared.Shape.of(RowNewsCards.class, true,
          "A card per entry of a collection: image, title, subtitle, excerpt, date, author.", NEWS, COLLECTION),
      ModuleModel.Call.of(1), List.of("collection"), NewsModules::entries);

  static final BuiltIn LIST = new BuiltIn(Declared.Shape.of(RowNewsList.class, true,
          "A compact coloured list of a collection's entries under an icon header.",
          Declared.Component.of("image", Declared.Scalar.ICON, "required: the header icon, like fas newspaper"),
          Declared.Component.of("title", Declared.Scalar.TEXT, "the header's title"),
          Declared.Component.of("subtitle", Declared.Scalar.TEXT, "the header's subtitle"),
          Declared.Component.of("news", NEWS.type(), "homepage (the default) or all").withDefault(NEWS.defaultValue().orElseThrow()),
          COLLECTION),
      ModuleModel.Call.of(2), List.of("image", "collection", "title", "subtitle"),
      (context, props, values) -> entries(context, props, values) & icon(props, values));

  private NewsModules() {}

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
      context.add(props.position("collection"), Message.COLLECTION_MISSING.with(props.owner(), name,
          Suggestions.didYouMean(name, context.site.folders()), known));
    }
    if (!folder || !values.containsKey("news")) {
      return false;
    }
    boolean homepage = ((Value.Text) values.remove("news")).value().equals("homepage");
    context.outline.moduleHeadings("the titles of " + props.owner() + "'s entries");
    values.put("collection", new Value.Entries(name, homepage ? Value.Entries.Selection.HOMEPAGE : Value.Entries.Selection.ALL));
    return true;
  }

  /** A news list shows its icon over the list. */
  private static boolean icon(Props props, Map<String, Value> values) {
    props.requireReported("image", Message.MODULE_NEWS_ICON.with());
    return values.containsKey("image");
  }
}
