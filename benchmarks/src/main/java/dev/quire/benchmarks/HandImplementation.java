package dev.quire.benchmarks;

import dev.quire.benchmarks.dynamic.Basket;
import dev.quire.runtime.ByteSink;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The dynamic page written by hand, the way a developer who wants the fastest code would: the static
 * HTML as pre-encoded byte arrays (Quire's own text, from {@link DynamicTemplates#parts()}), the values
 * escaped straight into a reused buffer, loops over the model. No URL check: a hand-written page
 * trusts its data (Quire's checks each URL value when it renders).
 */
final class HandImplementation implements Implementation {
  private final Basket model;
  private final byte[][] parts;
  private final String[] text;
  private byte[] scratch = new byte[256];

  HandImplementation(Basket model) {
    this.model = model;
    List<String> list = DynamicTemplates.parts();
    this.text = list.toArray(String[]::new);
    this.parts = new byte[text.length][];
    for (int i = 0; i < text.length; i++) {
      parts[i] = text[i].getBytes(StandardCharsets.UTF_8);
    }
  }

  @Override
  public String name() {
    return "hand";
  }

  // The parts and slots come in DynamicTemplates.ORDER: V0 V1 O2 V3 V4 C2 O10 O5 V7 V6 V8 V9 C5 C10.
  @Override
  public void bytes(ByteSink sink) {
    Basket basket = model;
    sink.write(parts[0]);
    escape(basket.customer().name(), sink);
    sink.write(parts[1]);
    escape(Integer.toString(basket.count()), sink);
    sink.write(parts[2]);
    for (Basket.Offer offer : basket.offers()) {
      sink.write(parts[3]);
      escape(offer.title(), sink);
      sink.write(parts[4]);
      escape(offer.text(), sink);
      sink.write(parts[5]);
    }
    sink.write(parts[6]);
    if (!basket.lines().isEmpty()) {
      sink.write(parts[7]);
      for (Basket.Line line : basket.lines()) {
        sink.write(parts[8]);
        escape(line.url().value(), sink);
        sink.write(parts[9]);
        escape(line.name(), sink);
        sink.write(parts[10]);
        escape(Integer.toString(line.quantity()), sink);
        sink.write(parts[11]);
        escape(line.price(), sink);
        sink.write(parts[12]);
      }
      sink.write(parts[13]);
    }
    sink.write(parts[14]);
  }

  @Override
  public void chars(StringBuilder out) {
    Basket basket = model;
    out.append(text[0]);
    escape(basket.customer().name(), out);
    out.append(text[1]).append(basket.count()).append(text[2]);
    for (Basket.Offer offer : basket.offers()) {
      out.append(text[3]);
      escape(offer.title(), out);
      out.append(text[4]);
      escape(offer.text(), out);
      out.append(text[5]);
    }
    out.append(text[6]);
    if (!basket.lines().isEmpty()) {
      out.append(text[7]);
      for (Basket.Line line : basket.lines()) {
        out.append(text[8]);
        escape(line.url().value(), out);
        out.append(text[9]);
        escape(line.name(), out);
        out.append(text[10]).append(line.quantity()).append(text[11]);
        escape(line.price(), out);
        out.append(text[12]);
      }
      out.append(text[13]);
    }
    out.append(text[14]);
  }

  /** {@code value} HTML-escaped and UTF-8 encoded into the scratch buffer, then into the sink. */
  private void escape(String value, ByteSink sink) {
    if (scratch.length < value.length() * 6) {
      scratch = new byte[value.length() * 6];
    }
    int n = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      String reference = switch (c) {
        case '&' -> "&amp;";
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '"' -> "&quot;";
        case '\'' -> "&#39;";
        default -> null;
      };
      if (reference != null) {
        for (int k = 0; k < reference.length(); k++) {
          scratch[n++] = (byte) reference.charAt(k);
        }
      } else if (c < 0x80) {
        scratch[n++] = (byte) c;
      } else if (c < 0x800) {
        scratch[n++] = (byte) (0xC0 | c >> 6);
        scratch[n++] = (byte) (0x80 | c & 0x3F);
      } else if (Character.isHighSurrogate(c) && i + 1 < value.length()) {
        int cp = Character.toCodePoint(c, value.charAt(++i));
        scratch[n++] = (byte) (0xF0 | cp >> 18);
        scratch[n++] = (byte) (0x80 | cp >> 12 & 0x3F);
        scratch[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
        scratch[n++] = (byte) (0x80 | cp & 0x3F);
      } else {
        scratch[n++] = (byte) (0xE0 | c >> 12);
        scratch[n++] = (byte) (0x80 | c >> 6 & 0x3F);
        scratch[n++] = (byte) (0x80 | c & 0x3F);
      }
    }
    sink.write(scratch, 0, n);
  }

  private static void escape(String value, StringBuilder out) {
    dev.quire.dsl.Html.escape(value, out);
  }
}
