package dev.quire.dsl.markdown;

import dev.quire.dsl.Code;
import dev.quire.dsl.UrlPolicy;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The raw-HTML allowlist: the tags and attributes real content uses (images with a style, line breaks,
 * bold, links with a target, headings with a style, lists, tables, buttons…). Tags that can run code
 * or pull in other documents, event handlers, unsafe URLs and CSS that loads or runs something are
 * errors; other unknown tags and attributes are dropped with a warning.
 */
final class RawHtml {
  private static final Set<String> TAGS = Set.of(
      "a", "abbr", "b", "blockquote", "br", "button", "caption", "cite", "code", "dd", "del", "div", "dl",
      "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd",
      "li", "mark", "ol", "p", "pre", "q", "s", "small", "span", "strong", "sub", "sup", "table", "tbody",
      "td", "tfoot", "th", "thead", "tr", "u", "ul");
  private static final Set<String> DANGEROUS_TAGS = Set.of(
      "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "form", "input",
      "textarea", "select", "option", "link", "meta", "base", "svg", "math", "template", "noscript",
      "xmp", "plaintext", "noembed", "noframes", "title", "portal", "audio", "video", "source", "track");
  private static final Set<String> GLOBAL_ATTRIBUTES = Set.of("class", "id", "style", "title", "align", "lang", "dir");
  private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src");
  private static final Map<String, Set<String>> TAG_ATTRIBUTES = Map.of(
      "a", Set.of("href", "target", "rel", "name", "aria-hidden", "tabindex"),
      "img", Set.of("src", "alt", "width", "height"),
      "td", Set.of("colspan", "rowspan"),
      "th", Set.of("colspan", "rowspan", "scope"),
      "ol", Set.of("start", "type"),
      "button", Set.of("type"));
  private static final Safelist SAFELIST = safelist();

  private RawHtml() {}

  private static Safelist safelist() {
    Safelist safelist = new Safelist().addTags(TAGS.toArray(String[]::new));
    safelist.addAttributes(":all", GLOBAL_ATTRIBUTES.toArray(String[]::new));
    TAG_ATTRIBUTES.forEach((tag, names) -> safelist.addAttributes(tag, names.toArray(String[]::new)));
    safelist.preserveRelativeLinks(true);
    safelist.addProtocols("a", "href", "http", "https", "mailto", "#");
    safelist.addProtocols("img", "src", "http", "https", "data");
    return safelist;
  }

  /** Parses rendered HTML once, for the renderer to adjust (heading anchors) and then {@link #sanitize}. */
  static Document parse(String html) {
    return Jsoup.parseBodyFragment(html, "http://quire.invalid/");
  }

  /** Sanitizes parsed HTML against the allowlist (defence in depth: {@link #check} ran first). */
  static String sanitize(Document dirty) {
    Document clean = new Cleaner(SAFELIST).clean(dirty);
    // A style is checked where it is written, but an unclosed quote in one raw HTML block swallows
    // the blocks after it into the value (<div style="co … <img src="): drop any style whose final
    // value is not plain CSS.
    for (Element element : clean.select("[style]")) {
      if (InlineStyle.problem(element.attr("style")).isPresent()) {
        element.removeAttr("style");
      }
    }
    clean.outputSettings().prettyPrint(false);
    return clean.body().html();
  }

  /** Checks one raw HTML node of Markdown, starting at {@code base} in the source. */
  static void check(String fragment, int base, List<MarkdownRenderer.Issue> issues,
      List<MarkdownRenderer.ImageUse> images) {
    Parser parser = Parser.htmlParser().setTrackPosition(true);
    Document document = parser.parseInput("<body>" + fragment, "");
    int shift = base - "<body>".length();
    for (Element element : document.body().getAllElements()) {
      if (element == document.body()) {
        continue;
      }
      int at = Math.max(base, shift + element.sourceRange().startPos());
      String tag = element.normalName();
      if (DANGEROUS_TAGS.contains(tag)) {
        issues.add(new MarkdownRenderer.Issue(at, Code.HTML_001, "raw HTML <" + tag + "> is not allowed in content"));
        continue;
      }
      if (!TAGS.contains(tag)) {
        issues.add(new MarkdownRenderer.Issue(at, Code.HTML_004, "raw HTML tag <" + tag
            + "> is not in the allowlist and is dropped (its text stays)"));
        continue;
      }
      for (Attribute attribute : element.attributes()) {
        int name = attribute.sourceRange().nameRange().startPos();
        attribute(tag, attribute, name >= 0 ? Math.max(base, shift + name) : at, issues);
      }
      if (tag.equals("img") && element.hasAttr("src")) {
        images.add(new MarkdownRenderer.ImageUse(at, element.attr("src")));
      }
    }
  }

  private static void attribute(String tag, Attribute attribute, int at, List<MarkdownRenderer.Issue> issues) {
    String name = attribute.getKey().toLowerCase(Locale.ROOT);
    String value = attribute.getValue();
    if (name.startsWith("on")) {
      issues.add(new MarkdownRenderer.Issue(at, Code.HTML_002, "event handler " + name + " on <" + tag
          + "> is not allowed in content"));
    } else if (URL_ATTRIBUTES.contains(name) && allowed(tag, name)) {
      MarkdownRenderer.url(value, name.equals("src") ? UrlPolicy.Use.IMAGE : UrlPolicy.Use.LINK, at, issues);
    } else if (name.equals("style") && InlineStyle.problem(value).isPresent()) {
      issues.add(new MarkdownRenderer.Issue(at, Code.HTML_003, "style on <" + tag + "> is refused (\""
          + value + "\"): " + InlineStyle.problem(value).get() + "; only plain CSS properties are allowed"));
    } else if (!allowed(tag, name)) {
      issues.add(new MarkdownRenderer.Issue(at, Code.HTML_005, "attribute " + name + " on <" + tag
          + "> is not in the allowlist and is dropped"));
    }
  }

  private static boolean allowed(String tag, String attribute) {
    return GLOBAL_ATTRIBUTES.contains(attribute) || TAG_ATTRIBUTES.getOrDefault(tag, Set.of()).contains(attribute);
  }
}
