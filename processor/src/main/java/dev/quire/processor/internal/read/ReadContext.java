package dev.quire.processor.internal.read;

import dev.quire.dsl.Code;
import dev.quire.dsl.internal.Message;
import dev.quire.dsl.internal.Problem;
import dev.quire.markdown.MarkdownRenderer;
import dev.quire.processor.internal.bound.MarkdownSections;
import dev.quire.processor.internal.bound.Markers;
import dev.quire.processor.internal.bound.Placeholders;
import dev.quire.processor.internal.content.ContentFile;
import dev.quire.processor.internal.diag.Report;
import dev.quire.processor.internal.model.PageModel;
import dev.quire.processor.internal.model.Site;
import dev.quire.processor.internal.source.Position;
import dev.quire.processor.internal.yaml.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the readers of one content file share: the file, its report, the site around it, and the
 * value handling every reader needs (empty values, Markdown, positions inside scalars).
 */
public final class ReadContext {
  /** The rest of a line from a key on: {@code key:  # comment}. */
  private static final Pattern COMMENT_AFTER_KEY = Pattern.compile("^[^:]*:\\s+(#.*)$");

  final ContentFile file;
  final Report report;
  public final Site site;
  /** The page's slug: its path in the content folder without {@code .md}. */
  final String slug;
  /** The page's placeholders: none allowed until the reader has found a {@code model:}. */
  Placeholders placeholders;
  /** The page's headings, in the order it shows them. */
  public final Outline outline = new Outline();
  /** The URLs the page links to and shows, in reading order, for the site's link check. */
  final List<PageModel.Link> links = new ArrayList<>();
  /** The ids on the page a {@code #fragment} can go to. */
  final Set<String> anchors = new TreeSet<>();

  ReadContext(ContentFile file, Report report, Site site, String slug) {
    this.file = file;
    this.report = report;
    this.site = site;
    this.slug = slug;
    this.placeholders = new Placeholders(report, site, slug, null, null);
  }

  /** A text or URL scalar's value with its placeholders replaced by slot markers. */
  String text(YamlNode.Scalar scalar) {
    return placeholders.replace(scalar.value(), offset -> scalarPosition(scalar, offset), Placeholders.Use.TEXT).text();
  }

  public void add(Code code, Position position, String message) {
    report.add(code, position, message);
  }

  /** Reports {@code problem}, made by the message catalogue, at {@code position}. */
  public void add(Position position, Problem problem) {
    report.add(position, problem);
  }

  /**
   * Whether the entry has no value ({@code key:}); such a value is treated as absent. When a comment
   * follows the colon, the author probably meant it as the value: warn, naming the comment.
   */
  boolean isEmpty(YamlNode.Entry entry) {
    if (!(entry.value() instanceof YamlNode.Scalar scalar) || !scalar.isNull()) {
      return false;
    }
    Position key = entry.key().position();
    int keyOffset = file.source().offsetOf(key);
    String rest = file.source().text().substring(keyOffset, file.source().lineStart(key.line()) + key.lineText().length());
    Matcher comment = COMMENT_AFTER_KEY.matcher(rest);
    if (comment.find()) {
      String text = comment.group(1).strip();
      report.add(file.source().atOffset(keyOffset + comment.start(1)), Message.PAGE_COMMENT_VALUE.with(entry.key().value(),
          shorten(text)));
    }
    return true;
  }

  /** Renders and checks module Markdown; {@code where} maps an offset in {@code source} to the file. */
  PageModel.Text markdown(String source, IntFunction<Position> where) {
    return markdown(source, MarkdownRenderer.Flavor.MODULE, where);
  }

