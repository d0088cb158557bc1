package dev.quire.benchmarks;

import dev.quire.runtime.ByteSink;
import htmlflow.HtmlFlow;
import htmlflow.HtmlPage;
import htmlflow.HtmlView;
import java.nio.charset.StandardCharsets;
import org.xmlet.htmlapifaster.Div;
import org.xmlet.htmlapifaster.EnumRelType;
import org.xmlet.htmlapifaster.Element;
import org.xmlet.htmlapifaster.Html;

/**
 * HtmlFlow 5.0: a view whose static parts HtmlFlow resolves once (its pre-encoding) and whose model
 * parts are {@code dynamic} blocks, not indented, written to the reused {@code StringBuilder} with
 * {@code setOut(...).write(model)}. The title is always dynamic; the page's rows and body are static
 * (content inline, built once from the seed page) or dynamic (from the model). The document frame's
 * settings (language, stylesheet) are static text, as in a hand-written view. HtmlFlow has no byte
 * output, so the byte table encodes the {@code StringBuilder}.
 */
final class HtmlFlowImplementation implements Implementation {
  private final String name;
  private final StringBuilder text = new StringBuilder(8192);
  private final HtmlView<SeedModel> view;

  private HtmlFlowImplementation(String name, boolean inline) {
    this.name = name;
    this.view = HtmlFlow.<SeedModel>view(page -> template(page, inline)).setIndented(false);
  }

  static HtmlFlowImplementation inline() {
    return new HtmlFlowImplementation("htmlflow", true);
  }

  static HtmlFlowImplementation model() {
    return new HtmlFlowImplementation("htmlflow_model", false);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void bytes(ByteSink sink) {
    text.setLength(0);
    chars(text);
    sink.write(text.toString().getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void chars(StringBuilder out) {
    view.setOut(out).write(Seed.MODEL);
    out.append('\n'); // after </html>, where the view has nothing to write to
  }

  private static void template(HtmlPage page, boolean inline) {
    // page.html() writes HtmlFlow's doctype with no line end after it; the document Quire and the
    // other peers write has one. So the template writes the doctype line itself, then opens <html>
    // with the public constructor html() uses. Both are static text, resolved once like the rest.
    page.raw(HtmlPage.HEADER + "\n");
    new Html<>(page).attrLang(Seed.MODEL.lang()).raw("\n")
        .head().raw("\n")
            .meta().attrCharset("utf-8").__().raw("\n")
            .meta().attrName("viewport").attrContent("width=device-width, initial-scale=1, shrink-to-fit=no").__().raw("\n")
            .title().<SeedModel>dynamic((title, model) -> title.text(model.title())).__().raw("\n")
            .meta().attrName("description").attrContent(Seed.MODEL.description()).__().raw("\n")
            .meta().addAttr("property", "og:type").attrContent("website").__().raw("\n")
            .meta().addAttr("property", "og:description").attrContent(Seed.MODEL.description()).__().raw("\n")
            .meta().attrName("theme-color").attrContent("#ffffff").__().raw("\n")
            .link().attrRel(EnumRelType.STYLESHEET).attrHref(Seed.MODEL.stylesheet())
                .addAttr("integrity", SeedModel.INTEGRITY).addAttr("crossorigin", "anonymous").__().raw("\n")
        .__().raw("\n")
        .body().raw("\n")
            .a().attrClass("skip-link sr-only sr-only-focusable").attrHref("#main").text("Skip to the content").__()
            .raw("\n")
            .main().attrId("main").attrClass("main").addAttr("tabindex", "-1")
                .div().attrClass("container")
                    .<SeedModel>of(container -> {
                      if (inline) {
                        content(container, Seed.MODEL);
                      } else {
                        container.<SeedModel>dynamic(HtmlFlowImplementation::content);
                      }
                    })
                .__()
            .__().raw("\n")
        .__().raw("\n")
    .__();
  }

  private static <Z extends Element> void content(Div<Z> container, SeedModel model) {
    for (SeedModel.Row row : model.rows()) {
      row(container, row);
    }
    container.div().attrClass("row-document")
        .div().attrClass("row py-3")
            .div().attrClass("col")
                .div().attrClass("page-body").raw(model.bodyHtml()).__()
            .__()
        .__()
    .__();
  }

  private static <Z extends Element> void row(Div<Z> parent, SeedModel.Row row) {
    if (row.multi() != null) {
      Div<Div<Div<Z>>> columns = parent.div().attrClass("row-multi-columns").div().attrClass("row py-3");
      for (SeedModel.Column column : row.multi().columns()) {
        textImage(columns.div().attrClass("col-md-" + column.width()), column.textImage()).__();
      }
      columns.__().__();
    } else if (row.textImage() != null) {
      textImage(parent, row.textImage());
    } else {
      parent.div().attrClass("row row-separator " + row.separator().cssClass()).__();
    }
  }

  private static <Z extends Element> Div<Z> textImage(Div<Z> parent, SeedModel.TextImage row) {
    return parent.div().attrClass("row-text-image")
        .div().attrClass(row.rowClass())
            .div().attrClass("text-col col-md-" + row.cols())
                .div().attrClass("pt-3").raw(row.html()).__()
            .__()
            .div().attrClass("image-col col-md")
                .img().attrSrc(row.image()).attrAlt(row.alt()).__()
            .__()
        .__()
    .__();
  }
}
