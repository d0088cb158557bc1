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

  /**
   * Writes a link's attributes: {@code href} when there is a URL, {@code target} when there is one,
   * and {@code rel="noopener"} for {@code _blank} (the opened page cannot reach back to this one).
   */
  static void link(java.util.Optional<String> url, java.util.Optional<String> target, StringBuilder out) {
    if (url.isPresent()) {
      out.append(" href=\"");
      escape(url.get(), out);
      out.append('"');
    }
    if (target.isPresent()) {
      out.append(" target=\"");
      escape(target.get(), out);
      out.append('"');
      if (target.get().equals("_blank")) {
        out.append(" rel=\"noopener\"");
      }
    }
  }
}
