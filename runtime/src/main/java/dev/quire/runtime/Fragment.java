package dev.quire.runtime;

import dev.quire.dsl.Page;

/** The page fragment: a Bootstrap container with the modules, then the Markdown body. */
final class Fragment {
  private Fragment() {}

  static void write(Page page, Layout layout, StringBuilder out) {
    out.append("<div class=\"container\">");
    new ModuleWriter(out, layout).modules(page.modules());
    out.append("<div class=\"row-document\"><div class=\"row py-3\"><div class=\"col\"><div class=\"page-body\">")
        .append(page.body().html())
        .append("</div></div></div></div></div>");
  }
}
