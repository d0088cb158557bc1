package dev.quire.languageserver;

import dev.quire.processor.internal.diag.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * The processor's places (1-based line, column in code points) as the protocol's (0-based line,
 * character in UTF-16 units), and the span a diagnostic underlines: the value that starts at its
 * column, as far as the value goes on its line (a flow list or quoted text to its closing bracket or
 * quote, else the word, which a link's closing parenthesis ends).
 */
final class Ranges {
  private Ranges() {}

  /** The protocol's diagnostic for one of the build's: its code, its words, the span of its value. */
  static org.eclipse.lsp4j.Diagnostic of(Diagnostic diagnostic) {
    org.eclipse.lsp4j.Diagnostic result = new org.eclipse.lsp4j.Diagnostic(span(diagnostic.position()),
        diagnostic.message(), diagnostic.isError() ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, "quire",
        diagnostic.code().id());
    return result;
  }

  /** The span of the value at {@code position}. */
  static Range span(dev.quire.processor.internal.source.Position position) {
    String line = position.lineText();
    int start = utf16(line, position.column());
    int end = valueEnd(line, start);
    int row = Math.max(0, position.line() - 1);
    return new Range(new Position(row, start), new Position(row, end));
  }

  /** The UTF-16 index of the 1-based code point column {@code column} of {@code line}. */
  static int utf16(String line, int column) {
    int index = 0;
    for (int c = 1; c < column && index < line.length(); c++) {
      index += Character.charCount(line.codePointAt(index));
    }
    return Math.min(index, line.length());
  }

  /** Where the value starting at {@code start} ends: after its closing bracket or quote, or its word. */
  static int valueEnd(String line, int start) {
    if (start >= line.length()) {
      return start;
    }
    char first = line.charAt(start);
    char close = first == '[' ? ']' : first == '{' ? '}' : first == '"' || first == '\'' ? first : 0;
    if (close != 0) {
      int depth = 0;
      for (int i = start; i < line.length(); i++) {
        char c = line.charAt(i);
        if (i > start && c == close && (close == '"' || close == '\'' || depth == 1)) {
          return i + 1;
        }
        if (c == first && close != '"' && close != '\'') {
          depth++;
        } else if (c == close) {
          depth--;
        }
      }
      return line.length();
    }
    int end = start;
    // a word ends at white space, and at what closes a Markdown link or a YAML flow value around it
    while (end < line.length() && !Character.isWhitespace(line.charAt(end)) && ",)]}>\"'".indexOf(line.charAt(end)) < 0) {
      end++;
    }
    if (end > start && line.charAt(end - 1) == ':') {
      end--; // a key: the name, not its colon
    }
    return end == start ? Math.min(line.length(), start + 1) : end;
  }
}
