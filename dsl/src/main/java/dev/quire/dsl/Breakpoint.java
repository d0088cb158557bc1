package dev.quire.dsl;

/**
 * The screen width below which a row's columns stack, one above the other, each as wide as the row:
 * Bootstrap 4's grid breakpoints. {@link #MD} (768 px) is the default, so pages read on a phone;
 * {@link #NONE} keeps every row's columns side by side at any width, as the original site did.
 *
 * <p>{@code HtmlRenderer.Builder.stackBelow(Breakpoint)} chooses it for a renderer; modules ask
 * {@link Html#columnClass(int)} for the class of a column.
 */
public enum Breakpoint {
  /** Never stack: columns keep their widths on every screen ({@code col-6}). */
  NONE(""),
  /** Stack below 576 px ({@code col-sm-6}). */
  SM("sm-"),
  /** Stack below 768 px ({@code col-md-6}): phones in portrait and landscape; the default. */
  MD("md-"),
  /** Stack below 992 px ({@code col-lg-6}): tablets too. */
  LG("lg-"),
  /** Stack below 1200 px ({@code col-xl-6}). */
  XL("xl-");

  private final String infix;

  Breakpoint(String infix) {
    this.infix = infix;
  }

  /** The class of a column {@code width} twelfths wide from this breakpoint up: {@code col-md-6}. */
  String column(int width) {
    return "col-" + infix + width;
  }

  /** The class of an equal-width column from this breakpoint up: {@code col-md}, or {@code col}. */
  String equalColumn() {
    return infix.isEmpty() ? "col" : "col-" + infix.substring(0, infix.length() - 1);
  }
}
