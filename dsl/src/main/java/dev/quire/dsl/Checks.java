package dev.quire.dsl;

import dev.quire.dsl.internal.UrlPolicy;
import java.util.List;
import java.util.Optional;

/**
 * Small checks the builders share. Generated page classes run these checks when they are first
 * loaded, so this code stays free of lambdas and method references: the first one a JVM meets costs
 * tens of milliseconds of start-up, which the first render of a page would pay.
 */
final class Checks {
  private Checks() {}

  /** CSS classes as the HTML carries them: single spaces, no blank ends; none when blank. */
  static String classes(String status) {
    if (status == null || status.isBlank()) {
      return null;
    }
    return status.strip().replaceAll("\\s+", " ");
  }

  /** Adds {@code problem}, if there is one, to {@code problems}. */
  static void add(Optional<String> problem, List<String> problems) {
    if (problem.isPresent()) {
      problems.add(problem.get());
    }
  }

  static void url(String module, String property, String url, UrlPolicy.Use use, List<String> problems) {
    UrlPolicy.Verdict verdict = UrlPolicy.check(url, use);
    if (verdict.level() == UrlPolicy.Level.ERROR) {
      problems.add(module + " " + property + ": " + verdict.message());
    }
  }
}
