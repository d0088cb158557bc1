package dev.quire.runtime;

import dev.quire.dsl.DevMode;
import dev.quire.dsl.Footer;
import dev.quire.dsl.Html;
import dev.quire.dsl.NavItem;
import dev.quire.dsl.Navigation;
import dev.quire.dsl.Page;
import java.util.Optional;
import java.util.Set;

/**
 * What a renderer puts around the fragment to make a document: doctype, charset, viewport, the page's
 * title (with the site's name) and description, the stylesheet, Quire's module CSS, the navigation
 * bar, the footer, the scripts the page's modules asked for (the table's) and, in dev mode only, the
 * reload script ({@link DevReload}); and the layout of its
 * fragments. A value: renderers with equal options share the document plans they leave on pages.
 */
record DocumentFrame(Layout layout, String stylesheet, String lang, boolean moduleCss, Optional<String> siteName,
    Optional<Navigation> navigation, Optional<Footer> footer) {
  /** Writes the document of {@code page} whose rendered fragment is {@code fragment}, needing {@code scripts}. */
  void document(Page page, CharSequence fragment, Set<String> scripts, StringBuilder out) {
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
      navigation(navigation.get(), layout.writer(out));
      out.append('\n');
    }
    out.append("<main class=\"main\">").append(fragment).append("</main>\n");
    if (footer.isPresent()) {
      footer(footer.get(), layout.writer(out));
      out.append('\n');
    }
    if (scripts.contains("table")) {
      out.append("<script>").append(TableScript.source()).append("</script>\n");
    }
    if (DevMode.ACTIVE) {
      out.append(DevReload.element(DevMode.version()));
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

  /**
   * The original's navbar (Appendix A), without its script: dropdowns open on hover and focus. The
   * brand is the navigation's own, else the site's name, else "Home": a logo's alternative text, or
   * the link's text.
   */
  private void navigation(Navigation navigation, Html html) {
    String brand = navigation.brand().isPresent() ? navigation.brand().get() : siteName.isPresent() ? siteName.get() : "Home";
    html.open("nav", "class", "navbar main-nav-bar border-bottom sticky-top navbar-light bg-white navbar-expand flex-wrap")
        .open("a", "href", "/", "class", "navbar-brand");
    if (navigation.logo().isPresent()) {
      html.open("img", "src", navigation.logo().get(), "alt", brand, "height", "80");
    } else {
      html.text(brand);
    }
    html.close().open("div", "class", "navbar-collapse flex-wrap");
    for (NavItem item : navigation.items()) {
      html.open("ul", "class", item.cssClass().isPresent() ? "navbar-nav " + item.cssClass().get() : "navbar-nav");
      if (!item.items().isEmpty()) {
        html.open("li", "class", "nav-item dropdown")
            .open("button", "type", "button", "aria-haspopup", "true", "class", "nav-link dropdown-toggle btn btn-link")
            .open("span").text(item.title().orElse("")).close().close()
            .open("ul", "class", "dropdown-menu");
        for (NavItem child : item.items()) {
          html.open("li", "role", "presentation").open("a", link(child.url(), child.target(), "class", "dropdown-item"))
              .text(child.title().orElse("")).close().close();
        }
        html.close().close();
      } else {
        html.open("li", "class", "nav-item").open("a", link(item.url(), item.target(),
            "aria-label", item.icon().isPresent() ? item.title().orElse(null) : null, "class", "nav-link"));
        if (item.icon().isPresent()) {
          html.icon(item.icon().get());
        } else {
          html.text(item.title().orElse(""));
        }
        html.close().close();
      }
      html.close();
    }
    html.close().close().finish();
  }

  private static void footer(Footer footer, Html html) {
    html.open("footer", "class", "footer mt-auto py-3").open("div", "class", "container-fluid")
        .open("div", "class", "row no-gutters")
        .open("div", "class", "col").open("p", "class", "font-weight-light mt-2").open("small").text(footer.text())
        .close().close().close()
        .open("div", "class", "col").open("ul", "class", "nav float-right");
    for (Footer.Link link : footer.links()) {
      html.open("li", "class", "nav-item")
          .open("a", link(Optional.of(link.url()), Optional.of("_blank"), "aria-label", link.label(), "class", "nav-link"))
          .icon(link.icon()).close().close();
    }
    html.close().close().close().close().close().finish();
  }

  /** A link's attributes: href, target, rel="noopener" for _blank (the opened page cannot reach back), then {@code more}. */
  private static String[] link(Optional<String> url, Optional<String> target, String... more) {
    String[] attributes = new String[6 + more.length];
    attributes[0] = "href";
    attributes[1] = url.orElse(null);
    attributes[2] = "target";
    attributes[3] = target.orElse(null);
    attributes[4] = "rel";
    attributes[5] = target.isPresent() && target.get().equals("_blank") ? "noopener" : null;
    System.arraycopy(more, 0, attributes, 6, more.length);
    return attributes;
  }
}
