package dev.quire.runtime;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * A reusable, growable byte buffer to render into: {@link #reset()} it and render again, and once it
 * has grown to the largest page nothing more is allocated. Not thread-safe: keep one per thread or per
 * request.
 */
public final class ByteSink {
  private byte[] buffer;
  private int size;

  /** A sink with room for 8 KiB before it grows. */
  public ByteSink() {
    this(8192);
  }

  /**
   * A sink with room for {@code capacity} bytes before it grows.
   *
   * @param capacity the capacity
   */
  public ByteSink(int capacity) {
    if (capacity < 0) {
      throw new IllegalArgumentException("capacity " + capacity + " is negative");
    }
    this.buffer = new byte[capacity];
  }

  /**
   * Appends all of {@code bytes}.
   *
   * @param bytes the bytes to write
   */
  public void write(byte[] bytes) {
    write(bytes, 0, bytes.length);
  }

  /**
   * Appends {@code length} bytes of {@code bytes} from {@code offset}.
   *
   * @param bytes the bytes to write
   * @param offset the offset
   * @param length the length
   */
  public void write(byte[] bytes, int offset, int length) {
    Objects.checkFromIndexSize(offset, length, bytes.length);
    int end = size + length;
    if (end > buffer.length || end < 0) {
      grow(end);
    }
    System.arraycopy(bytes, offset, buffer, size, length);
    size = end;
  }

  /** Appends {@code text} as UTF-8, as it is (HTML made safe where it was made). */
  void writeUtf8(String text) {
    writeEscaped(text, false);
  }

  /** Appends {@code text} as UTF-8, escaped for element text and quoted attribute values. */
  void writeEscaped(CharSequence text) {
    writeEscaped(text, true);
  }

  /** Characters written as they are: printable ASCII but the five HTML specials, and tab and line ends. */
  private static final boolean[] PLAIN = new boolean[128];

  static {
    for (char c = ' '; c < 0x7f; c++) {
      PLAIN[c] = c != '&' && c != '<' && c != '>' && c != '"' && c != '\'';
    }
    PLAIN['\t'] = true;
    PLAIN['\n'] = true;
    PLAIN['\r'] = true;
  }

  /**
   * Appends {@code text} as UTF-8, escaped as {@link #writeEscaped(CharSequence)} does. A value of up
   * to {@value #SHORT} characters (nearly every value a page shows) is written in one pass, each
   * character where it goes, with room for the longest escaping made once; a longer one copies each
   * run of plain ASCII in one go, so that its room grows with what it writes.
   */
  @SuppressWarnings("deprecation") // getBytes(int, int, byte[], int): exactly right for ASCII, and a plain copy
  void writeEscaped(String text) {
    int length = text.length();
    if (length <= SHORT) {
      if (buffer.length - size < 6 * length) {
        grow(size + 6 * length);
      }
      byte[] out = buffer;
      int at = size;
      for (int i = 0; i < length; ) {
        char c = text.charAt(i);
        if (c < 0x80 && PLAIN[c]) {
          out[at++] = (byte) c;
          i++;
        } else {
          size = at;
          i = special(text, i, length);
          at = size;
        }
      }
      size = at;
      return;
    }
    int i = 0;
    while (i < length) {
      int start = i;
      char c;
      while (i < length && (c = text.charAt(i)) < 128 && PLAIN[c]) {
        i++;
      }
      if (i > start) {
        int end = size + (i - start);
        if (end > buffer.length || end < 0) {
          grow(end);
        }
        text.getBytes(start, i, buffer, size);
        size = end;
      }
      if (i < length) {
        if (size + 6 > buffer.length) {
          grow(size + 6);
        }
        i = special(text, i, length);
      }
    }
  }

  /** The longest value written in one pass by {@link #writeEscaped(String)}. */
  private static final int SHORT = 256;

  /**
   * Appends the decimal digits of {@code value}, with its sign. The digits are written from the last,
   * in a loop that ends when no digit is left (not a counted loop: a counted loop here once made the
   * JIT trap and recompile it into code several times slower, in some JVMs and not others), in
   * {@code int} arithmetic where the value fits.
   */
  void writeDecimal(long value) {
    if (buffer.length - size < 20) {
      grow(size + 20);
    }
    byte[] out = buffer;
    int at = size;
    if (value < 0) {
      if (value == Long.MIN_VALUE) {
        System.arraycopy(MIN_LONG, 0, out, at, MIN_LONG.length);
        size = at + MIN_LONG.length;
        return;
      }
      out[at++] = '-';
      value = -value;
    }
    if (value < 10) {
      out[at] = (byte) ('0' + value);
      size = at + 1;
      return;
    }
    int digits = 2;
    for (long bound = 100; digits < 19 && value >= bound; bound *= 10) {
      digits++;
    }
    int end = at + digits;
    int i = end;
    if (value <= Integer.MAX_VALUE) {
      int rest = (int) value;
      do {
        out[--i] = (byte) ('0' + rest % 10);
        rest /= 10;
      } while (rest != 0);
    } else {
      long rest = value;
      do {
        out[--i] = (byte) ('0' + rest % 10);
        rest /= 10;
      } while (rest != 0);
    }
    size = end;
  }

  private static final byte[] MIN_LONG = Long.toString(Long.MIN_VALUE).getBytes(StandardCharsets.US_ASCII);

  /**
   * Appends {@code text} as UTF-8 without building a byte array: ASCII byte by byte, the five HTML
   * specials as their references when {@code escape}, a pair of surrogates as one 4-byte sequence;
   * a character HTML does not allow (a control character other than tab and line ends, a lone
   * surrogate) as U+FFFD, as {@link RenderPlan#valid} writes it.
   */
  private void writeEscaped(CharSequence text, boolean escape) {
    int length = text.length();
    long most = size + 6L * length;
    if (most > buffer.length) {
      grow((int) Math.min(Integer.MAX_VALUE - 8, most));
    }
    for (int i = 0; i < length; ) {
      char c = text.charAt(i);
      if (c < 0x80 && (PLAIN[c] || !escape && (c == '&' || c == '<' || c == '>' || c == '"' || c == '\''))) {
        buffer[size++] = (byte) c;
        i++;
      } else {
        i = special(text, i, length);
      }
    }
  }

  /**
   * Writes the character at {@code i} that is not plain ASCII (room for 6 bytes is there): an HTML
   * special as its reference, other characters as UTF-8, a character HTML does not allow (a control
   * character other than tab and line ends, a lone surrogate) as U+FFFD, as {@link RenderPlan#valid}
   * writes it. Returns the index after it (a surrogate pair is one character).
   */
  private int special(CharSequence text, int i, int length) {
    byte[] out = buffer;
    int at = size;
    char c = text.charAt(i++);
    if (c == '&' || c == '<' || c == '>' || c == '"' || c == '\'') {
      byte[] reference = c == '&' ? AMP : c == '<' ? LT : c == '>' ? GT : c == '"' ? QUOT : APOS;
      for (byte b : reference) {
        out[at++] = b;
      }
      size = at;
      return i;
    }
    if (c < 0x80 || c <= 0x9f) {
      c = '\uFFFD';
    }
    if (c < 0x800) {
      out[at++] = (byte) (0xC0 | c >> 6);
      out[at++] = (byte) (0x80 | c & 0x3F);
    } else if (Character.isSurrogate(c)) {
      if (Character.isHighSurrogate(c) && i < length && Character.isLowSurrogate(text.charAt(i))) {
        int cp = Character.toCodePoint(c, text.charAt(i++));
        out[at++] = (byte) (0xF0 | cp >> 18);
        out[at++] = (byte) (0x80 | cp >> 12 & 0x3F);
        out[at++] = (byte) (0x80 | cp >> 6 & 0x3F);
        out[at++] = (byte) (0x80 | cp & 0x3F);
      } else {
        out[at++] = (byte) 0xEF;
        out[at++] = (byte) 0xBF;
        out[at++] = (byte) 0xBD;
      }
    } else {
      out[at++] = (byte) (0xE0 | c >> 12);
      out[at++] = (byte) (0x80 | c >> 6 & 0x3F);
      out[at++] = (byte) (0x80 | c & 0x3F);
    }
    size = at;
    return i;
  }

  private static final byte[] AMP = "&amp;".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] LT = "&lt;".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] GT = "&gt;".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] QUOT = "&quot;".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] APOS = "&#39;".getBytes(StandardCharsets.US_ASCII);

  /** Forgets what was written; the buffer is kept. */
  public void reset() {
    size = 0;
  }

  /**
   * How many bytes were written since the last {@link #reset()}.
   *
   * @return how many bytes were written since the last {@link #reset()}
   */
  public int size() {
    return size;
  }

  /**
   * A copy of the bytes written.
   *
   * @return a copy of the bytes written
   */
  public byte[] toByteArray() {
    return Arrays.copyOf(buffer, size);
  }

  /**
   * A read-only view of the bytes written (valid until the next write or reset).
   *
   * @return a read-only view of the bytes written (valid until the next write or reset)
   */
  public ByteBuffer asByteBuffer() {
    return ByteBuffer.wrap(buffer, 0, size).asReadOnlyBuffer();
  }

  /**
   * Writes the bytes written to {@code out} (not flushed, not closed).
   *
   * @param out where to write
   * @throws IOException when {@code out} fails to take the output
   */
  public void writeTo(OutputStream out) throws IOException {
    out.write(buffer, 0, size);
  }

  /** The bytes written, decoded as UTF-8. */
  @Override
  public String toString() {
    return new String(buffer, 0, size, StandardCharsets.UTF_8);
  }

  private void grow(int needed) {
    if (needed < 0) {
      throw new OutOfMemoryError("a ByteSink holds at most 2 GiB");
    }
    int capacity = (int) Math.min(Integer.MAX_VALUE - 8, Math.max(needed, 2L * buffer.length));
    if (capacity < needed) {
      throw new OutOfMemoryError("a ByteSink holds at most 2 GiB");
    }
    buffer = Arrays.copyOf(buffer, capacity);
  }
}
