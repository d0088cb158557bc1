package dev.quire.dsl;

import java.util.Objects;

/** Vertical space. A separator has no content, so it has no builder: {@code RowSeparator.of(Size.XL)}. */
public final class RowSeparator implements Module {
  private static final RowSeparator[] BY_SIZE = new RowSeparator[Size.values().length];

  static {
    for (Size size : Size.values()) {
      BY_SIZE[size.ordinal()] = new RowSeparator(size);
    }
  }

  private final Size size;

  private RowSeparator(Size size) {
    this.size = size;
  }

  /**
   * A separator of the given size.
   *
   * @param size the size
   * @return a separator of the given size
   */
  public static RowSeparator of(Size size) {
    return BY_SIZE[Objects.requireNonNull(size, "size").ordinal()];
  }

  /**
   * A medium separator, the default of content files.
   *
   * @return a medium separator, the default of content files
   */
  public static RowSeparator medium() {
    return of(Size.M);
  }

  @Override
  public String name() {
    return "RowSeparator";
  }

  @Override
  public void render(Html html) {
    html.open("div", "class", "row row-separator " + size.cssClass()).close();
  }

  /**
   * The size.
   *
   * @return the size
   */
  public Size size() {
    return size;
  }

  @Override
  public String toString() {
    return "RowSeparator[" + size + "]";
  }
}
