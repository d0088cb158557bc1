package dev.quire.benchmarks;

import dev.quire.dsl.Module;
import io.jstach.jstache.JStache;
import dev.quire.dsl.Page;
import dev.quire.dsl.RowMultiColumns;
import dev.quire.dsl.RowSeparator;
import dev.quire.dsl.RowTextImage;
import java.util.ArrayList;
import java.util.List;

/**
 * The seed page as a template engine would receive it: a view model of the page's head, its rows and
 * its body. The peers render this model on every call, the way a site built on a template engine
 * renders its front matter; the values come from the page the examples module compiled (Markdown
 * already rendered to HTML at build time for everyone), so no text is copied into the benchmarks.
 * Only the modules the seed page uses are modelled. JStachio compiles its template for this type.
 */
@JStache(path = "seedModel.mustache")
public record SeedModel(String lang, String title, String description, String stylesheet, List<Row> rows,
    String bodyHtml) {
  /** The published hash of the default stylesheet, which Quire's documents link with. */
  static final String INTEGRITY = "sha384-xOolHFLEh07PJGoPkLv1IbcEPTNtaed2xpHsD9ESMhqIYd0nLMwNLD69Npy4HI+N";


  /** One row of the page: exactly one of the three is set. */
  public record Row(MultiColumns multi, TextImage textImage, Separator separator) {}

  public record MultiColumns(List<Column> columns) {}

  public record Column(int width, TextImage textImage) {}

  /** {@code rowClass} is {@code row} plus the module's status, if any. */
  public record TextImage(String rowClass, int cols, String image, String alt, String html) {}

  public record Separator(String cssClass) {}

  /** The model of {@code page}, with the document settings of {@link Seed#RENDERER}. */
  public static SeedModel of(Page page) {
    if (page.description().isPresent()) {
      throw new IllegalArgumentException("the seed page has no description; the peer templates do not model one");
    }
    List<Row> rows = new ArrayList<>();
    for (Module module : page.modules()) {
      if (module instanceof RowMultiColumns multi) {
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < multi.modules().size(); i++) {
          columns.add(new Column(multi.widths().get(i), textImage(multi.modules().get(i))));
        }
        rows.add(new Row(new MultiColumns(List.copyOf(columns)), null, null));
      } else if (module instanceof RowSeparator separator) {
        rows.add(new Row(null, null, new Separator(separator.size().cssClass())));
      } else {
        rows.add(new Row(null, textImage(module), null));
      }
    }
    return new SeedModel("en", page.title().orElse(""), description(rows.get(0)),
        dev.quire.runtime.HtmlRenderer.DEFAULT_STYLESHEET, List.copyOf(rows), page.body().html());
  }

  /**
   * The page's description, which a page without one in its front matter takes from its first
   * paragraph: the text of the first row's first paragraph.
   */
  private static String description(Row first) {
    TextImage row = first.multi() != null ? first.multi().columns().get(0).textImage() : first.textImage();
    String html = row.html();
    int start = html.indexOf("<p>");
    return html.substring(start + 3, html.indexOf("</p>", start)).replaceAll("<[^>]*>", "").strip();
  }

  private static TextImage textImage(Module module) {
    if (!(module instanceof RowTextImage row) || row.image().isEmpty()) {
      throw new IllegalArgumentException("the peer templates model RowTextImage with an image, not " + module);
    }
    return new TextImage(row.status().map(status -> "row " + status).orElse("row"), row.cols(), row.image().get(),
        row.title().orElse(""), row.text().html());
  }
}
