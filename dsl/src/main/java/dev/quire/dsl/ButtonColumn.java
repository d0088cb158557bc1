package dev.quire.dsl;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One column of a {@link RowButtonGrid}: an icon over a title and an italic subtitle, then the buttons
 * top to bottom. Immutable; {@code ButtonColumn.of(icon).title("LwM2M").button(Button.of("Core"))}.
 */
public record ButtonColumn(Icon icon, Optional<String> title, Optional<String> subtitle, List<Button> buttons) {
  /**
   * Checks the components; lists are kept as unmodifiable copies.
   *
   * @param icon the icon
   * @param title the title
   * @param subtitle the subtitle
   * @param buttons the buttons
   */
  public ButtonColumn {
    Objects.requireNonNull(icon, "icon");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(subtitle, "subtitle");
    buttons = List.copyOf(buttons);
  }

  /**
   * A new ButtonColumn of the given values.
   *
   * @param icon the icon
   * @return a new ButtonColumn of the given values
   */
  public static ButtonColumn of(Icon icon) {
    return new ButtonColumn(icon, Optional.empty(), Optional.empty(), List.of());
  }

  /**
   * A copy with the title set.
   *
   * @param title the title
   * @return a copy with the title set
   */
  public ButtonColumn title(String title) {
    return new ButtonColumn(icon, Optional.of(title), subtitle, buttons);
  }

  /**
   * A copy with the subtitle set.
   *
   * @param subtitle the subtitle
   * @return a copy with the subtitle set
   */
  public ButtonColumn subtitle(String subtitle) {
    return new ButtonColumn(icon, title, Optional.of(subtitle), buttons);
  }

  /**
   * A copy with one more button, under the others.
   *
   * @param button the button
   * @return a copy with {@code button} under the others
   */
  public ButtonColumn button(Button button) {
    List<Button> more = new ArrayList<>(buttons);
    more.add(Objects.requireNonNull(button, "button"));
    return new ButtonColumn(icon, title, subtitle, more);
  }
}
