package dev.quire.runtime;

import java.nio.charset.StandardCharsets;

/**
 * What rendering one page produces, worked out once, in the forms its sinks have asked for so far: as
 * text (for {@code String} and {@code Appendable} sinks) and as UTF-8 bytes (for byte sinks). A page
 * has no per-request values, so all of its output is static and merges into this single run;
 * rendering afterwards is one copy. A form nobody asked for is not kept: a server that sends bytes
 * keeps each page once, as bytes, and never holds its text (which takes two bytes a character as soon
 * as one character is outside Latin-1). Either form is made from the other when first asked for, so
 * the two always say the same.
 *
 * <p>Every character of the output is one HTML allows: control characters other than tab and line
 * ends, and surrogates without their pair (which have no UTF-8 form), become U+FFFD, once, when the
 * text is first written, so the text and the bytes always say the same. Content files never get this
 * far with them (the processor refuses them with their position); values set by hand in Java can.
 *
 * @param text the output as text, or null when no text sink has asked for it
 * @param utf8 the output as UTF-8, or null when no byte sink has asked for it
 */
record RenderPlan(String text, byte[] utf8) {
  /** A plan holding {@code text} (as written, before {@link #valid}) in the form a sink asks for. */
  static RenderPlan of(CharSequence text, boolean bytes) {
    String value = valid(text);
    return bytes ? new RenderPlan(null, value.getBytes(StandardCharsets.UTF_8)) : new RenderPlan(value, null);
  }

  /** This plan, also holding the bytes. */
  RenderPlan withBytes() {
    return utf8 != null ? this : new RenderPlan(text, text.getBytes(StandardCharsets.UTF_8));
  }

  /** This plan, also holding the text. */
  RenderPlan withText() {
    return text != null ? this : new RenderPlan(new String(utf8, StandardCharsets.UTF_8), utf8);
  }

  /** This plan holding the form asked for. */
  RenderPlan with(boolean bytes) {
    return bytes ? withBytes() : withText();
  }

  /** {@code text} with each character HTML does not allow replaced by U+FFFD (the same string when there is none). */
  static String valid(CharSequence text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean bad;
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          if (out != null) {
            out.append(c).append(text.charAt(i + 1));
          }
          i++;
          continue;
        }
        bad = true;
      } else {
        bad = Character.isLowSurrogate(c) || c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7f && c <= 0x9f;
      }
      if (bad && out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (out != null) {
        out.append(bad ? '\uFFFD' : c);
      }
    }
    return out == null ? text.toString() : out.toString();
  }
}
