package dev.quire.processor;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.quire.dsl.UrlPolicy;
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
 * without a form or {@code formaction}, which the allowlist drops, it cannot send anything.)
 */
final class HtmlSafety {
  private static final Set<String> DANGEROUS = Set.of("script", "style", "iframe", "frame", "frameset", "object",
      "embed", "applet", "form", "input", "textarea", "select", "link", "meta", "base", "svg", "math",
      "template", "noscript", "xmp", "plaintext", "noembed", "noframes", "title", "portal", "audio", "video", "source",
      "track", "isindex", "image");
  private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href",
      "srcset", "poster", "background", "cite", "data", "codebase", "dynsrc", "lowsrc", "ping");
  private static final Pattern UNSAFE_STYLE = Pattern.compile("(?i)(url\\s*\\(|expression|javascript:|vbscript:|@import|behavior|binding)");

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

  private static void check(Element root, String html) {
    for (Element element : root.getAllElements()) {
      assertWithMessage("element <%s> in %s", element.normalName(), html).that(DANGEROUS).doesNotContain(element.normalName());
      for (Attribute attribute : element.attributes()) {
        String name = attribute.getKey().toLowerCase(Locale.ROOT);
        assertWithMessage("attribute %s in %s", name, html).that(name.startsWith("on")).isFalse();
        if (URL_ATTRIBUTES.contains(name)) {
          UrlPolicy.Use use = name.equals("src") ? UrlPolicy.Use.IMAGE : UrlPolicy.Use.LINK;
          assertWithMessage("%s=\"%s\" in %s", name, attribute.getValue(), html)
              .that(UrlPolicy.check(attribute.getValue(), use).level()).isNotEqualTo(UrlPolicy.Level.ERROR);
        }
        if (name.equals("style")) {
          assertWithMessage("style=\"%s\" in %s", attribute.getValue(), html)
              .that(UNSAFE_STYLE.matcher(attribute.getValue()).find()).isFalse();
        }
      }
    }
  }
}
