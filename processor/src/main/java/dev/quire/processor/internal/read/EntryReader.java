package dev.quire.processor.internal.read;

import dev.quire.dsl.internal.Dates;
import dev.quire.dsl.internal.Message;
import dev.quire.markdown.MarkdownRenderer;
import dev.quire.processor.internal.model.Declared;
import dev.quire.processor.internal.model.EntryModel;
import dev.quire.processor.internal.model.PageModel;
import dev.quire.processor.internal.model.Value;
import dev.quire.processor.internal.yaml.YamlNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the collection metadata of a dated page in a folder: the date (parsed; an unparseable one is
 * an error), the card fields, the tags (text instead of a list is a warning and is split on commas, as
 * the original site did) and the excerpt before {@code <!--more-->}.
 */
final class EntryReader {
  /** Where an entry's excerpt ends. */
  static final String MORE = "<!--more-->";

  private EntryReader() {}

  static Optional<EntryModel> read(ReadContext context, YamlNode.Mapping root, Map<String, YamlNode.Entry> keys,
      Optional<String> title, String body) {
    Props props = new Props(context, "page", new YamlNode.Mapping(List.copyOf(keys.values()), root.position()), Schema.ENTRY);
    RecordReader reader = new RecordReader(context, null);
    String collection = context.slug.substring(0, context.slug.lastIndexOf('/'));
    Optional<LocalDate> date = Optional.empty();
    Optional<YamlNode.Scalar> dateText = props.has("date")
        ? Scalars.scalar(context, "page date", props.node("date"), Declared.Structured.DATE.description()) : Optional.empty();
    if (dateText.isPresent()) {
      date = Dates.parse(dateText.get().value());
      if (date.isEmpty()) {
        context.add(dateText.get().position(), Dates.problem("date", dateText.get().value()));
      }
    } else if (!props.has("date")) {
      // date: with no value: the page is in the folder but cannot be placed in time.
      context.add(root.position(), Message.DATE_EMPTY.with(collection));
    }
    if (title.isEmpty()) {
      context.add(root.position(), Message.COLLECTION_TITLE.with(collection));
    }
    Optional<String> subtitle = reader.text(props, "subtitle", Declared.Scalar.TEXT);
    Optional<String> by = reader.text(props, "by", Declared.Scalar.TEXT);
    Optional<String> image = reader.text(props, "image", Declared.Scalar.IMAGE_URL);
    Optional<Integer> homepage = reader.property(props, "homepage", Declared.Whole.INT).flatMap(Value::whole);
    List<String> tags = tags(context, reader, props);
    if (date.isEmpty() || title.isEmpty()) {
      return Optional.empty();
    }
    int more = body.indexOf(MORE);
    // The excerpt is a prefix of the body, whose problems are already reported: render it quietly.
    PageModel.Text excerpt = more < 0 ? PageModel.Text.EMPTY
        : new PageModel.Text(body.substring(0, more), MarkdownRenderer.render(body.substring(0, more), MarkdownRenderer.Flavor.BODY).html());
    return Optional.of(new EntryModel(collection, context.slug, title.get(), date.get(), dateText.get().value().strip(),
        subtitle, by, image, homepage, tags, excerpt));
  }

  private static List<String> tags(ReadContext context, RecordReader reader, Props props) {
    if (!props.has("tags")) {
      return List.of();
    }
    YamlNode node = props.node("tags");
    List<String> tags = new ArrayList<>();
    if (node instanceof YamlNode.Scalar scalar) {
      for (String tag : scalar.value().split(",")) {
        if (!tag.isBlank()) {
          tags.add(tag.strip());
        }
      }
      context.add(scalar.position(), Message.COLLECTION_TAGS_TEXT.with(ReadContext.shorten(scalar.value()), tags));
      return tags;
    }
    for (YamlNode item : reader.list("page tags", node, Declared.Structured.TAGS).orElse(List.of())) {
      if (!(item instanceof YamlNode.Scalar scalar) || scalar.isNull()) {
        context.add(item.position(), Message.TYPE_LIST_ITEM.with("page tags", "text", item.kind()));
      } else if (!scalar.value().isBlank() && !tags.contains(scalar.value().strip())) {
        tags.add(scalar.value().strip());
      }
    }
    return tags;
  }
}
