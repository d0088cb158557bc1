package dev.quire.markdown;

import dev.quire.dsl.internal.Message;
import dev.quire.dsl.internal.Problem;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bounds a Markdown text before flexmark sees it. flexmark overflows its stack on deeply nested block
 * quotes and lists, and its inline parser takes quadratic time in the number of brackets, code spans,
 * entities and inline tags of one paragraph (10,000 {@code &amp;} in a paragraph take 3.5 s, 10,000
 * inline tags 6 s) and exponential time in the backslashes of a word after an unclosed bracket; no
 * real page comes near these limits, so a text beyond one is refused with the
 * offset where it is crossed. One pass over the text; the content of fenced code blocks and of HTML
 * blocks (which flexmark does not parse inline) is not counted, but HTML blocks are (each is checked
 * on its own).
 */
final class MarkdownLimits {
  /** Characters in one Markdown text. */
  static final int MAX_LENGTH = 256 * 1024;
  /** Block quote and list markers that open containers on one line. */
  static final int MAX_CONTAINERS = 32;
  /** Indentation (in columns, a tab counts 4) of a line that opens a list item or a quote. */
  static final int MAX_INDENT = 128;
  /** Of each kind of inline construct (brackets, backtick runs, tags, entities) in one paragraph. */
  static final int MAX_INLINE = 1000;
  /** Backticks in one run. */
  static final int MAX_BACKTICKS = 32;
  /**
   * Backslashes in one word (a run without whitespace). After an unclosed {@code [}, flexmark's link
   * parser takes time exponential in them: 32 take 0.15 s, 36 take 1.5 s, 48 take three minutes.
   */
  static final int MAX_BACKSLASHES = 16;
  /** HTML blocks in one text (each is checked on its own). */
  static final int MAX_HTML_BLOCKS = 2000;

