package dev.quire.runtime;

import dev.quire.dsl.Page;

/**
 * What a renderer puts around the fragment to make a document: doctype, charset, viewport, the page's
 * title and description, the stylesheet and Quire's module CSS. A value: renderers with equal options
 * share the document plans they leave on pages.
 */
record DocumentFrame(String stylesheet, String lang, boolean moduleCss) {
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

  /** Writes the document of {@code page} whose rendered fragment is {@code fragment}. */
  void document(Page page, String fragment, StringBuilder out) {
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
    out.append("</head>\n<body>\n<main class=\"main\">")
        .append(fragment)
        .append("</main>\n</body>\n</html>\n");
  }
}
