package dev.quire.dsl;

import dev.quire.dsl.internal.FontAwesome;
import java.util.Objects;

/**
 * A Font Awesome 5 free icon ({@code fas} solid or {@code fab} brands), kept as its SVG so pages
 * inline it and need no icon font or script. Generated pages carry the SVG in the class
 * ({@link #svg}); hand-written pages look an icon up by the content files' spelling with {@link #of},
 * which reads the Font Awesome webjar ({@code org.webjars:font-awesome:5.15.4}) from the class path.
 */
public final class Icon {
  private final String prefix;
  private final String name;
  private final int width;
  private final int height;
  private final String path;

  private Icon(String prefix, String name, int width, int height, String path) {
    this.prefix = prefix;
    this.name = name;
    this.width = width;
    this.height = height;
    this.path = path;
  }

  /**
   * The icon a content file names {@code spec}: {@code "fas cog"}, {@code "fab github"}.
   *
   * @param spec the spec
   * @return the icon a content file names {@code spec}: {@code "fas cog"}, {@code "fab github"}
   * @throws LayoutException when the spec is malformed or names no icon (the message suggests one),
   *     or when the Font Awesome webjar is not on the class path
   */
  public static Icon of(String spec) {
    FontAwesome.Lookup lookup = FontAwesome.find(Objects.requireNonNull(spec, "spec"));
    if (lookup.problem() != null) {
      throw LayoutException.of(java.util.List.of(lookup.problem()));
    }
    FontAwesome.Glyph glyph = lookup.glyph();
    return svg(glyph.prefix(), glyph.name(), glyph.width(), glyph.height(), glyph.path());
  }

  /**
   * An icon from its SVG: the view box {@code 0 0 width height} and the path data.
   *
   * @param prefix the prefix
   * @param name the name
   * @param width the width
   * @param height the height
   * @param path the path
   * @return an icon from its SVG: the view box {@code 0 0 width height} and the path data
   */
  public static Icon svg(String prefix, String name, int width, int height, String path) {
    if (!prefix.equals("fas") && !prefix.equals("fab")) {
      throw new IllegalArgumentException("icon prefix is fas or fab, not " + prefix);
    }
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException("icon view box must be positive");
    }
    return new Icon(prefix, Objects.requireNonNull(name, "name"), width, height, Objects.requireNonNull(path, "path"));
  }

  /**
   * {@code fas} or {@code fab}.
   *
   * @return {@code fas} or {@code fab}
   */
  public String prefix() {
    return prefix;
  }

  /**
   * The icon's name, without {@code fa-}: {@code cog}.
   *
   * @return the icon's name, without {@code fa-}: {@code cog}
   */
  public String name() {
    return name;
  }

  /**
   * The icon as content files write it, the same as {@link #spec}: {@code fas cog}.
   *
   * @return the icon's spelling
   */
  public String value() {
    return spec();
  }

  /**
   * The spec as content files write it: {@code fas cog}.
   *
   * @return the spec as content files write it: {@code fas cog}
   */
  public String spec() {
    return prefix + " " + name;
  }

  /**
   * The width.
   *
   * @return the width
   */
  public int width() {
    return width;
  }

  /**
   * The height.
   *
   * @return the height
   */
  public int height() {
    return height;
  }

  /**
   * The SVG path data.
   *
   * @return the SVG path data
   */
  public String path() {
    return path;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Icon that && prefix.equals(that.prefix) && name.equals(that.name)
        && width == that.width && height == that.height && path.equals(that.path);
  }

  @Override
  public int hashCode() {
    return Objects.hash(prefix, name, width, height, path);
  }

  @Override
  public String toString() {
    return "Icon[" + spec() + "]";
  }
}
