package dev.quire.runtime;

import dev.quire.dsl.Cell;
import dev.quire.dsl.RowDynamicTable;
import dev.quire.dsl.TableColumn;
import dev.quire.dsl.TableRow;
import java.util.List;

/**
 * RowDynamicTable: the original's bootstrap-vue table markup with every row in the HTML (original
 * §3.8). The search box and the pager start {@code hidden}; {@link TableScript} shows and runs them, so
 * without JavaScript the table is a plain, complete table. Each cell carries its sort key.
 */
final class TableWriter {
  private TableWriter() {}

  static void write(RowDynamicTable table, Breakpoint stackBelow, StringBuilder out) {
    List<TableColumn> columns = table.columns();
    out.append("<div class=\"row-dynamic-table\"");
    if (table.pagination().isPresent()) {
      out.append(" data-pagination=\"").append(table.pagination().get()).append('"');
    }
    if (!table.filter().isEmpty()) {
      out.append(" data-filter=\"");
      Html.escape(String.join(" ", table.filter()), out);
      out.append('"');
    }
    out.append("><div class=\"row pt-5 pb-5\"><div class=\"col\"><div class=\"row\"><div class=\"col\">");
    if (!table.filter().isEmpty()) {
      out.append("<div role=\"group\" class=\"form-row form-group\" hidden><label class=\"col-sm-1 col-form-label "
          + "col-form-label-sm text-sm-left\">Filter</label><div class=\"col\"><div role=\"group\" class=\"input-group "
          + "input-group-sm\"><input type=\"search\" placeholder=\"Type to Search\" aria-label=\"Filter\" "
          + "class=\"form-control\"></div></div></div>");
    }
    out.append("</div>");
    if (table.pagination().isPresent()) {
      out.append("<div class=\"").append(stackBelow.column(3)).append("\"><ul role=\"menubar\" aria-label=\"Pagination\" class=\"pagination my-0 mb-3 "
          + "b-pagination pagination-sm text-center\" hidden></ul></div>");
    }
    out.append("</div><div class=\"row\"><div class=\"col\"><table aria-rowcount=\"").append(table.rows().size())
        .append("\" role=\"table\" aria-colcount=\"").append(columns.size()).append('"');
    if (table.description().isPresent()) {
      out.append(" aria-label=\"");
      Html.escape(table.description().get(), out);
      out.append('"');
    }
    out.append(" class=\"table b-table table-striped table-hover\"><thead role=\"rowgroup\"><tr role=\"row\">");
    for (int i = 0; i < columns.size(); i++) {
      TableColumn column = columns.get(i);
      out.append("<th role=\"columnheader\" scope=\"col\" data-key=\"");
      Html.escape(column.key(), out);
      out.append('"');
      if (column.sortable()) {
        out.append(" tabindex=\"0\"");
      }
      out.append(" aria-colindex=\"").append(i + 1).append('"');
      out.append(column.sortable() ? " aria-sort=\"none\" class=\"position-relative b-table-sort-icon-left\""
          : " class=\"position-relative\"");
      out.append("><div>");
      Html.escape(column.label(), out);
      out.append(column.sortable() ? "</div><span class=\"sr-only\"> (Click to sort ascending)</span></th>" : "</div></th>");
    }
    out.append("</tr></thead><tbody role=\"rowgroup\">");
    for (int r = 0; r < table.rows().size(); r++) {
      TableRow row = table.rows().get(r);
      out.append("<tr role=\"row\" aria-rowindex=\"").append(r + 1).append("\">");
      for (int i = 0; i < columns.size(); i++) {
        Cell cell = row.cell(columns.get(i).key()).orElse(Cell.EMPTY);
        out.append("<td aria-colindex=\"").append(i + 1).append("\" role=\"cell\" data-sort=\"");
        Html.escape(cell.sortKey(), out);
        out.append("\"><div>");
        cell(cell, columns.get(i).label(), out);
        out.append("</div></td>");
      }
      out.append("</tr>");
    }
    out.append("</tbody></table></div></div></div></div></div>");
  }

  private static void cell(Cell cell, String columnLabel, StringBuilder out) {
    switch (cell.kind()) {
      case TEXT -> {
        out.append("<div>");
        if (cell.title().isPresent()) {
          out.append("<p>");
          Html.escape(cell.title().get(), out);
          out.append("</p>");
        }
        out.append("</div>");
      }
      case LINK -> {
        out.append("<a");
        Html.link(cell.url(), cell.target(), out);
        out.append('>');
        Html.escape(cell.title().orElse(""), out);
        out.append("</a>");
      }
      case ICON -> Svg.icon(cell.icon().get(), "", out);
      case LINK_ICON -> {
        out.append("<a");
        Html.link(cell.url(), cell.target(), out);
        out.append(" aria-label=\"");
        Html.escape(cell.title().orElse(columnLabel), out);
        out.append("\">");
        Svg.icon(cell.icon().get(), "", out);
        out.append("</a>");
      }
      case IMAGE -> image(cell, out);
      case LINK_IMAGE -> {
        out.append("<a");
        Html.link(cell.url(), cell.target(), out);
        out.append('>');
        image(cell, out);
        out.append("</a>");
      }
    }
  }

  private static void image(Cell cell, StringBuilder out) {
    out.append("<img src=\"");
    Html.escape(cell.image().get(), out);
    out.append("\" alt=\"");
    Html.escape(cell.title().orElse(""), out);
    out.append("\">");
  }
}