  /** Renders and checks Markdown of a flavour; {@code where} maps an offset in {@code source} to the file. */
  PageModel.Text markdown(String source, MarkdownRenderer.Flavor flavor, IntFunction<Position> where) {
    if (source.isEmpty()) {
      return PageModel.Text.EMPTY;
    }
    Placeholders.Replaced replaced = placeholders.replace(source, where, Placeholders.Use.MARKDOWN);
    MarkdownRenderer.Result result = MarkdownRenderer.render(replaced.text(), flavor);
    for (MarkdownRenderer.Issue issue : result.issues()) {
      report.add(issue.code(), where.apply(replaced.original(issue.offset())), issue.message());
    }
    String html = Markers.decodeInUrls(result.html());
    if (placeholders.bound()) {
      html = MarkdownSections.html(placeholders, replaced.text(), html, flavor, offset -> where.apply(replaced.original(offset)));
    }
    Map<String, String> renamed = Map.of();
    if (result.ids().stream().anyMatch(anchors::contains)) {
      MarkdownRenderer.Renamed unique = MarkdownRenderer.uniqueIds(html, anchors);
      html = unique.html();
      renamed = unique.ids();
    }
    for (MarkdownRenderer.HeadingUse heading : result.headings()) {
      outline.heading(where.apply(replaced.original(heading.offset())), heading.level(),
          renamed.getOrDefault(heading.id(), heading.id()), heading.text());
    }
    for (MarkdownRenderer.ImageUse image : result.images()) {
      if (Markers.contains(image.url())) {
        continue;
      }
      Position at = where.apply(replaced.original(image.offset()));
      link(image.url(), at, true, "");
      site.staticFiles().flatMap(files -> files.missing(image.url())).ifPresent(missing -> report.add(at, missing));
    }
    for (MarkdownRenderer.LinkUse link : result.links()) {
      link(link.url(), where.apply(replaced.original(link.offset())), false, "");
    }
    for (String id : result.ids()) {
      if (!Markers.contains(id)) {
        anchors.add(renamed.getOrDefault(id, id));
      }
    }
    return new PageModel.Text(source, html);
  }

  /**
   * Records a URL the page links to ({@code image}: shows) at {@code position}, held by {@code label}
   * (empty in Markdown), for the site's link check; one a placeholder makes is known only when the
   * page is rendered.
   */
  void link(String url, Position position, boolean image, String label) {
    if (!Markers.contains(url)) {
      links.add(new PageModel.Link(url, position, image, label));
    }
  }

  /** Maps an offset of a scalar's value back to the file. */
  Position scalarPosition(YamlNode.Scalar scalar, int offset) {
    Position start = scalar.position();
    if (scalar.style() == YamlNode.Style.LITERAL) {
      String value = scalar.value();
      int line = 0;
      int lineStart = 0;
      for (int i = 0; i < offset && i < value.length(); i++) {
        if (value.charAt(i) == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      int fileLine = start.line() + 1 + line;
      return file.source().atOffset(file.source().lineStart(fileLine) + indentOfBlock(start.line()) + (offset - lineStart));
    }
    if (scalar.style() == YamlNode.Style.FOLDED) {
      return file.source().at(start.line() + 1, indentOfBlock(start.line()) + 1);
    }
    return flowScalarPosition(start, scalar.style() == YamlNode.Style.QUOTED, offset);
  }

  /**
   * Maps an offset of a plain or quoted scalar's value back to the file by walking its source: a
   * line break and the next line's indentation fold into one character, an escape ({@code \n},
   * {@code \u00e9}) or a doubled single quote is one character.
   */
  private Position flowScalarPosition(Position start, boolean quoted, int offset) {
    String text = file.source().text();
    int i = file.source().offsetOf(start);
    char quote = quoted && i < text.length() ? text.charAt(i++) : 0;
    for (int consumed = 0; consumed < offset && i < text.length(); consumed++) {
      char c = text.charAt(i);
      if (c == '\n') {
        i++;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
          i++;
        }
      } else if (quote == '"' && c == '\\' && i + 1 < text.length()) {
        char escape = text.charAt(i + 1);
        i += escape == 'x' ? 4 : escape == 'u' ? 6 : escape == 'U' ? 10 : 2;
      } else if (quote == '\'' && c == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
        i += 2;
      } else {
        i++;
      }
    }
    return file.source().atOffset(Math.min(i, text.length()));
  }

  /** The indentation of a block scalar's content: that of its first non-blank line after the indicator. */
  private int indentOfBlock(int indicatorLine) {
    for (int line = indicatorLine + 1; line <= file.source().lineCount(); line++) {
      String text = file.source().line(line);
      if (!text.isBlank()) {
        int indent = 0;
        while (indent < text.length() && text.charAt(indent) == ' ') {
          indent++;
        }
        return indent;
      }
    }
    return 0;
  }

  static String shorten(String text) {
    return text.length() > 60 ? text.substring(0, 57) + "..." : text;
  }
}
