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
    Optional<Navigation> navigation, Optional<Footer> footer, Head head, Optional<Page> header, Optional<Page> footerPage) {
  /** Bootstrap 4.6.2's stylesheet from the CDN, checked by the browser against its published hash (SRI). */
  static final String DEFAULT_STYLESHEET_INTEGRITY = "sha384-xOolHFLEh07PJGoPkLv1IbcEPTNtaed2xpHsD9ESMhqIYd0nLMwNLD69Npy4HI+N";

  /** Writes the document of {@code page} whose rendered fragment is {@code fragment}, needing {@code scripts}. */
  void document(Page page, CharSequence fragment, Set<String> scripts, StringBuilder out) {
    out.append("<!DOCTYPE html>\n<html lang=\"");
    Html.escape(lang, out);
    out.append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1, shrink-to-fit=no\">\n<title>");
    String title = titleText(page);
    Html.escape(title, out);
    out.append("</title>\n");
    head.write(page, title, siteName, fragment, out);
    out.append("<link rel=\"stylesheet\" href=\"");
    Html.escape(stylesheet, out);
    out.append('"');
    if (stylesheet.equals(HtmlRenderer.DEFAULT_STYLESHEET)) {
      out.append(" integrity=\"").append(DEFAULT_STYLESHEET_INTEGRITY).append("\" crossorigin=\"anonymous\"");
    }
    out.append(">\n");
    if (moduleCss) {
      out.append("<style>").append(ModuleCss.CSS).append("</style>\n");
    }
    head.writeAssets(out);
    out.append("</head>\n<body>\n");
    // The first thing a keyboard reaches: past the navigation to the page's content.
    out.append("<a class=\"skip-link sr-only sr-only-focusable\" href=\"#main\">Skip to the content</a>\n");
    if (header.isPresent() || navigation.isPresent()) {
      // One banner: the application's header, then the navigation (sticky when it is alone).
      out.append(header.isPresent() ? "<header class=\"site-header\">" : "<header class=\"sticky-top\">");
      header.ifPresent(own -> own(own, layout.writer(out), out));
      navigation.ifPresent(bar -> navigation(bar, layout.writer(out)));
      out.append("</header>\n");
    }
    out.append("<main id=\"main\" class=\"main\" tabindex=\"-1\">");
    if (!hasHeadingOne(fragment) && (page.title().isPresent() || siteName.isPresent())) {
      // Every page has a level-one heading, for screen readers' outline: the page's title, not shown
      // (the content's headings are what the page looks like).
      out.append("<h1 class=\"sr-only\">");
      title(page, out);
      out.append("</h1>");
    }
    out.append(fragment).append("</main>\n");
    if (footerPage.isPresent()) {
      out.append("<footer class=\"footer site-footer mt-auto py-3\">");
      own(footerPage.get(), layout.writer(out), out);
      out.append("</footer>\n");
    } else if (footer.isPresent()) {
      footer(footer.get(), layout.writer(out));
      out.append('\n');
    }
    if (scripts.contains("table")) {
      out.append("<script>").append(TableScript.source()).append("</script>\n");
    }
    if (navigation.isPresent() && navigation.get().items().stream().anyMatch(item -> !item.items().isEmpty())) {
      out.append("<script>").append(NAVIGATION_SCRIPT).append("</script>\n");
    }
    if (DevMode.ACTIVE) {
      out.append(DevReload.element(DevMode.version()));
    }
    out.append("</body>\n</html>\n");
  }

  /**
   * The application's header or footer: a page (a content file's, or one built in Java), its modules
   * then its body, written with the same checks and escaping as a page's.
   */
  private static void own(Page page, Html html, StringBuilder out) {
    for (dev.quire.dsl.Module module : page.modules()) {
      html.module(module);
    }
    out.append(page.body().html());
    html.finish();
  }

  /** Whether the page's HTML has an {@code <h1>} of its own. */
  static boolean hasHeadingOne(CharSequence html) {
    for (int i = 0; i + 3 < html.length(); i++) {
      if (html.charAt(i) == '<' && (html.charAt(i + 1) == 'h' || html.charAt(i + 1) == 'H') && html.charAt(i + 2) == '1'
          && (html.charAt(i + 3) == '>' || html.charAt(i + 3) == ' ')) {
        return true;
      }
    }
    return false;
  }

  /** The document's title: the page's, a dash and the site's name; the site's name alone for a page without one. */
  private String titleText(Page page) {
    if (page.title().isPresent()) {
      return siteName.isPresent() && !siteName.get().equals(page.title().get())
          ? page.title().get() + " \u2013 " + siteName.get() : page.title().get();
    }
    return siteName.orElse("");
  }

  private void title(Page page, StringBuilder out) {
    Html.escape(titleText(page), out);
  }

  /**
   * A dropdown of the navigation is a disclosure: its button says whether the list is open
   * ({@code aria-expanded}), a click or the pointer opens it, Escape closes it and returns to the
   * button, leaving it closes it. Without script the CSS opens it on hover and focus.
   */
  static final String NAVIGATION_SCRIPT = "(function(){\"use strict\";"
      + "document.querySelectorAll(\".main-nav-bar .dropdown\").forEach(function(d){"
      + "var b=d.querySelector(\".dropdown-toggle\");"
      + "function set(o){d.classList.toggle(\"show\",o);b.setAttribute(\"aria-expanded\",String(o));}"
      + "b.addEventListener(\"click\",function(){set(!d.classList.contains(\"show\"));});"
      + "d.addEventListener(\"mouseenter\",function(){set(true);});"
      + "d.addEventListener(\"mouseleave\",function(){set(false);});"
      + "d.addEventListener(\"focusout\",function(e){if(!d.contains(e.relatedTarget)){set(false);}});"
      + "d.addEventListener(\"keydown\",function(e){if(e.key===\"Escape\"&&d.classList.contains(\"show\")){set(false);b.focus();}});"
      + "d.closest(\".main-nav-bar\").setAttribute(\"data-script\",\"\");});})();";

  /**
   * The original's navbar (Appendix A), without its script: dropdowns are disclosures (a button and
   * the list it shows, {@link #NAVIGATION_SCRIPT}). The brand is the navigation's own, else the site's
   * name, else "Home": a logo's alternative text, or the link's text.
   */
  private void navigation(Navigation navigation, Html html) {
    String brand = navigation.brand().isPresent() ? navigation.brand().get() : siteName.isPresent() ? siteName.get() : "Home";
    html.open("nav", "class", "navbar main-nav-bar border-bottom navbar-light bg-white navbar-expand flex-wrap",
            "aria-label", "Site")
        .open("a", "href", "/", "class", "navbar-brand");
    if (navigation.logo().isPresent()) {
      html.open("img", "src", navigation.logo().get(), "alt", brand, "height", "80");
    } else {
      html.text(brand);
    }
    html.close().open("div", "class", "navbar-collapse flex-wrap");
    int dropdowns = 0;
    for (NavItem item : navigation.items()) {
      html.open("ul", "class", item.cssClass().isPresent() ? "navbar-nav " + item.cssClass().get() : "navbar-nav");
      if (!item.items().isEmpty()) {
        String menu = "nav-menu-" + ++dropdowns;
        html.open("li", "class", "nav-item dropdown")
            .open("button", "type", "button", "aria-expanded", "false", "aria-controls", menu,
                "class", "nav-link dropdown-toggle btn btn-link")
            .open("span").text(item.title().orElse("")).close().close()
            .open("ul", "id", menu, "class", "dropdown-menu");
        for (NavItem child : item.items()) {
          html.open("li").open("a", link(child.url(), child.target(), "class", "dropdown-item"))
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
