package dev.quire.processor.internal.diag;

import dev.quire.processor.internal.content.Position;

/** One problem in a content file. */
public record Diagnostic(Kind kind, Position position, String message) {
  /** How bad it is. */
  public enum Kind {
    ERROR,
    WARNING
  }

  /**
   * The text javac prints: {@code path:line:col: message}, then the source line and a caret under
   * the column (tabs shown as single spaces so the caret lines up).
   */
  public String format() {
    String line = position.lineText().replace('\t', ' ');
    StringBuilder caret = new StringBuilder();
    int column = Math.min(position.column(), line.length() + 1);
    for (int i = 1; i < column; i++) {
      caret.append(' ');
    }
    caret.append('^');
    return position.label() + ": " + message + "\n" + line + "\n" + caret;
  }
}
