package dev.quire.runtime;

/** HTML escaping for text and for quoted attribute values (the renderer always quotes attributes). */
final class Html {
  private Html() {}

  /** Writes {@code text} escaped for element content and double- or single-quoted attribute values. */
  static void escape(CharSequence text, StringBuilder out) {
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      String replacement = switch (text.charAt(i)) {
        case '&' -> "&amp;";
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '"' -> "&quot;";
        case '\'' -> "&#39;";
        default -> null;
      };
      if (replacement != null) {
        out.append(text, start, i).append(replacement);
        start = i + 1;
      }
    }
    out.append(text, start, text.length());
  }
}
