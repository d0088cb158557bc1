package dev.quire.dsl.markdown;

import dev.quire.dsl.Code;
import java.util.Optional;

/**
 * Bounds a Markdown text before flexmark sees it. flexmark overflows its stack on deeply nested block
 * quotes and lists and takes quadratic time on long runs of brackets, backticks and raw HTML tags; no
 * real page comes near these limits, so a text beyond one is refused with the offset where it is
 * crossed. The scan is one pass over the text, skipping the content of fenced code blocks.
 */
final class MarkdownLimits {
  /** Characters in one Markdown text. */
  static final int MAX_LENGTH = 256 * 1024;
  /** Block quote and list markers that open containers on one line. */
  static final int MAX_CONTAINERS = 32;
  /** Indentation (in columns, a tab counts 4) of a line that opens a list item or a quote. */
  static final int MAX_INDENT = 128;
  /** Opening brackets in one block (a run of non-blank lines). */
  static final int MAX_BRACKETS = 1000;
  /** Raw HTML tags in one text. */
  static final int MAX_TAGS = 1000;
  /** Backticks in one run. */
  static final int MAX_BACKTICKS = 32;

  private MarkdownLimits() {}

  /** The first limit {@code source} crosses, or empty. */
  static Optional<MarkdownRenderer.Issue> check(String source) {
    if (source.length() > MAX_LENGTH) {
      return issue(0, Code.LIMIT_006, "this Markdown text has " + source.length() + " characters; the limit is "
          + MAX_LENGTH + " (split the page)");
    }
    int tags = 0;
    int brackets = 0;
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
          return issue(i, Code.LIMIT_008, "a fence of " + run + " " + source.charAt(i) + " characters; use at most "
              + MAX_BACKTICKS);
        }
        fence = source.charAt(i);
        fenceLength = run;
        lineStart = lineEnd + 1;
        continue;
      }
      if (i == lineEnd) {
        brackets = 0;
      }
      Optional<MarkdownRenderer.Issue> nested = containers(source, i, lineEnd, indent);
      if (nested.isPresent()) {
        return nested;
      }
      for (int at = i; at < lineEnd; at++) {
        char c = source.charAt(at);
        if (c == '[' && ++brackets > MAX_BRACKETS) {
          return issue(at, Code.LIMIT_008, "more than " + MAX_BRACKETS + " '[' in one paragraph; "
              + "split it, or escape literal brackets as \\[");
        }
        if (c == '<' && at + 1 < lineEnd && isTagStart(source.charAt(at + 1)) && ++tags > MAX_TAGS) {
          return issue(at, Code.LIMIT_008, "more than " + MAX_TAGS + " raw HTML tags in one text; split the page");
        }
        if (c == '`') {
          int ticks = run(source, at, lineEnd);
          if (ticks > MAX_BACKTICKS) {
            return issue(at, Code.LIMIT_008, "a run of " + ticks + " backticks; use at most " + MAX_BACKTICKS);
          }
          at += ticks - 1;
        }
      }
      lineStart = lineEnd + 1;
    }
    return Optional.empty();
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
        return issue(i, Code.LIMIT_007, "a list or quote indented " + indent + " columns; Markdown nested this deep "
            + "cannot be rendered safely (the limit is " + MAX_INDENT + ")");
      }
      if (++depth > MAX_CONTAINERS) {
        return issue(i, Code.LIMIT_007, "more than " + MAX_CONTAINERS + " nested quotes or lists on one line; "
            + "Markdown nested this deep cannot be rendered safely");
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

  private static Optional<MarkdownRenderer.Issue> issue(int offset, Code code, String message) {
    return Optional.of(new MarkdownRenderer.Issue(offset, code, message));
  }
}
