package dev.quire.runtime;

import java.nio.charset.StandardCharsets;

/**
 * What rendering one page produces, worked out once: the whole output as text (for {@code String} and
 * {@code Appendable} sinks) and as UTF-8 bytes (for byte sinks). A page has no per-request values, so
 * all of its output is static and merges into this single run; rendering afterwards is one copy.
 *
 * <p>Every character of the output is one HTML allows: control characters other than tab and line
 * ends, and surrogates without their pair (which have no UTF-8 form), become U+FFFD, once, here, so
 * the text and the bytes always say the same. Content files never get this far with them (the
 * processor refuses them with their position); values set by hand in Java can.
 */
record RenderPlan(String text, byte[] utf8) {
  static RenderPlan of(CharSequence text) {
    String value = valid(text);
    return new RenderPlan(value, value.getBytes(StandardCharsets.UTF_8));
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
