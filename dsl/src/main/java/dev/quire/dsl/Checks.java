package dev.quire.dsl;

import dev.quire.dsl.internal.Problem;
import dev.quire.dsl.internal.UrlPolicy;
import java.util.List;
import java.util.Objects;
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
  static void add(Optional<Problem> problem, List<Problem> problems) {
    if (problem.isPresent()) {
      problems.add(problem.get());
    }
  }

  /** Adds the URL policy's refusal of {@code url}, said of {@code module property}, to {@code problems}. */
  static void url(String module, String property, String url, UrlPolicy.Use use, List<Problem> problems) {
    UrlPolicy.Verdict verdict = UrlPolicy.check(url, use);
    if (verdict.level() == UrlPolicy.Level.ERROR) {
      problems.add(verdict.problem().orElseThrow().of(module + " " + property));
    }
  }

  /** Throws the URL policy's refusal of {@code url}, said of {@code what}, as a LayoutException. */
  static String url(String what, String url, UrlPolicy.Use use) {
    UrlPolicy.Verdict verdict = UrlPolicy.check(Objects.requireNonNull(url, what), use);
    if (verdict.level() == UrlPolicy.Level.ERROR) {
      throw LayoutException.of(List.of(verdict.problem().orElseThrow().of(what)));
    }
    return url;
  }
}
