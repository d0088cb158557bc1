package dev.quire.processor.internal.bound;

import dev.quire.dsl.internal.Bound;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Slot markers ({@link Bound}) in text the processor handles: finding them, and undoing what Markdown does to them in URLs. */
public final class Markers {
  /** A marker's characters as a URL writes them: each is {@code %EE%80%80} to {@code %EE%87%BF}. */
  private static final Pattern ENCODED = Pattern.compile("(?:%EE%8[0-7]%[89AB][0-9A-F])+", Pattern.CASE_INSENSITIVE);

  private Markers() {}

  /** Whether {@code text} holds a marker's character. */
  public static boolean contains(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Bound.isMarkerChar(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** {@code html} with markers that Markdown percent-encoded in link and image destinations written as markers again. */
  public static String decodeInUrls(String html) {
    if (html.indexOf("%EE%8") < 0 && html.indexOf("%ee%8") < 0) {
      return html;
    }
    Matcher matcher = ENCODED.matcher(html);
    StringBuilder out = new StringBuilder(html.length());
    while (matcher.find()) {
      String decoded = URLDecoder.decode(matcher.group(), StandardCharsets.UTF_8);
      matcher.appendReplacement(out, Matcher.quoteReplacement(decoded.chars().allMatch(c -> Bound.isMarkerChar((char) c))
          ? decoded : matcher.group()));
    }
    matcher.appendTail(out);
    return out.toString();
  }
}
