package dev.quire.processor;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.quire.dsl.internal.UrlPolicy;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The output oracle: HTML parsed the way a browser parses it has no element that runs code or loads
 * a document, no event handler, no URL with a scheme Quire refuses (entities decoded by the parser),
 * no style that loads or runs something. ({@code <button>} is allowed: real content uses it, and
 * without a form or {@code formaction}, which the allowlist drops, it cannot send anything.) Two
 * elements are the renderer's own and are allowed exactly as it writes them: an icon's {@code <svg>}
 * (its fixed attributes and one {@code <path fill d>}), the table script (its exact text) and the
 * table's search box (a bare {@code <input type="search">}, outside any form).
 */
final class HtmlSafety {
  private static final Set<String> DANGEROUS = Set.of("script", "style", "iframe", "frame", "frameset", "object",
      "embed", "applet", "form", "input", "textarea", "select", "link", "meta", "base", "svg", "math",
      "template", "noscript", "xmp", "plaintext", "noembed", "noframes", "title", "portal", "audio", "video", "source",
      "track", "isindex", "image");
  private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href",
      "srcset", "poster", "background", "cite", "data", "codebase", "dynsrc", "lowsrc", "ping");
  private static final Set<String> ICON_ATTRIBUTES = Set.of("aria-hidden", "focusable", "data-prefix", "data-icon", "role",
      "xmlns", "viewbox", "class");
  private static final Pattern UNSAFE_STYLE = Pattern.compile(
      "(?i)(url\\s*\\(|image-set|image\\s*\\(|cross-fade|src\\s*\\(|element\\s*\\(|expression|javascript:|vbscript:|@import|behavior|binding)");

  private HtmlSafety() {}

  /** Asserts an HTML fragment (what {@code render} returns) is safe. */
  static void assertSafe(String fragment) {
    Document document = Jsoup.parseBodyFragment(fragment);
    check(document.body(), fragment);
  }

  /** Asserts a whole document is safe: the body as a fragment; the head holds only what the renderer puts there. */
  static void assertSafeDocument(String html) {
    Document document = Jsoup.parse(html);
    for (Element element : document.head().children()) {
      assertWithMessage(html).that(Set.of("meta", "title", "link", "style")).contains(element.normalName());
      if (element.normalName().equals("link")) {
        assertWithMessage(html).that(element.attr("rel")).isEqualTo("stylesheet");
      }
      assertWithMessage(html).that(element.attributes().asList().stream().anyMatch(a -> a.getKey().startsWith("on"))).isFalse();
    }
    check(document.body(), html);
  }

  /** What a bound page writes for a model's URL the policy refuses: inert, it goes nowhere. */
  static final String REFUSED_URL = "about:invalid#quire-refused-url";

  private static void check(Element root, String html) {
    for (Element element : root.getAllElements()) {
      if (isQuireIcon(element) || isTableScript(element) || isTableSearch(element) || isTaskBox(element)) {
        continue;
      }
      assertWithMessage("element <%s> in %s", element.normalName(), html).that(DANGEROUS).doesNotContain(element.normalName());
      for (Attribute attribute : element.attributes()) {
        String name = attribute.getKey().toLowerCase(Locale.ROOT);
        assertWithMessage("attribute %s in %s", name, html).that(name.startsWith("on")).isFalse();
        if (URL_ATTRIBUTES.contains(name) && !attribute.getValue().equals(REFUSED_URL)) {
          UrlPolicy.Use use = name.equals("src") ? UrlPolicy.Use.IMAGE : UrlPolicy.Use.LINK;
          assertWithMessage("%s=\"%s\" in %s", name, attribute.getValue(), html)
              .that(UrlPolicy.check(attribute.getValue(), use).level()).isNotEqualTo(UrlPolicy.Level.ERROR);
          assertWithMessage("%s=\"%s\" leads to another host in %s", name, attribute.getValue(), html)
              .that(leadsOffSite(attribute.getValue())).isFalse();
        }
        if (name.equals("style")) {
          assertWithMessage("style=\"%s\" in %s", attribute.getValue(), html)
              .that(UNSAFE_STYLE.matcher(attribute.getValue()).find()).isFalse();
        }
      }
    }
  }

  /**
   * Whether a URL without a scheme names another host when a browser resolves it against an http(s)
   * page (WHATWG URL parsing, written here apart from {@link UrlPolicy}): leading and trailing C0
   * controls and spaces stripped, tabs and line ends removed, backslashes in the path read as
   * slashes; a leading {@code //} then starts an authority.
   */
  private static boolean leadsOffSite(String url) {
    String trimmed = url.replaceAll("^[\\x00-\\x20]+|[\\x00-\\x20]+$", "").replaceAll("[\\t\\n\\r]", "");
    if (trimmed.matches("(?s)^[A-Za-z][A-Za-z0-9+.-]*:.*")) {
      return false;
    }
    int end = trimmed.length();
    for (int i = 0; i < trimmed.length(); i++) {
      if (trimmed.charAt(i) == '?' || trimmed.charAt(i) == '#') {
        end = i;
        break;
      }
    }
    String path = trimmed.substring(0, end).replace('\\', '/');
    return path.startsWith("//");
  }

  /** A Font Awesome icon as the renderer writes it: fixed attributes, one path with a fill and path data. */
  private static boolean isQuireIcon(Element element) {
    if (!element.normalName().equals("svg") || element.children().size() != 1) {
      return false;
    }
    Element path = element.child(0);
    return element.attributes().asList().stream().allMatch(a -> ICON_ATTRIBUTES.contains(a.getKey().toLowerCase(Locale.ROOT)))
        && path.normalName().equals("path") && path.children().isEmpty()
        && path.attributes().asList().stream().allMatch(a -> a.getKey().equals("fill") || a.getKey().equals("d"));
  }

  /** The runtime's table script, word for word, with no attributes. */
  private static boolean isTableScript(Element element) {
    return element.normalName().equals("script") && element.attributes().size() == 0
        && element.data().equals(dev.quire.runtime.HtmlRenderer.tableScript());
  }

  /** A task list item's box: a disabled checkbox in its item, with no attribute beyond GitHub's markup and a name. */
  private static boolean isTaskBox(Element element) {
    return element.normalName().equals("input") && element.attr("type").equals("checkbox") && element.hasAttr("disabled")
        && element.attr("class").equals("task-list-item-checkbox") && element.parents().stream().anyMatch(
            parent -> parent.normalName().equals("li") && parent.hasClass("task-list-item"))
        && element.attributes().asList().stream().allMatch(attribute -> Set.of("type", "class", "disabled", "checked",
            "aria-label").contains(attribute.getKey()));
  }

  /** The table's search box: the input the renderer writes, in a table, in no form. */
  private static boolean isTableSearch(Element element) {
    return element.normalName().equals("input") && element.attr("type").equals("search")
        && element.attributes().size() == 4 && element.attr("class").equals("form-control")
        && element.attr("placeholder").equals("Type to Search") && element.attr("aria-label").equals("Filter")
        && element.closest("div.row-dynamic-table") != null && element.closest("form") == null;
  }
}
