package dev.quire.processor.internal.diag;

import dev.quire.dsl.Code;
import dev.quire.processor.internal.source.Position;

/** One problem in a content file: its code (which fixes its severity), where it is, what to do. */
public record Diagnostic(Code code, Position position, String message) {
  /** Characters of the source line shown under a message. */
  static final int MAX_SHOWN = 160;

  /** The diagnostic of {@code problem}, made by the message catalogue, at {@code position}. */
  public static Diagnostic of(Position position, dev.quire.dsl.internal.Problem problem) {
    return new Diagnostic(Code.parse(problem.code()).orElseThrow(), position, problem.message());
  }

  /** Whether the problem fails the build. */
  public boolean isError() {
    return code.isError();
  }

  /**
   * The text javac prints: {@code path:line:col: [QUIRE-XXX-NNN] message}, then the source line and a
   * caret under the column (columns count code points; tabs are shown as single spaces and wide
   * characters take two caret columns, so the caret lines up in a terminal).
   */
  public String format() {
    String text = position.lineText();
    int[] line = text.codePoints().map(c -> c == '\t' ? ' ' : c).toArray();
    int column = Math.min(position.column(), line.length + 1);
    int from = 0;
    int to = line.length;
    if (line.length > MAX_SHOWN) {
      // A long line is shown as a window around the column, so a 1 MB line does not flood the build.
      from = Math.max(0, column - 1 - MAX_SHOWN / 2);
      to = Math.min(line.length, from + MAX_SHOWN);
    }
    StringBuilder shown = new StringBuilder(from > 0 ? "..." : "");
    StringBuilder caret = new StringBuilder(from > 0 ? "   " : "");
    for (int i = from; i < to; i++) {
      shown.appendCodePoint(line[i]);
      if (i < column - 1) {
        caret.append(" ".repeat(width(line[i])));
      }
    }
    if (to < line.length) {
      shown.append("...");
    }
    return headline() + "\n" + shown + "\n" + caret + "^";
  }

  /** Terminal columns a character takes: 2 for wide (CJK, emoji), 0 for combining marks, else 1. */
  static int width(int c) {
    int type = Character.getType(c);
    if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
      return 0;
    }
    boolean wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF && c != 0x303F)
        || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
        || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F)
        || (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x3FFFD);
    return wide ? 2 : 1;
  }

  /** The first line of {@link #format()}: {@code path:line:col: [code] message}. */
  public String headline() {
    return position.label() + ": [" + code.id() + "] " + message;
  }
}
