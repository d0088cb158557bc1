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
  public Button {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(subtitle, "subtitle");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(target, "target");
  }

  public static Button of(String title) {
    return new Button(title, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  public Button subtitle(String subtitle) {
    return new Button(title, Optional.of(subtitle), status, url, target);
  }

  public Button status(ButtonStatus status) {
    return new Button(title, subtitle, Optional.of(status), url, target);
  }

  public Button url(String url) {
    return new Button(title, subtitle, status, Optional.of(url), target);
  }

  /** The link's {@code target}, for example {@code _blank} (which also gets {@code rel="noopener"}). */
  public Button target(String target) {
    return new Button(title, subtitle, status, url, Optional.of(target));
  }
}
