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

    static Verdict error(String code, String message) {
      return new Verdict(Level.ERROR, code, message);
    }

    static Verdict warning(String code, String message) {
      return new Verdict(Level.WARNING, code, message);
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

  private UrlPolicy() {}

  /** Checks {@code url} used as {@code use}. */
  public static Verdict check(String url, Use use) {
    String seen = normalize(url);
    if (seen.isEmpty()) {
      return use == Use.LINK
          ? Verdict.warning("QUIRE-URL-004", "empty link URL: the link points to the page itself; give the address, or remove the link")
          : Verdict.error("QUIRE-URL-003", "empty image URL; give the image's address");
    }
    if (seen.startsWith("#")) {
      return Verdict.OK;
    }
    String path = slashes(seen);
    if (path.startsWith("//")) {
      if (path.equals(seen)) {
        return Verdict.error("QUIRE-URL-002", use.noun + " URL '" + url
            + "' has no scheme; write https:" + url.strip() + " or a site path starting with a single /");
      }
      return Verdict.error("QUIRE-URL-002", use.noun + " URL '" + url + "' leads to another site: browsers read a"
          + " backslash as a slash, so it is " + path + "; write a site path with forward slashes only (/x/y),"
          + " or the full address (https://...)");
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
      return Verdict.error("QUIRE-URL-001", use.noun + " URL scheme '" + name + ":' is not allowed; use http, https, "
          + (use == Use.LINK ? "mailto, a site path (/...) or an #anchor" : "a site path (/...) or a data:image/..."));
    }
    if (use == Use.LINK && Patterns.EMAIL.matcher(seen).matches()) {
      return Verdict.warning("QUIRE-URL-006", "link URL '" + url + "' looks like an e-mail address but is a relative path; "
          + "write mailto:" + seen);
    }
    return Verdict.warning("QUIRE-URL-005", "relative " + use.noun + " URL '" + url
        + "' resolves against the page's own address; start it with / for a path on this site");
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
