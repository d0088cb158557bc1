package dev.quire.runtime;

import dev.quire.dsl.Html;
import dev.quire.dsl.Module;
import dev.quire.dsl.Page;
import java.util.Set;

/** The page fragment: a Bootstrap container with the modules, each written by its own render, then the Markdown body. */
final class Fragment {
  private Fragment() {}

  /** Writes the fragment of {@code page}; returns the scripts its modules asked for. */
  static Set<String> write(Page page, Layout layout, StringBuilder out) {
    Html html = layout.writer(out);
    out.append("<div class=\"container\">");
    for (Module module : page.modules()) {
      html.module(module);
    }
    out.append("<div class=\"row-document\"><div class=\"row py-3\"><div class=\"col\"><div class=\"page-body\">")
        .append(page.body().html())
        .append("</div></div></div></div></div>");
    html.finish();
    return html.scripts();
  }
}
