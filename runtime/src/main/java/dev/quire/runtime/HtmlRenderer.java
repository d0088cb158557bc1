package dev.quire.runtime;

import dev.quire.dsl.Page;
import dev.quire.dsl.UrlPolicy;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Renders pages to HTML: {@link #render} gives the page fragment (a Bootstrap container with the
 * modules, then the body), {@link #renderDocument} a whole document around it (doctype, charset,
 * viewport, title and description from the page, the Bootstrap 4 stylesheet and Quire's module CSS).
 * Immutable and thread-safe; make one and share it.
 */
public final class HtmlRenderer {
  /** Bootstrap 4.6.2 from a CDN; serve it yourself with {@link Builder#stylesheet}. */
  public static final String DEFAULT_STYLESHEET = "https://cdn.jsdelivr.net/npm/bootstrap@4.6.2/dist/css/bootstrap.min.css";

  /** The CSS of the original site's modules (separator sizes, dark panels, cropped images…). */
  static final String MODULE_CSS = ".main>.container{padding:60px 15px 90px}"
      + "img{max-width:100%;max-height:100%}"
      + ".row-separator{padding:1rem 0}"
      + ".row-separator.extra-small{padding:.5rem 0}"
      + ".row-separator.small{padding:.75rem 0}"
      + ".row-separator.medium{padding:1rem 0}"
      + ".row-separator.large{padding:1.5rem 0}"
      + ".row-separator.extra-large{padding:3rem 0}"
      + ".row-text .second .text-col,.row-text-image .second .text-col,.row-image-text .second .text-col"
      + "{background:#413c58;color:#959596}"
      + ".row-image.border-image{max-height:175px;margin:2rem 0;overflow:hidden}"
      + ".row-image.border-image img{width:100%;margin-top:-250px}"
      + "blockquote{padding:.75rem 2rem .25rem;background:rgba(243,227,124,.25)}";

  private final String stylesheet;
  private final String lang;
  private final boolean moduleCss;

  private HtmlRenderer(Builder builder) {
    this.stylesheet = builder.stylesheet;
    this.lang = builder.lang;
    this.moduleCss = builder.moduleCss;
  }

  /** A renderer with the defaults. */
  public static HtmlRenderer create() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The page fragment. */
  public String render(Page page) {
    StringBuilder out = new StringBuilder(4096);
    renderUnchecked(page, out, false);
    return out.toString();
  }

  /** Writes the page fragment to {@code out}. */
  public void render(Page page, Appendable out) throws IOException {
    write(page, out, false);
  }

  /** Writes the page fragment to {@code out} as UTF-8 (flushed, not closed). */
  public void render(Page page, OutputStream out) throws IOException {
    stream(page, out, false);
  }

  /** The whole document. */
  public String renderDocument(Page page) {
    StringBuilder out = new StringBuilder(8192);
    renderUnchecked(page, out, true);
    return out.toString();
  }

  /** Writes the whole document to {@code out}. */
  public void renderDocument(Page page, Appendable out) throws IOException {
    write(page, out, true);
  }

  /** Writes the whole document to {@code out} as UTF-8 (flushed, not closed). */
  public void renderDocument(Page page, OutputStream out) throws IOException {
    stream(page, out, true);
  }

  private void renderUnchecked(Page page, StringBuilder out, boolean document) {
    try {
      write(page, out, document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void stream(Page page, OutputStream out, boolean document) throws IOException {
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 8192);
    write(page, writer, document);
    writer.flush();
  }

  private void write(Page page, Appendable out, boolean document) throws IOException {
    Objects.requireNonNull(page, "page");
    if (document) {
      head(page, out);
    }
    out.append("<div class=\"container\">");
    new ModuleWriter(out).modules(page.modules());
    out.append("<div class=\"row-document\"><div class=\"row py-3\"><div class=\"col\"><div class=\"page-body\">")
        .append(page.body().html())
        .append("</div></div></div></div></div>");
    if (document) {
      out.append("</main>\n</body>\n</html>\n");
    }
  }

  private void head(Page page, Appendable out) throws IOException {
    out.append("<!DOCTYPE html>\n<html lang=\"");
    Html.escape(lang, out);
    out.append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1, shrink-to-fit=no\">\n<title>");
    Html.escape(page.title().orElse(""), out);
    out.append("</title>\n");
    if (page.description().isPresent()) {
      out.append("<meta name=\"description\" content=\"");
      Html.escape(page.description().get(), out);
      out.append("\">\n");
    }
    out.append("<link rel=\"stylesheet\" href=\"");
    Html.escape(stylesheet, out);
    out.append("\">\n");
    if (moduleCss) {
      out.append("<style>").append(MODULE_CSS).append("</style>\n");
    }
    out.append("</head>\n<body>\n<main class=\"main\">");
  }

  /** Options of a renderer. */
  public static final class Builder {
    private String stylesheet = DEFAULT_STYLESHEET;
    private String lang = "en";
    private boolean moduleCss = true;

    private Builder() {}

    /**
     * The Bootstrap 4 stylesheet the document links to, for example a locally served copy.
     *
     * @throws IllegalArgumentException when the URL's scheme is not allowed ({@code javascript:}…)
     */
    public Builder stylesheet(String href) {
      UrlPolicy.Verdict verdict = UrlPolicy.check(Objects.requireNonNull(href, "href"), UrlPolicy.Use.LINK);
      if (verdict.level() == UrlPolicy.Level.ERROR) {
        throw new IllegalArgumentException("stylesheet: " + verdict.message());
      }
      this.stylesheet = href;
      return this;
    }

    /** The document's language ({@code en} by default). */
    public Builder lang(String lang) {
      this.lang = Objects.requireNonNull(lang, "lang");
      return this;
    }

    /** Whether the document carries Quire's module CSS inline (default true). */
    public Builder moduleCss(boolean include) {
      this.moduleCss = include;
      return this;
    }

    public HtmlRenderer build() {
      return new HtmlRenderer(this);
    }
  }
}
