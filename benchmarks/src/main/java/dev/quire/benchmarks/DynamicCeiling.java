package dev.quire.benchmarks;

import dev.quire.benchmarks.dynamic.Basket;
import dev.quire.runtime.ByteSink;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The dynamic page's limit: its static parts (Quire's own bytes, from {@link DynamicTemplates#parts()})
 * copied and its values escaped by the fastest escaper written here, nothing else: no template, no
 * plan, no check of a URL, the loops written out over the model. A value costs one pass over its
 * characters, written where it goes. It writes into a byte array of its own, not into a {@link ByteSink}
 * (whose escaping is Quire's), so that nothing but the page's own work is measured.
 */
final class DynamicCeiling implements Implementation {
  /** The reference for each ASCII character that HTML text or a quoted attribute cannot hold as it is; null for the others. */
  private static final byte[][] REFERENCE = new byte[128][];

  static {
    REFERENCE['&'] = "&amp;".getBytes(StandardCharsets.US_ASCII);
    REFERENCE['<'] = "&lt;".getBytes(StandardCharsets.US_ASCII);
    REFERENCE['>'] = "&gt;".getBytes(StandardCharsets.US_ASCII);
    REFERENCE['"'] = "&quot;".getBytes(StandardCharsets.US_ASCII);
    REFERENCE['\''] = "&#39;".getBytes(StandardCharsets.US_ASCII);
  }

  private final Basket model;
  private final byte[][] parts;
  private byte[] out = new byte[32_768];
  private int size;

  DynamicCeiling(Basket model) {
    this.model = model;
    List<String> text = DynamicTemplates.parts();
    this.parts = new byte[text.size()][];
    for (int i = 0; i < parts.length; i++) {
      parts[i] = text.get(i).getBytes(StandardCharsets.UTF_8);
    }
  }

  @Override
  public String name() {
    return "ceiling";
  }

  /** Copies the page's bytes into {@code sink}, after {@link #render()} (the copy is not the ceiling's: the tests need it). */
  @Override
  public void bytes(ByteSink sink) {
    sink.write(out, 0, render());
  }

  @Override
  public void chars(StringBuilder out) {
    out.append(new String(this.out, 0, render(), StandardCharsets.UTF_8));
  }

  /**
   * Writes the page into this object's own buffer, from its start, and returns its length in bytes.
   * The parts and slots come in {@link DynamicTemplates#ORDER}: V0 V1 O2 V3 V4 C2 O10 O5 V7 V6 V8 V9 C5 C10.
   */
  int render() {
    size = 0;
    Basket basket = model;
    byte[][] parts = this.parts;
    copy(parts[0]);
    value(basket.customer().name());
    copy(parts[1]);
    number(basket.count());
    copy(parts[2]);
    for (Basket.Offer offer : basket.offers()) {
      copy(parts[3]);
      value(offer.title());
      copy(parts[4]);
      value(offer.text());
      copy(parts[5]);
    }
    copy(parts[6]);
    List<Basket.Line> lines = basket.lines();
    if (!lines.isEmpty()) {
      copy(parts[7]);
      for (int i = 0, n = lines.size(); i < n; i++) {
        Basket.Line line = lines.get(i);
        copy(parts[8]);
        value(line.url().value());
        copy(parts[9]);
        value(line.name());
        copy(parts[10]);
        number(line.quantity());
        copy(parts[11]);
        value(line.price());
        copy(parts[12]);
      }
      copy(parts[13]);
    }
    copy(parts[14]);
    return size;
  }

  private void room(int bytes) {
    if (out.length - size < bytes) {
      out = java.util.Arrays.copyOf(out, Math.max(2 * out.length, size + bytes));
    }
  }

  private void copy(byte[] part) {
    room(part.length);
    System.arraycopy(part, 0, out, size, part.length);
    size += part.length;
  }

  /** Writes {@code value} escaped and UTF-8 encoded, in one pass over its characters. */
  private void value(String value) {
    int n = value.length();
    room(6 * n);
    byte[] out = this.out;
    int at = size;
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      if (c < 0x80) {
        byte[] reference = REFERENCE[c];
        if (reference == null) {
          out[at++] = (byte) c;
        } else {
          for (byte b : reference) {
            out[at++] = b;
          }
        }
      } else if (c < 0x800) {
        out[at++] = (byte) (0xC0 | c >> 6);
        out[at++] = (byte) (0x80 | c & 0x3F);
      } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(value.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, value.charAt(++i));
        out[at++] = (byte) (0xF0 | cp >> 18);
        out[at++] = (byte) (0x80 | cp >> 12 & 0x3F);
        out[at++] = (byte) (0x80 | cp >> 6 & 0x3F);
        out[at++] = (byte) (0x80 | cp & 0x3F);
      } else {
        out[at++] = (byte) (0xE0 | c >> 12);
        out[at++] = (byte) (0x80 | c >> 6 & 0x3F);
        out[at++] = (byte) (0x80 | c & 0x3F);
      }
    }
    size = at;
  }

  /** Writes the decimal digits of {@code value}. */
  private void number(int value) {
    room(11);
    long rest = value;
    if (rest < 0) {
      out[size++] = '-';
      rest = -rest;
    }
    int digits = 1;
    for (long r = rest / 10; r != 0; r /= 10) {
      digits++;
    }
    for (int i = size + digits - 1; i >= size; i--) {
      out[i] = (byte) ('0' + rest % 10);
      rest /= 10;
    }
    size += digits;
  }
}
