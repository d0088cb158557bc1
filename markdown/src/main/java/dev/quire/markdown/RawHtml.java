package dev.quire.markdown;

import dev.quire.dsl.internal.Message;
import dev.quire.dsl.internal.InlineStyle;
import dev.quire.dsl.internal.UrlPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The raw-HTML allowlist: the tags and attributes real content uses (images with a style, line breaks,
 * bold, links with a target, headings with a style, lists, tables, buttons…). Tags that can run code
 * or pull in other documents, event handlers, unsafe URLs and CSS that loads or runs something are
 * errors; other unknown tags and attributes are dropped with a warning.
 *
 * <p>Two passes see the HTML. {@link #check} reads each raw HTML piece of the Markdown on its own,
 * where positions are exact. {@link #reconcile} then reads the whole rendered text as a browser
 * reads it, the same tree {@link #sanitize} cleans, and reports whatever the sanitizer would remove
 * that the first pass did not (markup a browser reads differently in context: a comment a browser
 * closes at {@code --!>}, a tag split over pieces…). So the sanitizer never changes anything silently.
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
  /**
   * What Quire's own GFM markup adds ({@link GfmMarkup}): kept by the sanitizer, never allowed in raw
   * HTML (an {@code <input>} written in content is refused as before).
   */
  private static final Map<String, Set<String>> GFM_ATTRIBUTES = Map.of(
      "input", Set.of("type", "checked", "disabled", "aria-label", GfmMarkup.TASK_MARK),
      "section", Set.of("data-footnotes"),
      "a", Set.of("data-footnote-ref", "data-footnote-backref", "aria-label"));
  private static final String BASE = "http://quire.invalid/";
  private static final Safelist SAFELIST = safelist();

  /** A raw HTML piece of the Markdown source: where it starts and its text. */
  record Piece(int offset, String text) {}

  private RawHtml() {}

  private static Safelist safelist() {
    Safelist safelist = new Safelist().addTags(TAGS.toArray(String[]::new));
    safelist.addAttributes(":all", GLOBAL_ATTRIBUTES.toArray(String[]::new));
    TAG_ATTRIBUTES.forEach((tag, names) -> safelist.addAttributes(tag, names.toArray(String[]::new)));
    safelist.addTags("input", "section");
    GFM_ATTRIBUTES.forEach((tag, names) -> safelist.addAttributes(tag, names.toArray(String[]::new)));
    safelist.preserveRelativeLinks(true);
    safelist.addProtocols("a", "href", "http", "https", "mailto", "#");
    safelist.addProtocols("img", "src", "http", "https", "data");
    return safelist;
  }

  /**
   * Parses rendered HTML once, as a browser parses a body, keeping each node's position in
   * {@code html}: for {@link #reconcile}, the renderer's adjustments (heading anchors) and then
   * {@link #sanitize}.
   */
  static Document parse(String html) {
    Document document = Document.createShell(BASE);
    List<Node> nodes = Parser.htmlParser().setTrackPosition(true).parseFragmentInput(html, document.body(), BASE);
    document.body().appendChildren(new ArrayList<>(nodes));
    return document;
  }

  /**
   * Unwraps the links a browser makes of its own when a raw {@code <a>} is not closed (it opens a copy
   * again after each block the link ran into, an empty link for a screen reader): their content stays,
   * the unclosed link itself is warned about where it is written ({@link ContentAccessibility}).
   */
  static void dropLinkCopies(Document rendered, String html) {
    for (Element link : rendered.select("a")) {
      if (link.sourceRange().isTracked() && !ContentAccessibility.written(html, link.sourceRange().startPos(), "a")) {
        link.unwrap();
      }
    }
  }

  /**
   * Sanitizes parsed HTML against the allowlist (defence in depth: {@link #check} ran first). The
   * steps after the allowlist look for what only raw HTML writes (styles, {@code rel}) or a task list
   * ({@code input}): {@code raw} and {@code tasks} say whether the text has any, so that a text with
   * neither is not walked for them.
   */
  static String sanitize(Document dirty, Set<String> ids, boolean raw, boolean tasks) {
    Document clean = new Cleaner(SAFELIST).clean(dirty);
    for (Element element : clean.body().getAllElements()) {
      if (!element.id().isEmpty()) {
        ids.add(element.id());
      }
      if (element.normalName().equals("a") && !element.attr("name").isEmpty()) {
        ids.add(element.attr("name"));
      }
    }
    // A style is checked where it is written, but an unclosed quote in one raw HTML block swallows
    // the blocks after it into the value (<div style="co … <img src="): drop any style whose final
    // value is not plain CSS.
    if (raw) {
      for (Element element : clean.select("[style]")) {
        if (InlineStyle.problem(element.attr("style")).isPresent()) {
          element.removeAttr("style");
        }
      }
      // rel="opener" gives the page a link opens a handle on this one (reverse tabnabbing): dropped.
      for (Element link : clean.select("a[rel]")) {
        String kept = withoutOpener(link.attr("rel"));
        if (kept.isEmpty()) {
          link.removeAttr("rel");
        } else if (!kept.equals(link.attr("rel"))) {
          link.attr("rel", kept);
        }
      }
    }
    // Only a task item's box is an input: a disabled checkbox (raw HTML's inputs are refused by check)
    for (Element input : raw || tasks ? clean.select("input") : new org.jsoup.select.Elements()) {
      if (!input.hasAttr(GfmMarkup.TASK_MARK) || !input.attr("type").equals("checkbox") || !input.hasAttr("disabled")) {
        input.remove();
      } else {
        input.removeAttr(GfmMarkup.TASK_MARK);
      }
    }
    clean.outputSettings().prettyPrint(false);
    return clean.body().html();
  }

  /** Checks one raw HTML piece of Markdown, starting at {@code base} in the source. */
  static void check(String fragment, int base, List<MarkdownRenderer.Issue> issues,
      List<MarkdownRenderer.ImageUse> images, List<MarkdownRenderer.LinkUse> links) {
    Parser parser = Parser.htmlParser().setTrackPosition(true);
    Document document = parser.parseInput("<body>" + fragment, "");
    int shift = base - "<body>".length();
    for (Element element : document.body().getAllElements()) {
      if (element == document.body()) {
        continue;
      }
      int at = Math.max(base, shift + element.sourceRange().startPos());
      String tag = element.normalName();
      if (!TAGS.contains(tag)) {
        issues.add(refusedTag(tag, at));
        continue;
      }
      for (Attribute attribute : element.attributes()) {
        int name = attribute.sourceRange().nameRange().startPos();
        attribute(tag, attribute, name >= 0 ? Math.max(base, shift + name) : at, issues);
      }
      if (tag.equals("img") && element.hasAttr("src")) {
        images.add(new MarkdownRenderer.ImageUse(at, element.attr("src")));
      }
      if (tag.equals("a") && element.hasAttr("href")) {
        int value = element.attribute("href").sourceRange().valueRange().startPos();
        links.add(new MarkdownRenderer.LinkUse(value >= 0 ? Math.max(base, shift + value) : at, element.attr("href")));
      }
    }
  }

  /**
   * Reports what the sanitizer would remove from {@code rendered} (the whole rendered text
   * {@code html}, parsed by {@link #parse}) that {@link #check} or the Markdown checks did not report:
   * at its place in the source when it lies in a raw HTML piece, else at the nearest piece before it.
   */
  static void reconcile(Document rendered, String html, List<Piece> pieces, List<MarkdownRenderer.Issue> issues) {
    Locator locator = new Locator(html, pieces);
    for (Element element : rendered.body().getAllElements()) {
      if (element == rendered.body()) {
        continue;
      }
      String tag = element.normalName();
      int start = element.sourceRange().startPos();
      if (!SAFELIST.isSafeTag(tag)) {
        unreported(List.of(refusedTag(tag, locator.source(start))), locator.inPiece(start), issues);
        continue;
      }
      for (Attribute attribute : element.attributes()) {
        boolean style = attribute.getKey().equalsIgnoreCase("style") && InlineStyle.problem(attribute.getValue()).isPresent();
        if (!style && SAFELIST.isSafeAttribute(tag, element, attribute)) {
          continue;
        }
        int name = attribute.sourceRange().nameRange().startPos();
        int at = name >= 0 ? name : start;
        List<MarkdownRenderer.Issue> found = new ArrayList<>();
        attribute(tag, attribute, locator.source(at), found);
        if (found.isEmpty()) {
          found.add(MarkdownRenderer.Issue.of(locator.source(at), Message.HTML_ATTRIBUTE_THERE.with(attribute.getKey(),
              attribute.getValue(), tag)));
        }
        unreported(found, locator.inPiece(at), issues);
      }
    }
  }

  /**
   * Adds each of {@code found} that no issue reports already: one of the same code at the same
   * place, or (for what lies outside the raw HTML pieces: Markdown's own links and images, checked
   * where they are written) one of the same code anywhere.
   */
  private static void unreported(List<MarkdownRenderer.Issue> found, boolean exact, List<MarkdownRenderer.Issue> issues) {
    for (MarkdownRenderer.Issue issue : found) {
      boolean reported = false;
      for (MarkdownRenderer.Issue known : issues) {
        if (known.code() == issue.code() && (!exact || known.offset() == issue.offset())) {
          reported = true;
          break;
        }
      }
      if (!reported) {
        issues.add(issue);
      }
    }
  }

  private static MarkdownRenderer.Issue refusedTag(String tag, int at) {
    return DANGEROUS_TAGS.contains(tag)
        ? MarkdownRenderer.Issue.of(at, Message.HTML_DANGEROUS_TAG.with(tag))
        : MarkdownRenderer.Issue.of(at, Message.HTML_TAG.with(tag));
  }

  /** A link's {@code rel} without its {@code opener} keyword (any case), the other keywords as written. */
  static String withoutOpener(String rel) {
    List<String> kept = new ArrayList<>();
    for (String keyword : rel.strip().split("[\\t\\n\\f\\r ]+")) {
      if (!keyword.isEmpty() && !keyword.equalsIgnoreCase("opener")) {
        kept.add(keyword);
      }
    }
    return String.join(" ", kept);
  }

  private static void attribute(String tag, Attribute attribute, int at, List<MarkdownRenderer.Issue> issues) {
    String name = attribute.getKey().toLowerCase(Locale.ROOT);
    String value = attribute.getValue();
    if (tag.equals("a") && name.equals("rel") && !withoutOpener(value).equals(String.join(" ",
        value.strip().split("[\\t\\n\\f\\r ]+")))) {
      issues.add(MarkdownRenderer.Issue.of(at, Message.HTML_OPENER.with(value)));
    }
    if ((name.equals("width") || name.equals("height")) && allowed(tag, name) && !value.strip().matches("[0-9]+")) {
      issues.add(MarkdownRenderer.Issue.of(at, Message.HTML_DIMENSION.with(name, value, tag)));
    }
    if (name.startsWith("on")) {
      issues.add(MarkdownRenderer.Issue.of(at, Message.HTML_HANDLER.with(name, tag)));
    } else if (URL_ATTRIBUTES.contains(name) && allowed(tag, name)) {
      MarkdownRenderer.url(value, name.equals("src") ? UrlPolicy.Use.IMAGE : UrlPolicy.Use.LINK, at, issues);
    } else if (name.equals("style") && InlineStyle.problem(value).isPresent()) {
      issues.add(MarkdownRenderer.Issue.of(at, Message.HTML_STYLE.with(tag, value, InlineStyle.problem(value).get())));
    } else if (!allowed(tag, name)) {
      issues.add(MarkdownRenderer.Issue.of(at, Message.HTML_ATTRIBUTE.with(name, tag)));
    }
  }

  private static boolean allowed(String tag, String attribute) {
    return GLOBAL_ATTRIBUTES.contains(attribute) || TAG_ATTRIBUTES.getOrDefault(tag, Set.of()).contains(attribute);
  }

  /**
   * Maps a position in the rendered HTML to one in the Markdown source. The renderer copies each raw
   * HTML piece verbatim and in order, so each is found in the rendered text after the one before.
   */
  static final class Locator {
    private final List<Piece> pieces;
    private final int[] starts;

    Locator(String html, List<Piece> pieces) {
      this.pieces = pieces;
      this.starts = new int[pieces.size()];
      int from = 0;
      for (int i = 0; i < pieces.size(); i++) {
        int start = html.indexOf(pieces.get(i).text(), from);
        starts[i] = start;
        if (start >= 0) {
          from = start + pieces.get(i).text().length();
        }
      }
    }

    /** Whether rendered position {@code at} lies in a raw HTML piece. */
    boolean inPiece(int at) {
      for (int i = 0; i < pieces.size(); i++) {
        if (starts[i] >= 0 && starts[i] <= at && at < starts[i] + pieces.get(i).text().length()) {
          return true;
        }
      }
      return false;
    }

    /** The source offset of rendered position {@code at}: inside its piece, else the nearest piece before, else 0. */
    int source(int at) {
      int nearest = 0;
      for (int i = 0; i < pieces.size(); i++) {
        if (starts[i] < 0 || starts[i] > at) {
          continue;
        }
        if (at < starts[i] + pieces.get(i).text().length()) {
          return pieces.get(i).offset() + (at - starts[i]);
        }
        nearest = pieces.get(i).offset();
      }
      return nearest;
    }
  }
}
