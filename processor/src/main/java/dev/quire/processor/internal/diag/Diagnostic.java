package dev.quire.processor.internal.diag;

import dev.quire.dsl.Code;
import dev.quire.processor.internal.content.Position;

/** One problem in a content file: its code (which fixes its severity), where it is, what to do. */
public record Diagnostic(Code code, Position position, String message) {
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
    StringBuilder caret = new StringBuilder();
    int column = Math.min(position.column(), line.length() + 1);
    for (int i = 1; i < column; i++) {
      caret.append(' ');
    }
    caret.append('^');
    return headline() + "\n" + line + "\n" + caret;
  }

  /** The first line of {@link #format()}: {@code path:line:col: [code] message}. */
  public String headline() {
    return position.label() + ": [" + code.id() + "] " + message;
  }
}
