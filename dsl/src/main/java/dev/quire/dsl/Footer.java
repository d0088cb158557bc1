package dev.quire.dsl;

import dev.quire.dsl.internal.UrlPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The line at the bottom of every document: a short text on the left, icon links on the right (they
 * open in a new tab). {@code Footer.of("(©) 2024 Example").link(Icon.of("fab github"), "GitHub", "https://github.com/…")};
 * give it to {@code HtmlRenderer.builder().footer(...)}.
 */
public record Footer(String text, List<Link> links) {
  /** An icon link with its accessible label. */
  public record Link(Icon icon, String label, String url) {
    /**
     * Checks the components; lists are kept as unmodifiable copies.
     *
     * @param icon the icon
     * @param label the label
     * @param url the URL
     */
    public Link {
      Objects.requireNonNull(icon, "icon");
      Objects.requireNonNull(label, "label");
      Checks.url("Footer link", url, UrlPolicy.Use.LINK);
    }
  }

  /**
   * Checks the components; lists are kept as unmodifiable copies.
   *
   * @param text the text
   * @param links the links
   */
  public Footer {
    Objects.requireNonNull(text, "text");
    links = List.copyOf(links);
  }

  /**
   * A new Footer of the given values.
   *
   * @param text the text
   * @return a new Footer of the given values
   */
  public static Footer of(String text) {
    return new Footer(text, List.of());
  }

  /**
   * A copy with one more icon link.
   *
   * @param icon the icon
   * @param label the label
   * @param url the URL
   * @return a copy with one more icon link
   */
  public Footer link(Icon icon, String label, String url) {
    List<Link> more = new ArrayList<>(links);
    more.add(new Link(icon, label, url));
    return new Footer(text, more);
  }
}
