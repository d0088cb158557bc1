package dev.quire.processor.internal.read;

import dev.quire.dsl.Icon;
import dev.quire.dsl.NavItem;
import dev.quire.dsl.internal.Message;
import dev.quire.processor.internal.model.Declared;
import dev.quire.processor.internal.yaml.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads {@code menus:}, the navigation bar (the original site's {@code menus.md}): links with a title or
 * an icon, dropdowns of links one level deep.
 */
final class MenuReader {
  private MenuReader() {}

  static List<NavItem> read(ReadContext context, YamlNode node) {
    if (!(node instanceof YamlNode.Sequence)) {
      context.add(node.position(), Message.TYPE_MENUS.with(Declared.Structured.MENUS.description(), node.kind()));
      return List.of();
    }
    return items(context, new RecordReader(context, null), "page menus", node, 0);
  }

  private static List<NavItem> items(ReadContext context, RecordReader reader, String label, YamlNode node, int depth) {
    List<NavItem> items = new ArrayList<>();
    for (Props props : reader.mappings(label, node, Declared.Structured.MENUS, "menu entry", Schema.MENU)) {
      item(context, reader, props, depth).ifPresent(items::add);
    }
    return items;
  }

  private static Optional<NavItem> item(ReadContext context, RecordReader reader, Props props, int depth) {
    Optional<String> title = reader.text(props, "title", Declared.Scalar.TEXT);
    Optional<String> description = reader.text(props, "description", Declared.Scalar.TEXT);
    Optional<String> url = reader.text(props, "url", Declared.Scalar.URL);
    Optional<String> target = reader.text(props, "target", Declared.Scalar.TARGET);
    Optional<String> cssClass = reader.text(props, "class", Declared.Scalar.CLASSES);
    Optional<Icon> icon = reader.icon(props, "icon");
    List<NavItem> children = List.of();
    if (props.has("items")) {
      if (depth > 0) {
        context.add(props.position("items"), Message.TYPE_MENU_NESTED.with());
      } else {
        children = items(context, reader, "menu entry items", props.node("items"), depth + 1);
      }
      if (title.isEmpty()) {
        context.add(props.start(), Message.MODULE_MENU_DROPDOWN_TITLE.with());
      }
    } else if (url.isEmpty() && !props.has("url")) {
      context.add(props.start(), Message.MODULE_MENU_URL.with());
    } else if (title.isEmpty() && icon.isEmpty() && !props.has("icon")) {
      context.add(props.start(), Message.MODULE_MENU_TITLE.with());
    }
    if (context.report.hasErrors()) {
      return Optional.empty();
    }
    // An icon link's accessible name: its title, or else its description ("link to GitHub").
    Optional<String> label = title.isEmpty() && icon.isPresent() ? description : title;
    NavItem item = new NavItem(label, url, target, cssClass, icon, children);
    return Optional.of(item);
  }
}
