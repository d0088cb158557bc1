package dev.quire.processor.internal.model;

import dev.quire.dsl.Code;
import dev.quire.dsl.Icon;
import dev.quire.dsl.internal.Suggestions;
import java.util.Optional;

/**
 * Reads RowNewsCards and RowNewsList: which collection (a folder of the content folder, {@code news} by
 * default) and which of its entries. The entries themselves are filled in by the generated code.
 */
final class NewsModuleReader {
  static final String DEFAULT_COLLECTION = "news";

  static final BuiltIn CARDS = new BuiltIn("RowNewsCards", Schema.Shape.of(
      "A card per entry of a collection: image, title, subtitle, excerpt, date, author.",
      "news", Schema.Type.SELECTION, "homepage (entries with a homepage rank, lowest first; the default) or all (newest first)",
      "collection", Schema.Type.COLLECTION, "the folder of the entries (default news)"),
      (context, props, nested) -> cards(context, props));

  static final BuiltIn LIST = new BuiltIn("RowNewsList", Schema.Shape.of(
      "A compact coloured list of a collection's entries under an icon header.",
      "image", Schema.Type.ICON, "required: the header icon, like fas newspaper",
      "title", Schema.Type.TEXT, "the header's title",
      "subtitle", Schema.Type.TEXT, "the header's subtitle",
      "news", Schema.Type.SELECTION, "homepage (the default) or all",
      "collection", Schema.Type.COLLECTION, "the folder of the entries (default news)"),
      (context, props, nested) -> list(context, props));

  private NewsModuleReader() {}

  private static Optional<ModuleModel> cards(ReadContext context, Props props) {
    Optional<ModuleModel.Selection> selection = selection(context, props);
    Optional<String> collection = collection(context, props);
    return collection.flatMap(name -> selection.map(which -> new ModuleModel.NewsCards(name, which)));
  }

  private static Optional<ModuleModel> list(ReadContext context, Props props) {
    Optional<ModuleModel.Selection> selection = selection(context, props);
    Optional<String> collection = collection(context, props);
    Optional<Icon> icon = props.icon("image");
    props.requireReported("image", "RowNewsList needs an image, the icon over the list, like image: fas newspaper");
    Optional<String> title = props.text("title");
    Optional<String> subtitle = props.text("subtitle");
    if (icon.isEmpty() || collection.isEmpty() || selection.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new ModuleModel.NewsList(icon.get(), title, subtitle, collection.get(), selection.get()));
  }

  private static Optional<ModuleModel.Selection> selection(ReadContext context, Props props) {
    Optional<String> news = props.text("news");
    if (news.isEmpty()) {
      return props.has("news") ? Optional.empty() : Optional.of(ModuleModel.Selection.HOMEPAGE);
    }
    return switch (news.get()) {
      case "homepage" -> Optional.of(ModuleModel.Selection.HOMEPAGE);
      case "all" -> Optional.of(ModuleModel.Selection.ALL);
      default -> {
        context.add(Code.TYPE_001, props.position("news"), props.owner() + " news '" + news.get() + "' is not homepage "
            + "(entries with a homepage rank) or all (every entry, newest first)");
        yield Optional.empty();
      }
    };
  }

  private static Optional<String> collection(ReadContext context, Props props) {
    String name = props.text("collection").orElse(DEFAULT_COLLECTION);
    if (context.site.folders().contains(name)) {
      return Optional.of(name);
    }
    String known = context.site.folders().isEmpty() ? "the content folder has no folders"
        : "the folders are " + String.join(", ", new java.util.TreeSet<>(context.site.folders()));
    context.add(Code.COLLECTION_002, props.position("collection"), props.owner() + " shows the collection '" + name
        + "', but there is no folder " + name + "/ of dated pages" + Suggestions.didYouMean(name, context.site.folders())
        + "; " + known);
    return Optional.empty();
  }
}
