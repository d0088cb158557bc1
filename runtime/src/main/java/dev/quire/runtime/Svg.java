package dev.quire.runtime;

import dev.quire.dsl.Icon;

/** Writes a Font Awesome icon as the inline SVG the original site's icon component produced. */
final class Svg {
  private Svg() {}

  /** {@code extraClass} goes before FA's own classes ({@code fa-2x}); may be empty. */
  static void icon(Icon icon, String extraClass, StringBuilder out) {
    out.append("<svg aria-hidden=\"true\" focusable=\"false\" data-prefix=\"").append(icon.prefix())
        .append("\" data-icon=\"");
    Html.escape(icon.name(), out);
    out.append("\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
        .append(icon.width()).append(' ').append(icon.height()).append("\" class=\"");
    if (!extraClass.isEmpty()) {
      out.append(extraClass).append(' ');
    }
    out.append("svg-inline--fa fa-");
    Html.escape(icon.name(), out);
    out.append("\"><path fill=\"currentColor\" d=\"");
    Html.escape(icon.path(), out);
    out.append("\"></path></svg>");
  }
}
