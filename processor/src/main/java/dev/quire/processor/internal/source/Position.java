package dev.quire.processor.internal.source;

/** A place in a content file: path relative to the resource root, 1-based line and column, the line's text. */
public record Position(String path, int line, int column, String lineText) {
  /** {@code path:line:col}. */
  public String label() {
    return path + ":" + line + ":" + column;
  }
}
