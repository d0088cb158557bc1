package dev.quire.processor.internal.source;

import java.util.ArrayList;
import java.util.List;

/**
 * The decoded text of one content file (BOM removed, line ends normalised to LF) with its path
 * relative to the resource root. Knows where each line starts, so any offset or line/column can be
 * turned into a {@link Position}. Columns count code points (as SnakeYAML's marks do), so an emoji
 * is one column.
 */
public final class SourceFile {
  private final String path;
  private final String text;
  private final int[] lineStarts;
  /** Each line's text, made when a position first points into it. */
  private String[] lines;

  public SourceFile(String path, String text) {
    this.path = path;
    this.text = text;
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        starts.add(i + 1);
      }
    }
    this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The path relative to the resource root, with {@code /} separators, e.g. {@code pages/about.md}. */
  public String path() {
    return path;
  }

  public String text() {
    return text;
  }

  public int lineCount() {
    return lineStarts.length;
  }

  /**
   * The text of a 1-based line, without its line end ("" past the end). One string a line, however
   * many positions point into it: a 100 KB line with thousands of problems on it (a pasted block of
   * tags) must not become thousands of copies of the line (it ran the compiler out of memory).
   */
  public String line(int line) {
    if (line < 1 || line > lineStarts.length) {
      return "";
    }
    String[] cache = lines;
    if (cache == null) {
      cache = new String[lineStarts.length];
      lines = cache;
    }
    String text = cache[line - 1];
    if (text == null) { // a race computes it twice, harmlessly: strings are immutable
      int start = lineStarts[line - 1];
      int end = line < lineStarts.length ? lineStarts[line] - 1 : this.text.length();
      text = this.text.substring(start, end);
      cache[line - 1] = text;
    }
    return text;
  }

  /** The offset where a 1-based line starts. */
  public int lineStart(int line) {
    return lineStarts[Math.max(0, Math.min(line, lineStarts.length) - 1)];
  }

  /** A position from a 1-based line and column (clamped into the file). */
  public Position at(int line, int column) {
    int safeLine = Math.max(1, Math.min(line, lineStarts.length));
    return new Position(path, safeLine, Math.max(1, column), line(safeLine));
  }

  /** A position from an offset into {@link #text()}. */
  public Position atOffset(int offset) {
    int low = 0;
    int high = lineStarts.length - 1;
    while (low < high) {
      int mid = (low + high + 1) >>> 1;
      if (lineStarts[mid] <= offset) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    int clamped = Math.max(lineStarts[low], Math.min(offset, text.length()));
    return at(low + 1, text.codePointCount(lineStarts[low], clamped) + 1);
  }

  /** The offset into {@link #text()} of a position (the inverse of {@link #atOffset}). */
  public int offsetOf(Position position) {
    String line = line(position.line());
    int column = Math.min(Math.max(0, position.column() - 1), line.codePointCount(0, line.length()));
    return lineStart(position.line()) + line.offsetByCodePoints(0, column);
  }
}
