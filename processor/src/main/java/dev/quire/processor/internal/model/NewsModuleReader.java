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

  private NewsModuleReader() {}

  static Optional<ModuleModel> read(ReadContext context, Props props) {
    Optional<ModuleModel.Selection> selection = selection(context, props);
    Optional<String> collection = collection(context, props);
    if (props.owner().equals("RowNewsCards")) {
      return collection.flatMap(name -> selection.map(which -> new ModuleModel.NewsCards(name, which)));
    }
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
