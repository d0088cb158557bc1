package dev.quire.runtime;

import dev.quire.dsl.Markdown;
import dev.quire.dsl.Module;
import dev.quire.dsl.RowButtonGrid;
import dev.quire.dsl.RowDocumentHeader;
import dev.quire.dsl.RowDynamicTable;
import dev.quire.dsl.RowImage;
import dev.quire.dsl.RowImageText;
import dev.quire.dsl.RowMultiColumns;
import dev.quire.dsl.RowNewsCards;
import dev.quire.dsl.RowNewsList;
import dev.quire.dsl.RowSeparator;
import dev.quire.dsl.RowTags;
import dev.quire.dsl.RowText;
import dev.quire.dsl.TextImageRow;
import java.util.List;
import java.util.Optional;

/**
 * Writes each module as the original site's Bootstrap 4 markup (with Quire's fixes: {@code title}
 * becomes the image's {@code alt}). Every value from the page is escaped; Markdown HTML was sanitized
 * when it was rendered.
 */
final class ModuleWriter {
  private final StringBuilder out;
  private final Layout layout;
  private final Breakpoint stackBelow;

  ModuleWriter(StringBuilder out, Layout layout) {
    this.out = out;
    this.layout = layout;
    this.stackBelow = layout.stackBelow();
  }

  void modules(List<Module> modules) {
    for (Module module : modules) {
      module(module);
    }
  }

  private void module(Module module) {
    if (module instanceof RowText text) {
      out.append("<div class=\"row-text\"><div class=\"");
      classes("row", text.status());
      out.append("\"><div class=\"text-col col\">");
      text(text.text());
      out.append("</div></div></div>");
    } else if (module instanceof TextImageRow row) {
      textImage(row);
    } else if (module instanceof RowImage image) {
      out.append("<div class=\"");
      classes("row-image", image.status());
      out.append("\"><div class=\"row\"><div class=\"col\">");
      image(Optional.of(image.image()), image.title());
      out.append("</div></div></div>");
    } else if (module instanceof RowSeparator separator) {
      out.append("<div class=\"row row-separator ").append(separator.size().cssClass()).append("\"></div>");
    } else if (module instanceof RowMultiColumns columns) {
      multiColumns(columns);
    } else if (module instanceof RowButtonGrid grid) {
      ButtonGridWriter.write(grid, stackBelow, out);
    } else if (module instanceof RowDynamicTable table) {
      TableWriter.write(table, stackBelow, out);
    } else if (module instanceof RowNewsCards cards) {
      NewsWriter.cards(cards, layout.entryImage(), out);
    } else if (module instanceof RowNewsList list) {
      NewsWriter.list(list, out);
    } else if (module instanceof RowDocumentHeader header) {
      NewsWriter.header(header, layout, out);
    } else {
      NewsWriter.tags((RowTags) module, out);
    }
  }

  private void multiColumns(RowMultiColumns columns) {
    out.append("<div class=\"row-multi-columns\"><div class=\"row py-3\">");
    for (int i = 0; i < columns.modules().size(); i++) {
      out.append("<div class=\"").append(stackBelow.column(columns.widths().get(i))).append("\">");
      module(columns.modules().get(i));
      out.append("</div>");
    }
    out.append("</div></div>");
  }

  private void textImage(TextImageRow row) {
    boolean imageFirst = row instanceof RowImageText;
    out.append(imageFirst ? "<div class=\"row-image-text\"><div class=\"" : "<div class=\"row-text-image\"><div class=\"");
    classes("row", row.status());
    out.append("\">");
    if (imageFirst) {
      out.append("<div class=\"image-col ").append(stackBelow.column(row.cols())).append("\">");
      image(row.image(), row.title());
      out.append("</div><div class=\"text-col ").append(stackBelow.equalColumn()).append("\">");
      text(row.text());
      out.append("</div>");
    } else {
      out.append("<div class=\"text-col ").append(stackBelow.column(row.cols())).append("\">");
      text(row.text());
      out.append("</div><div class=\"image-col ").append(stackBelow.equalColumn()).append("\">");
      image(row.image(), row.title());
      out.append("</div>");
    }
    out.append("</div></div>");
  }

  private void text(Markdown text) {
    out.append("<div class=\"pt-3\">").append(text.html()).append("</div>");
  }

  private void image(Optional<String> src, Optional<String> alt) {
    if (src.isEmpty()) {
      return;
    }
    out.append("<img src=\"");
    Html.escape(src.get(), out);
    out.append("\" alt=\"");
    Html.escape(alt.orElse(""), out);
    out.append("\">");
  }

  private void classes(String base, Optional<String> extra) {
    out.append(base);
    if (extra.isPresent()) {
      out.append(' ');
      Html.escape(extra.get(), out);
    }
  }
}
