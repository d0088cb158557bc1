package dev.quire.runtime;

import dev.quire.dsl.Footer;
import dev.quire.dsl.Module;
import dev.quire.dsl.NavItem;
import dev.quire.dsl.Navigation;
import dev.quire.dsl.Page;
import dev.quire.dsl.RowDynamicTable;
import dev.quire.dsl.RowMultiColumns;
import java.util.List;
import java.util.Optional;

/**
 * What a renderer puts around the fragment to make a document: doctype, charset, viewport, the page's
 * title (with the site's name) and description, the stylesheet, Quire's module CSS, the navigation
 * bar, the footer, and the table script when the page has a table; and the layout of its fragments.
 * A value: renderers with equal
 * options share the document plans they leave on pages.
 */
record DocumentFrame(Layout layout, String stylesheet, String lang, boolean moduleCss, Optional<String> siteName,
    Optional<Navigation> navigation, Optional<Footer> footer) {
  /** Writes the document of {@code page} whose rendered fragment is {@code fragment}. */
  void document(Page page, String fragment, StringBuilder out) {
    out.append("<!DOCTYPE html>\n<html lang=\"");
    Html.escape(lang, out);
    out.append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1, shrink-to-fit=no\">\n<title>");
    title(page, out);
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
      out.append("<style>").append(ModuleCss.CSS).append("</style>\n");
    }
    out.append("</head>\n<body>\n");
    if (navigation.isPresent()) {
      navigation(navigation.get(), out);
    }
    out.append("<main class=\"main\">").append(fragment).append("</main>\n");
    if (footer.isPresent()) {
      footer(footer.get(), out);
    }
    if (hasTable(page.modules())) {
      out.append("<script>").append(TableScript.source()).append("</script>\n");
    }
    out.append("</body>\n</html>\n");
  }

  private void title(Page page, StringBuilder out) {
    if (page.title().isPresent()) {
      Html.escape(page.title().get(), out);
      if (siteName.isPresent() && !siteName.get().equals(page.title().get())) {
        out.append(" \u2013 ");
        Html.escape(siteName.get(), out);
      }
    } else {
      Html.escape(siteName.orElse(""), out);
    }
  }

  private static boolean hasTable(List<Module> modules) {
    for (Module module : modules) {
      if (module instanceof RowDynamicTable
          || module instanceof RowMultiColumns columns && hasTable(columns.modules())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The original's navbar (Appendix A), without its script: dropdowns open on hover and focus. The
   * brand is the navigation's own, else the site's name, else "Home": a logo's alternative text, or
   * the link's text.
   */
  private void navigation(Navigation navigation, StringBuilder out) {
    out.append("<nav class=\"navbar main-nav-bar border-bottom sticky-top navbar-light bg-white navbar-expand flex-wrap\">"
        + "<a href=\"/\" class=\"navbar-brand\">");
    String brand = navigation.brand().isPresent() ? navigation.brand().get() : siteName.isPresent() ? siteName.get() : "Home";
    if (navigation.logo().isPresent()) {
      out.append("<img src=\"");
      Html.escape(navigation.logo().get(), out);
      out.append("\" alt=\"");
      Html.escape(brand, out);
      out.append("\" height=\"80\">");
    } else {
      Html.escape(brand, out);
    }
    out.append("</a><div class=\"navbar-collapse flex-wrap\">");
    for (NavItem item : navigation.items()) {
      out.append("<ul class=\"navbar-nav");
      if (item.cssClass().isPresent()) {
        out.append(' ');
        Html.escape(item.cssClass().get(), out);
      }
      out.append("\">");
      if (!item.items().isEmpty()) {
        out.append("<li class=\"nav-item dropdown\"><button type=\"button\" aria-haspopup=\"true\" "
            + "class=\"nav-link dropdown-toggle btn btn-link\"><span>");
        Html.escape(item.title().orElse(""), out);
        out.append("</span></button><ul class=\"dropdown-menu\">");
        for (NavItem child : item.items()) {
          out.append("<li role=\"presentation\"><a");
          Html.link(child.url(), child.target(), out);
          out.append(" class=\"dropdown-item\">");
          Html.escape(child.title().orElse(""), out);
          out.append("</a></li>");
        }
        out.append("</ul></li>");
      } else {
        out.append("<li class=\"nav-item\"><a");
        Html.link(item.url(), item.target(), out);
        if (item.icon().isPresent() && item.title().isPresent()) {
          out.append(" aria-label=\"");
          Html.escape(item.title().get(), out);
          out.append('"');
        }
        out.append(" class=\"nav-link\">");
        if (item.icon().isPresent()) {
          Svg.icon(item.icon().get(), "", out);
        } else {
          Html.escape(item.title().orElse(""), out);
        }
        out.append("</a></li>");
      }
      out.append("</ul>");
    }
    out.append("</div></nav>\n");
  }

  private static void footer(Footer footer, StringBuilder out) {
    out.append("<footer class=\"footer mt-auto py-3\"><div class=\"container-fluid\"><div class=\"row no-gutters\">"
        + "<div class=\"col\"><p class=\"font-weight-light mt-2\"><small>");
    Html.escape(footer.text(), out);
    out.append("</small></p></div><div class=\"col\"><ul class=\"nav float-right\">");
    for (Footer.Link link : footer.links()) {
      out.append("<li class=\"nav-item\"><a");
      Html.link(Optional.of(link.url()), Optional.of("_blank"), out);
      out.append(" aria-label=\"");
      Html.escape(link.label(), out);
      out.append("\" class=\"nav-link\">");
      Svg.icon(link.icon(), "", out);
      out.append("</a></li>");
    }
    out.append("</ul></div></div></div></footer>\n");
  }
}
