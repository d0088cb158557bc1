package dev.quire.runtime;

import java.nio.charset.StandardCharsets;

/**
 * What rendering one page produces, worked out once: the whole output as text (for {@code String} and
 * {@code Appendable} sinks) and as UTF-8 bytes (for byte sinks). A page has no per-request values, so
 * all of its output is static and merges into this single run; rendering afterwards is one copy.
 */
record RenderPlan(String text, byte[] utf8) {
  static RenderPlan of(CharSequence text) {
    String value = text.toString();
    return new RenderPlan(value, value.getBytes(StandardCharsets.UTF_8));
  }
}
