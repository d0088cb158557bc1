package dev.quire.dsl;

import dev.quire.dsl.internal.Dates;
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
  public enum Kind {
    /** Its title as text. */
    TEXT,
    /** Its title as a link. */
    LINK,
    /** An icon. */
    ICON,
    /** An icon as a link. */
    LINK_ICON,
    /** An image. */
    IMAGE,
    /** An image as a link. */
    LINK_IMAGE
  }

  /** A cell with nothing in it. */
  public static final Cell EMPTY = new Cell(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
      Optional.empty());

  /**
   * Checks the components; lists are kept as unmodifiable copies.
   *
   * @param title the title
   * @param url the URL
   * @param target the target
   * @param icon the icon
   * @param image the image
   */
  public Cell {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(icon, "icon");
    Objects.requireNonNull(image, "image");
  }

  /**
   * A new Cell of the given values.
   *
   * @param title the title
   * @return a new Cell of the given values
   */
  public static Cell text(String title) {
    return EMPTY.title(title);
  }

  /**
   * A new Cell of the given values.
   *
   * @param title the title
   * @param url the URL
   * @return a new Cell of the given values
   */
  public static Cell link(String title, String url) {
    return EMPTY.title(title).url(url);
  }

  /**
   * A new Cell of the given values.
   *
   * @param icon the icon
   * @return a new Cell of the given values
   */
  public static Cell icon(Icon icon) {
    return new Cell(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(icon), Optional.empty());
  }

  /**
   * A new Cell of the given values.
   *
   * @param image the image
   * @return a new Cell of the given values
   */
  public static Cell image(String image) {
    return new Cell(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(image));
  }

  /**
   * A copy with the title set.
   *
   * @param title the title
   * @return a copy with the title set
   */
  public Cell title(String title) {
    return new Cell(Optional.of(title), url, target, icon, image);
  }

  /**
   * A copy with the URL set.
   *
   * @param url the URL
   * @return a copy with the URL set
   */
  public Cell url(String url) {
    return new Cell(title, Optional.of(url), target, icon, image);
  }

  /**
   * A copy with the target set.
   *
   * @param target the target
   * @return a copy with the target set
   */
  public Cell target(String target) {
    return new Cell(title, url, Optional.of(target), icon, image);
  }

  /**
   * The kind.
   *
   * @return the kind
   */
  public Kind kind() {
    if (icon.isPresent()) {
      return url.isPresent() ? Kind.LINK_ICON : Kind.ICON;
    }
    if (image.isPresent()) {
      return url.isPresent() ? Kind.LINK_IMAGE : Kind.IMAGE;
    }
    return url.isPresent() ? Kind.LINK : Kind.TEXT;
  }

  /**
   * Whether the cell shows nothing.
   *
   * @return whether the cell shows nothing
   */
  public boolean isEmpty() {
    return title.isEmpty() && icon.isEmpty() && image.isEmpty();
  }

  /**
   * What sorting compares: the title, or the ISO form of the date it writes.
   *
   * @return what sorting compares: the title, or the ISO form of the date it writes
   */
  public String sortKey() {
    if (title.isEmpty()) {
      return "";
    }
    Optional<java.time.LocalDate> date = Dates.parse(title.get());
    return date.isPresent() ? date.get().toString() : title.get();
  }
}
