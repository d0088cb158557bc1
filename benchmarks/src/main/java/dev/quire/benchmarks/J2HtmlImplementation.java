package dev.quire.benchmarks;

import static j2html.TagCreator.a;
import static j2html.TagCreator.body;
import static j2html.TagCreator.div;
import static j2html.TagCreator.each;
import static j2html.TagCreator.head;
import static j2html.TagCreator.html;
import static j2html.TagCreator.img;
import static j2html.TagCreator.link;
import static j2html.TagCreator.main;
import static j2html.TagCreator.meta;
import static j2html.TagCreator.rawHtml;
import static j2html.TagCreator.title;

import dev.quire.runtime.ByteSink;
import j2html.tags.DomContent;
import j2html.tags.specialized.HtmlTag;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * j2html 1.6: the page's tree built from the model on every call (its normal use) and rendered with
 * {@code render(Appendable)}, not the pretty-printing {@code renderFormatted()}. j2html has no byte
 * output, so the byte table encodes the reused {@code StringBuilder}.
 */
final class J2HtmlImplementation implements Implementation {
  private static final DomContent NL = rawHtml("\n");
  private final StringBuilder text = new StringBuilder(8192);

  @Override
  public String name() {
    return "j2html";
  }

  @Override
  public void bytes(ByteSink sink) throws IOException {
    text.setLength(0);
    chars(text);
    sink.write(text.toString().getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void chars(StringBuilder out) throws IOException {
    SeedModel page = Seed.MODEL;
    out.append("<!DOCTYPE html>\n");
    HtmlTag html = html(NL,
        head(NL, meta().withCharset("utf-8"), NL,
            meta().withName("viewport").withContent("width=device-width, initial-scale=1, shrink-to-fit=no"), NL,
            title(page.title()), NL, meta().withName("description").withContent(page.description()), NL,
            meta().attr("property", "og:type").withContent("website"), NL,
            meta().attr("property", "og:description").withContent(page.description()), NL,
            meta().withName("theme-color").withContent("#ffffff"), NL,
            link().withRel("stylesheet").withHref(page.stylesheet()).attr("integrity", SeedModel.INTEGRITY)
                .attr("crossorigin", "anonymous"), NL),
        NL,
        body(NL,
            a("Skip to the content").withClass("skip-link sr-only sr-only-focusable").withHref("#main"), NL,
            main(div(each(page.rows(), J2HtmlImplementation::row),
                div(div(div(div(rawHtml(page.bodyHtml())).withClass("page-body")).withClass("col"))
                    .withClass("row py-3")).withClass("row-document"))
                .withClass("container")).withId("main").withClass("main").attr("tabindex", "-1"),
            NL),
        NL).withLang(page.lang());
    html.render(out);
    out.append('\n');
  }

  private static DomContent row(SeedModel.Row row) {
    if (row.multi() != null) {
      return div(div(each(row.multi().columns(),
          column -> div(textImage(column.textImage())).withClass("col-md-" + column.width())))
          .withClass("row py-3")).withClass("row-multi-columns");
    }
    if (row.textImage() != null) {
      return textImage(row.textImage());
    }
    return div().withClass("row row-separator " + row.separator().cssClass());
  }

  private static DomContent textImage(SeedModel.TextImage row) {
    return div(div(
        div(div(rawHtml(row.html())).withClass("pt-3")).withClass("text-col col-md-" + row.cols()),
        div(img().withSrc(row.image()).withAlt(row.alt())).withClass("image-col col-md"))
        .withClass(row.rowClass())).withClass("row-text-image");
  }
}
