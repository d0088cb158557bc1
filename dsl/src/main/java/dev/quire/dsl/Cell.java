package dev.quire.dsl;

import java.util.Objects;
import java.util.Optional;

/**
 * One cell of a {@link RowDynamicTable}. Its kind follows from what it holds, in the original site's
 * order: an icon (a link when it has a URL), else an image (a link when it has a URL), else a link
 * when it has a URL, else text. The title is the text, the link text or the image's alternative text;
 * search and sorting use it (dates in it sort by the calendar). Immutable:
 * {@code Cell.icon(Icon.of("fas download")).url("https://…").target("_blank")}.
 */
public record Cell(Optional<String> title, Optional<String> url, Optional<String> target, Optional<Icon> icon,
    Optional<String> image) {
  /** What a cell shows. */
  public enum Kind { TEXT, LINK, ICON, LINK_ICON, IMAGE, LINK_IMAGE }

  /** A cell with nothing in it. */
  public static final Cell EMPTY = new Cell(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
      Optional.empty());

  public Cell {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(icon, "icon");
    Objects.requireNonNull(image, "image");
  }

  public static Cell text(String title) {
    return EMPTY.title(title);
  }

  public static Cell link(String title, String url) {
    return EMPTY.title(title).url(url);
  }

  public static Cell icon(Icon icon) {
    return new Cell(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(icon), Optional.empty());
  }

  public static Cell image(String image) {
    return new Cell(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(image));
  }

  public Cell title(String title) {
    return new Cell(Optional.of(title), url, target, icon, image);
  }

  public Cell url(String url) {
    return new Cell(title, Optional.of(url), target, icon, image);
  }

  public Cell target(String target) {
    return new Cell(title, url, Optional.of(target), icon, image);
  }

  public Kind kind() {
    if (icon.isPresent()) {
      return url.isPresent() ? Kind.LINK_ICON : Kind.ICON;
    }
    if (image.isPresent()) {
      return url.isPresent() ? Kind.LINK_IMAGE : Kind.IMAGE;
    }
    return url.isPresent() ? Kind.LINK : Kind.TEXT;
  }

  /** Whether the cell shows nothing. */
  public boolean isEmpty() {
    return title.isEmpty() && icon.isEmpty() && image.isEmpty();
  }

  /** What sorting compares: the title, or the ISO form of the date it writes. */
  public String sortKey() {
    if (title.isEmpty()) {
      return "";
    }
    Optional<java.time.LocalDate> date = Dates.parse(title.get());
    return date.isPresent() ? date.get().toString() : title.get();
  }
}
