package dev.quire.dsl.internal;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Not API. Where a render reports what it refused to write: a URL made of a model's values that the
 * URL policy refuses, written as {@link UrlPolicy#REFUSED} instead. The page is still rendered; the
 * report goes to the {@code dev.quire} {@link System.Logger} (java.util.logging, or whatever the
 * application routes {@code System.Logger} to): at {@code WARNING} the first time a place in a
 * content file refuses a value, at {@code DEBUG} after that, so a stream of hostile values cannot
 * flood the log.
 */
public final class Refusals {
  private static final System.Logger LOG = System.getLogger("dev.quire");
  /** The places already reported at WARNING; bounded, so that it cannot grow without end. */
  private static final Set<String> REPORTED = ConcurrentHashMap.newKeySet();
  private static final int MOST_PLACES = 10_000;
  /** The most characters of a refused value a report shows. */
  private static final int SHOWN = 200;

  private Refusals() {}

  /**
   * Reports that {@code url}, made at {@code where} (the placeholders and their places in the content
   * file), was refused as {@code use} for {@code why}.
   */
  public static void url(String where, String url, UrlPolicy.Use use, String why) {
    boolean first = REPORTED.size() < MOST_PLACES && REPORTED.add(where);
    System.Logger.Level level = first ? System.Logger.Level.WARNING : System.Logger.Level.DEBUG;
    if (LOG.isLoggable(level)) {
      LOG.log(level, "Quire refused the " + (use == UrlPolicy.Use.IMAGE ? "image" : "link") + " URL '" + printable(url)
          + "' made of " + where + " and wrote " + UrlPolicy.REFUSED + " instead: " + printable(why)
          + (first ? " (further refusals here are logged at DEBUG)" : ""));
    }
  }

  /** The policy's reason for refusing {@code url}, or a plain one when it gives none. */
  public static String reason(String url, UrlPolicy.Use use) {
    UrlPolicy.Verdict verdict = UrlPolicy.check(url, use);
    return verdict.message().isEmpty() ? "the URL policy refuses it" : verdict.message();
  }

  /** {@code text} safe for one log line: control characters as escapes, and at most {@link #SHOWN} characters. */
  static String printable(String text) {
    StringBuilder out = new StringBuilder(Math.min(text.length(), SHOWN) + 8);
    for (int i = 0; i < text.length() && out.length() < SHOWN; i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c == 0x7f || c >= 0x80 && c <= 0x9f || c == 0x2028 || c == 0x2029) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return text.length() > out.length() && out.length() >= SHOWN ? out.append('…').toString() : out.toString();
  }
}
