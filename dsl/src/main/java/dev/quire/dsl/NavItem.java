package dev.quire.dsl;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a {@link Navigation} bar: a link with a title or an icon (or both), or a dropdown of
 * links when it has items. {@code cssClass} goes on the entry's list ({@code text-uppercase}, and
 * {@code ml-auto} pushes it and the ones after it to the right).
 */
public record NavItem(Optional<String> title, Optional<String> url, Optional<String> target, Optional<String> cssClass,
    Optional<Icon> icon, List<NavItem> items) {
  /**
   * Checks the components; lists are kept as unmodifiable copies.
   *
   * @param title the title
   * @param url the URL
   * @param target the target
   * @param cssClass the CSS class
   * @param icon the icon
   * @param items the items
   */
  public NavItem {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(cssClass, "cssClass");
    Objects.requireNonNull(icon, "icon");
    items = List.copyOf(items);
  }

  /**
   * A link.
   *
   * @param title the title
   * @param url the URL
   * @return a link
   */
  public static NavItem link(String title, String url) {
    return new NavItem(Optional.of(title), Optional.of(url), Optional.empty(), Optional.empty(), Optional.empty(), List.of());
  }

  /**
   * An icon link (the title, if any, becomes the link's accessible label).
   *
   * @param icon the icon
   * @param url the URL
   * @return an icon link (the title, if any, becomes the link's accessible label)
   */
  public static NavItem icon(Icon icon, String url) {
    return new NavItem(Optional.empty(), Optional.of(url), Optional.empty(), Optional.empty(), Optional.of(icon), List.of());
  }

  /**
   * A dropdown: a title that opens the items.
   *
   * @param title the title
   * @return a dropdown: a title that opens the items
   */
  public static NavItem dropdown(String title) {
    return new NavItem(Optional.of(title), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of());
  }

  /**
   * A copy with the title set.
   *
   * @param title the title
   * @return a copy with the title set
   */
  public NavItem title(String title) {
    return new NavItem(Optional.of(title), url, target, cssClass, icon, items);
  }

  /**
   * A copy with the target set.
   *
   * @param target the target
   * @return a copy with the target set
   */
  public NavItem target(String target) {
    return new NavItem(title, url, Optional.of(target), cssClass, icon, items);
  }

  /**
   * A copy with the CSS class set.
   *
   * @param cssClass the CSS class
   * @return a copy with the CSS class set
   */
  public NavItem cssClass(String cssClass) {
    return new NavItem(title, url, target, Optional.of(cssClass), icon, items);
  }

  /**
   * A copy with one more item in the dropdown.
   *
   * @param item the item
   * @return a copy with {@code item} after the others
   */
  public NavItem item(NavItem item) {
    List<NavItem> more = new ArrayList<>(items);
    more.add(Objects.requireNonNull(item, "item"));
    return new NavItem(title, url, target, cssClass, icon, more);
  }
}
