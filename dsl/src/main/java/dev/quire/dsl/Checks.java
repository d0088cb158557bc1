package dev.quire.dsl;

import java.util.List;

/** Small checks the builders share. */
final class Checks {
  private Checks() {}

  /** CSS classes as the HTML carries them: single spaces, no blank ends; none when blank. */
  static String classes(String status) {
    if (status == null || status.isBlank()) {
      return null;
    }
    return status.strip().replaceAll("\\s+", " ");
  }

  static void url(String module, String property, String url, UrlPolicy.Use use, List<String> problems) {
    UrlPolicy.Verdict verdict = UrlPolicy.check(url, use);
    if (verdict.level() == UrlPolicy.Level.ERROR) {
      problems.add(module + " " + property + ": " + verdict.message());
    }
  }
}
