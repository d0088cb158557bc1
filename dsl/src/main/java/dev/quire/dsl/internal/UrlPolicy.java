package dev.quire.dsl.internal;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which URLs content may use. {@code http}, {@code https}, {@code mailto}, site paths ({@code /x})
 * and {@code #anchors} are fine; relative paths get a warning (they resolve against the page's own
 * address); every other scheme ({@code javascript:}, {@code vbscript:}, {@code data:} except for images,
 * {@code file:}…) is an error. The check runs on the URL as a browser reads it: entities already
 * decoded by the caller, ASCII whitespace and control characters removed, scheme lower-cased, and a
 * backslash before the first {@code ?} or {@code #} read as a slash, as browsers read it in http(s) and
 * relative URLs ({@code /\host/x} is {@code //host/x}: another site).
 */
public final class UrlPolicy {
  /** Where a URL is used. */
  public enum Use {
    LINK("link"),
    IMAGE("image");

    private final String noun;

    Use(String noun) {
      this.noun = noun;
    }
  }

  /** The outcome of a check. */
  public enum Level {
    OK,
    WARNING,
    ERROR
  }

  /**
   * A verdict with the id of its diagnostic code ({@code QUIRE-URL-001}, one of {@code dev.quire.dsl.Code}'s,
   * whose severity is {@code level}) and its message; no code and an empty message for {@link Level#OK}.
   */
  public record Verdict(Level level, String code, String message) {
    static final Verdict OK = new Verdict(Level.OK, null, "");

    static Verdict error(Problem problem) {
      return new Verdict(Level.ERROR, problem.code(), problem.message());
    }

    static Verdict warning(Problem problem) {
      return new Verdict(Level.WARNING, problem.code(), problem.message());
    }

    /** The problem this verdict reports, or empty for {@link Level#OK}. */
    public java.util.Optional<Problem> problem() {
      return level == Level.OK ? java.util.Optional.empty() : java.util.Optional.of(new Problem(code, message));
    }
  }

  /**
   * Compiled on first use only: site paths, the common case, need none, and compiling a pattern is
   * the first lambda a JVM meets (tens of milliseconds the first render of a page would pay).
   */
  private static final class Patterns {
    static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.-]*):");
    static final Pattern EMAIL = Pattern.compile("[^/?#@]+@[^/?#@]+\\.[A-Za-z]{2,}");
    static final Pattern DATA_IMAGE = Pattern.compile("^data:image/(png|gif|jpeg|webp)[;,].*", Pattern.DOTALL);
  }

  /**
   * What a renderer writes instead of a URL the policy refuses: it goes nowhere and says why. The
   * policy accepts it, so a {@code dev.quire.dsl.Url} can hold it.
   */
  public static final String REFUSED = "about:invalid#quire-refused-url";

  private UrlPolicy() {}

  /** Checks {@code url} used as {@code use}. */
  public static Verdict check(String url, Use use) {
    if (url.equals(REFUSED)) {
      return Verdict.OK;
    }
    if (placeholderInScheme(url)) {
      return Verdict.error(Message.URL_PLACEHOLDER_SCHEME.with(use.noun));
    }
    String seen = normalize(url);
    if (seen.isEmpty()) {
      return use == Use.LINK
          ? Verdict.warning(Message.URL_EMPTY_LINK.with())
          : Verdict.error(Message.URL_EMPTY_IMAGE.with());
    }
    if (seen.startsWith("#")) {
      return Verdict.OK;
    }
    String path = slashes(seen);
    if (path.startsWith("//")) {
      if (path.equals(seen)) {
        return Verdict.error(Message.URL_NO_SCHEME.with(use.noun, url, url.strip()));
      }
      return Verdict.error(Message.URL_BACKSLASH_HOST.with(use.noun, url, path));
    }
    if (path.startsWith("/")) {
      return Verdict.OK;
    }
    Matcher scheme = Patterns.SCHEME.matcher(seen.toLowerCase(Locale.ROOT));
    if (scheme.find()) {
      String name = scheme.group(1);
      if (name.equals("http") || name.equals("https") || name.equals("mailto") && use == Use.LINK) {
        return Verdict.OK;
      }
      if (use == Use.IMAGE && Patterns.DATA_IMAGE.matcher(seen.toLowerCase(Locale.ROOT)).matches()) {
        return Verdict.OK;
      }
      return Verdict.error(Message.URL_SCHEME.with(use.noun, name,
          use == Use.LINK ? "mailto, a site path (/...) or an #anchor" : "a site path (/...) or a data:image/..."));
    }
    if (use == Use.LINK && Patterns.EMAIL.matcher(seen).matches()) {
      return Verdict.warning(Message.URL_EMAIL.with(url, seen));
    }
    return Verdict.warning(Message.URL_RELATIVE.with(use.noun, url));
  }

  /**
   * Whether a URL that starts with {@code prefix} (as a browser reads it: entities decoded) passes or
   * fails the policy whatever follows it, so that values appended to it need no check of the whole:
   * an {@code #anchor}, a site path ({@code /x}, not {@code /} alone, which a value could make
   * {@code //host}), an allowed scheme written out ({@code https:}, {@code mailto:} for links,
   * {@code data:image/png;} for images), or a relative path whose first {@code /}, {@code ?} or
   * {@code #} comes before any {@code :} (a scheme can no longer start). Anything else, the empty
   * prefix included, must be checked once the values are in it.
   */
  public static boolean prefixDecides(String prefix, Use use) {
    String seen = slashes(normalize(prefix));
    if (seen.isEmpty()) {
      return false;
    }
    char first = seen.charAt(0);
    if (first == '#') {
      return true;
    }
    if (first == '/') {
      return seen.length() > 1 && seen.charAt(1) != '/';
    }
    String lower = seen.toLowerCase(Locale.ROOT);
    Matcher scheme = Patterns.SCHEME.matcher(lower);
    if (scheme.find()) {
      String name = scheme.group(1);
      return name.equals("http") || name.equals("https") || name.equals("mailto") && use == Use.LINK
          || use == Use.IMAGE && Patterns.DATA_IMAGE.matcher(lower).matches();
    }
    for (int i = 0; i < seen.length(); i++) {
      char c = seen.charAt(i);
      if (c == ':') {
        return false;
      }
      if (c == '/' || c == '?' || c == '#') {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a URL with slot markers in it ({@link Bound}) has one where its scheme is: before a
   * {@code :} that comes ahead of any {@code /}, {@code ?} or {@code #} ({@code {{a}}:{{b}}},
   * {@code {{a}}://host}, {@code java{{a}}:}). A value there could make the URL {@code javascript:},
   * so content may not write one.
   */
  public static boolean placeholderInScheme(String url) {
    String seen = normalize(url);
    boolean marker = false;
    for (int i = 0; i < seen.length(); i++) {
      char c = seen.charAt(i);
      if (Bound.isMarkerChar(c)) {
        marker = true;
      } else if (c == ':') {
        return marker;
      } else if (c == '/' || c == '?' || c == '#' || c == '\\') {
        return false;
      }
    }
    return false;
  }

  /**
   * The URL with every backslash before its query or fragment read as a slash, as browsers read
   * URLs relative to an http(s) page (WHATWG URL standard: a backslash is a path separator in
   * special URLs). Only the start matters to the checks: a leading {@code //} names another host.
   */
  private static String slashes(String url) {
    if (url.indexOf('\\') < 0) {
      return url;
    }
    StringBuilder out = new StringBuilder(url.length());
    boolean path = true;
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c == '?' || c == '#') {
        path = false;
      }
      out.append(path && c == '\\' ? '/' : c);
    }
    return out.toString();
  }

  /** What a browser makes of the URL before it looks at the scheme. */
  static String normalize(String url) {
    StringBuilder out = new StringBuilder(url.length());
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c > ' ' && c != 0x7f) {
        out.append(c);
      }
    }
    return out.toString();
  }
}
