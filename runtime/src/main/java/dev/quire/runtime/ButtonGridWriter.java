package dev.quire.runtime;

import dev.quire.dsl.Button;
import dev.quire.dsl.ButtonColumn;
import dev.quire.dsl.RowButtonGrid;
import java.util.Optional;

/** RowButtonGrid: equal columns, each an icon header over a stack of link buttons (original §3.7). */
final class ButtonGridWriter {
  private ButtonGridWriter() {}

  static void write(RowButtonGrid grid, Breakpoint stackBelow, StringBuilder out) {
    out.append("<div");
    if (grid.id().isPresent()) {
      out.append(" id=\"");
      Html.escape(grid.id().get(), out);
      out.append('"');
    }
    out.append(" class=\"row-button-grid\"><div class=\"row\">");
    for (ButtonColumn column : grid.columns()) {
      out.append("<div class=\"").append(stackBelow.equalColumn()).append("\">");
      header(column.icon(), column.title(), column.subtitle(), "text-center text-primary col-title mb-3", out);
      for (Button button : column.buttons()) {
        button(button, out);
      }
      out.append("</div>");
    }
    out.append("</div></div>");
  }

  /** The icon, title and subtitle block RowButtonGrid columns and RowNewsList share. */
  static void header(dev.quire.dsl.Icon icon, Optional<String> title, Optional<String> subtitle, String classes,
      StringBuilder out) {
    out.append("<div class=\"").append(classes).append("\">");
    Svg.icon(icon, "fa-2x", out);
    out.append("<p class=\"h5 mb-0\">");
    Html.escape(title.orElse(""), out);
    out.append("</p><p class=\"col-title-subtitle font-italic\">");
    Html.escape(subtitle.orElse(""), out);
    out.append("</p></div>");
  }

  private static void button(Button button, StringBuilder out) {
    out.append("<a role=\"button\"");
    Html.link(button.url(), button.target(), out);
    if (button.status().isPresent() && button.status().get() == dev.quire.dsl.ButtonStatus.DEACTIVE) {
      out.append(" aria-disabled=\"true\" tabindex=\"-1\"");
    }
    out.append(" class=\"btn btn-block button");
    if (button.status().isPresent()) {
      out.append(' ').append(button.status().get().cssClass());
    }
    out.append("\"><p class=\"button-title\">");
    Html.escape(button.title(), out);
    out.append("</p><p class=\"button-subtitle\">");
    Html.escape(button.subtitle().orElse(""), out);
    out.append("</p></a>");
  }
}
