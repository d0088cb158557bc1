package dev.quire.dsl;

import java.util.Objects;
import java.util.Optional;

/**
 * One link button of a {@link RowButtonGrid} column: a title, an optional italic subtitle, a style and
 * where it leads. Immutable; each {@code with}-style method returns a changed copy:
 * {@code Button.of("Core").subtitle("v1.2").url("https://…").target("_blank").status(ButtonStatus.ACTIVE)}.
 * A button without a URL is shown but is not a link.
 */
public record Button(String title, Optional<String> subtitle, Optional<ButtonStatus> status, Optional<String> url,
    Optional<String> target) {
  /**
   * Checks the components; lists are kept as unmodifiable copies.
   *
   * @param title the title
   * @param subtitle the subtitle
   * @param status the status
   * @param url the URL
   * @param target the target
   */
  public Button {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(subtitle, "subtitle");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(target, "target");
  }

  /**
   * A new Button of the given values.
   *
   * @param title the title
   * @return a new Button of the given values
   */
  public static Button of(String title) {
    return new Button(title, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * A copy with the subtitle set.
   *
   * @param subtitle the subtitle
   * @return a copy with the subtitle set
   */
  public Button subtitle(String subtitle) {
    return new Button(title, Optional.of(subtitle), status, url, target);
  }

  /**
   * A copy with the status set.
   *
   * @param status the status
   * @return a copy with the status set
   */
  public Button status(ButtonStatus status) {
    return new Button(title, subtitle, Optional.of(status), url, target);
  }

  /**
   * A copy with the URL set.
   *
   * @param url the URL
   * @return a copy with the URL set
   */
  public Button url(String url) {
    return new Button(title, subtitle, status, Optional.of(url), target);
  }

  /**
   * The link's {@code target}, for example {@code _blank} (which also gets {@code rel="noopener"}).
   *
   * @param target the target
   * @return the link's {@code target}, for example {@code _blank} (which also gets {@code rel="noopener"})
   */
  public Button target(String target) {
    return new Button(title, subtitle, status, url, Optional.of(target));
  }
}