  /** The start of a CommonMark HTML block that ends at a blank line (start condition 6). */
  private static final Pattern HTML_BLOCK = Pattern.compile("</?([A-Za-z][A-Za-z0-9]*)(?:[\\s/>]|$)");
  private static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "base", "basefont",
      "blockquote", "body", "caption", "center", "col", "colgroup", "dd", "details", "dialog", "dir", "div", "dl",
      "dt", "fieldset", "figcaption", "figure", "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5",
      "h6", "head", "header", "hr", "html", "iframe", "legend", "li", "link", "main", "menu", "menuitem", "nav",
      "noframes", "ol", "optgroup", "option", "p", "param", "search", "section", "summary", "table", "tbody", "td",
      "tfoot", "th", "thead", "title", "tr", "track", "ul");

  private MarkdownLimits() {}

  /** The first limit {@code source} crosses, or empty. */
  static Optional<MarkdownRenderer.Issue> check(String source) {
    if (source.length() > MAX_LENGTH) {
      return issue(0, Message.LIMIT_MARKDOWN_LENGTH.with(source.length(), MAX_LENGTH));
    }
    Paragraph paragraph = new Paragraph();
    boolean htmlBlock = false;
    int htmlBlocks = 0;
    char fence = 0;
    int fenceLength = 0;
    int lineStart = 0;
    while (lineStart <= source.length()) {
      int lineEnd = source.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = source.length();
      }
      int indent = 0;
      int i = lineStart;
      while (i < lineEnd && (source.charAt(i) == ' ' || source.charAt(i) == '\t')) {
        indent += source.charAt(i) == '\t' ? 4 - indent % 4 : 1;
        i++;
      }
      int run = run(source, i, lineEnd);
      if (fence != 0) {
        if (indent < 4 && run >= fenceLength && source.charAt(i) == fence && source.substring(i + run, lineEnd).isBlank()) {
          fence = 0;
        }
        lineStart = lineEnd + 1;
        continue;
      }
      if (indent < 4 && run >= 3 && (source.charAt(i) == '`' || source.charAt(i) == '~')) {
        if (run > MAX_BACKTICKS) {
          return issue(i, Message.LIMIT_FENCE.with(run, source.charAt(i), MAX_BACKTICKS));
        }
        fence = source.charAt(i);
        fenceLength = run;
        lineStart = lineEnd + 1;
        continue;
      }
      if (i == lineEnd) {
        paragraph = new Paragraph();
        htmlBlock = false;
        lineStart = lineEnd + 1;
        continue;
      }
      Optional<MarkdownRenderer.Issue> nested = containers(source, i, lineEnd, indent);
      if (nested.isPresent()) {
        return nested;
      }
      if (paragraph.isNew() && indent < 4 && startsHtmlBlock(source, i, lineEnd)) {
        htmlBlock = true;
        if (++htmlBlocks > MAX_HTML_BLOCKS) {
          return issue(i, Message.LIMIT_HTML_BLOCKS.with(MAX_HTML_BLOCKS));
        }
      }
      if (!htmlBlock) {
        Optional<MarkdownRenderer.Issue> crossed = paragraph.count(source, i, lineEnd);
        if (crossed.isPresent()) {
          return crossed;
        }
      }
      paragraph.lines++;
      lineStart = lineEnd + 1;
    }
    return Optional.empty();
  }

  /** Counts of the constructs flexmark's inline parser is slow on, in one paragraph. */
  private static final class Paragraph {
    int lines;
    int brackets;
    int ticks;
    int tags;
    int entities;

    boolean isNew() {
      return lines == 0;
    }

    Optional<MarkdownRenderer.Issue> count(String source, int from, int lineEnd) {
      int backslashes = 0;
      for (int at = from; at < lineEnd; at++) {
        char c = source.charAt(at);
        if (Character.isWhitespace(c)) {
          backslashes = 0;
        } else if (c == '\\' && ++backslashes > MAX_BACKSLASHES) {
          return issue(at, Message.LIMIT_BACKSLASHES.with(MAX_BACKSLASHES));
        }
        if (c == '[' && ++brackets > MAX_INLINE) {
          return tooMany(at, "'['", "escape literal brackets as \\[");
        }
        if (c == '<' && at + 1 < lineEnd && isTagStart(source.charAt(at + 1)) && ++tags > MAX_INLINE) {
          return tooMany(at, "inline HTML tags and <autolinks>", "put the HTML in a block of its own, between blank lines");
        }
        if (c == '&' && at + 1 < lineEnd && (source.charAt(at + 1) == '#' || Character.isLetter(source.charAt(at + 1)))
            && ++entities > MAX_INLINE) {
          return tooMany(at, "character references (&...;)", "write the characters themselves");
        }
        if (c == '`') {
          int length = run(source, at, lineEnd);
          if (length > MAX_BACKTICKS) {
            return issue(at, Message.LIMIT_BACKTICKS.with(length, MAX_BACKTICKS));
          }
          if (++ticks > MAX_INLINE) {
            return tooMany(at, "backtick runs", "use a fenced code block");
          }
          at += length - 1;
        }
      }
      return Optional.empty();
    }

    private static Optional<MarkdownRenderer.Issue> tooMany(int at, String what, String fix) {
      return issue(at, Message.LIMIT_INLINE.with(MAX_INLINE, what, fix));
    }
  }

  /** Whether a line opens an HTML block that runs to the next blank line (a block-level tag first). */
  private static boolean startsHtmlBlock(String source, int i, int lineEnd) {
    Matcher tag = HTML_BLOCK.matcher(source).region(i, lineEnd);
    return tag.lookingAt() && BLOCK_TAGS.contains(tag.group(1).toLowerCase(Locale.ROOT));
  }

  /** Block quote markers and list markers at the start of a line (after its indentation). */
  private static Optional<MarkdownRenderer.Issue> containers(String source, int start, int lineEnd, int indent) {
    int depth = 0;
    int i = start;
    while (i < lineEnd) {
      int marker = marker(source, i, lineEnd);
      if (marker == 0) {
        break;
      }
      if (indent > MAX_INDENT) {
        return issue(i, Message.LIMIT_INDENT.with(indent, MAX_INDENT));
      }
      if (++depth > MAX_CONTAINERS) {
        return issue(i, Message.LIMIT_CONTAINERS.with(MAX_CONTAINERS));
      }
      i += marker;
      while (i < lineEnd && source.charAt(i) == ' ') {
        i++;
      }
    }
    return Optional.empty();
  }

  /** The length of a quote or list marker at {@code i} ({@code >}, {@code - }, {@code 12. }), or 0. */
  private static int marker(String source, int i, int lineEnd) {
    char c = source.charAt(i);
    if (c == '>') {
      return 1;
    }
    if ((c == '-' || c == '*' || c == '+') && i + 1 < lineEnd && source.charAt(i + 1) == ' ') {
      return 2;
    }
    int digits = 0;
    while (i + digits < lineEnd && digits < 10 && Character.isDigit(source.charAt(i + digits))) {
      digits++;
    }
    if (digits > 0 && digits < 10 && i + digits + 1 < lineEnd && (source.charAt(i + digits) == '.'
        || source.charAt(i + digits) == ')') && source.charAt(i + digits + 1) == ' ') {
      return digits + 2;
    }
    return 0;
  }

  private static int run(String source, int i, int end) {
    if (i >= end) {
      return 0;
    }
    char c = source.charAt(i);
    int j = i;
    while (j < end && source.charAt(j) == c) {
      j++;
    }
    return j - i;
  }

  private static boolean isTagStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '/' || c == '!' || c == '?';
  }

  private static Optional<MarkdownRenderer.Issue> issue(int offset, Problem problem) {
    return Optional.of(MarkdownRenderer.Issue.of(offset, problem));
  }
}
