package dev.quire.dsl;

import dev.quire.dsl.internal.UrlPolicy;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The tags of a collection as links that filter its index page ({@code /news/?tag=workshop}), the
 * selected one in bold, and a link that clears the filter.
 */
public final class RowTags implements Module {
  private final List<String> tags;
  private final String selected;
  private final String href;

  private RowTags(List<String> tags, String selected, String href) {
    this.tags = List.copyOf(tags);
    this.selected = selected;
    this.href = href;
  }

  /**
   * Links for {@code tags} to {@code href?tag=…}, with {@code selected} marked.
   *
   * @param tags the tags
   * @param selected the selected
   * @param href the link's URL
   * @return links for {@code tags} to {@code href?tag=…}, with {@code selected} marked
   */
  public static RowTags of(List<String> tags, Optional<String> selected, String href) {
    Checks.url("RowTags href", href, UrlPolicy.Use.LINK);
    return new RowTags(tags, selected.orElse(null), href);
  }

  @Override
  public String name() {
    return "RowTags";
  }

  /**
   * Writes every tag as a link to {@code href?tag=…} (the selected one marked current), then a link
   * that clears the filter.
   *
   * @param html the writer
   */
  @Override
  public void render(Html html) {
    html.open("div", "class", "row-tags").open("div", "class", "row shadow p-3 mb-5 bg-white rounded")
        .open("div", "class", "container").open("div", "class", "row").open("h2", "class", "m-auto").text("Tags").close()
        .close().open("div", "class", "row").open("div", "class", "list-group m-auto list-group-horizontal");
    for (String tag : tags) {
      boolean current = selected != null && selected.equals(tag);
      html.open("div", "class", "list-group-item border-0 flex-fill" + (current ? " disabled" : ""))
          .open("a", "href", href + "?tag=" + URLEncoder.encode(tag, StandardCharsets.UTF_8).replace("+", "%20"),
              "class", current ? "font-weight-bold" : null, "aria-current", current ? "page" : null)
          .text("#" + tag).close().close();
    }
    html.open("div", "class", "list-group-item border-0 flex-fill" + (selected == null ? " disabled" : ""))
        .open("a", "href", href, "class", selected == null ? "text-muted" : null).text("Clear").close().close()
        .close().close().close().close().close();
  }

  /**
   * The tags.
   *
   * @return the tags
   */
  public List<String> tags() {
    return tags;
  }

  /**
   * The selected, if there is one.
   *
   * @return the selected, if there is one
   */
  public Optional<String> selected() {
    return Optional.ofNullable(selected);
  }

  /**
   * The index page the links lead to.
   *
   * @return the index page the links lead to
   */
  public String href() {
    return href;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RowTags that && tags.equals(that.tags) && Objects.equals(selected, that.selected)
        && href.equals(that.href);
  }

  @Override
  public int hashCode() {
    return Objects.hash(tags, selected, href);
  }

  @Override
  public String toString() {
    return "RowTags[" + tags + ", selected=" + selected + "]";
  }
}
