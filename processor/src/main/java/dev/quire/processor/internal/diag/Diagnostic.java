package dev.quire.processor.internal.diag;

import dev.quire.dsl.Code;
import dev.quire.processor.internal.content.Position;

/** One problem in a content file: its code (which fixes its severity), where it is, what to do. */
public record Diagnostic(Code code, Position position, String message) {
  /** Characters of the source line shown under a message. */
  static final int MAX_SHOWN = 160;

  /** Whether the problem fails the build. */
  public boolean isError() {
    return code.isError();
  }

  /**
   * The text javac prints: {@code path:line:col: [QUIRE-XXX-NNN] message}, then the source line and a
   * caret under the column (tabs shown as single spaces so the caret lines up).
   */
  public String format() {
    String line = position.lineText().replace('\t', ' ');
    int column = Math.min(position.column(), line.length() + 1);
    if (line.length() > MAX_SHOWN) {
      // A long line is shown as a window around the column, so a 1 MB line does not flood the build.
      int start = Math.max(0, column - 1 - MAX_SHOWN / 2);
      int end = Math.min(line.length(), start + MAX_SHOWN);
      String before = start > 0 ? "..." : "";
      column = column - start + before.length();
      line = before + line.substring(start, end) + (end < line.length() ? "..." : "");
    }
    return headline() + "\n" + line + "\n" + " ".repeat(column - 1) + "^";
  }

  /** The first line of {@link #format()}: {@code path:line:col: [code] message}. */
  public String headline() {
    return position.label() + ": [" + code.id() + "] " + message;
  }
}
