package dev.quire.benchmarks;

import dev.quire.runtime.ByteSink;

/**
 * One way of rendering the seed page, set up once: into a reused byte sink (the table that matters
 * for serving pages) and into a reused {@code StringBuilder} (where the character-based libraries
 * live). Implementations keep their own reusable state, so each instance serves one thread.
 */
public interface Implementation {
  /** The name the benchmark methods and the report use. */
  String name();

  /** Appends the seed document to {@code sink} as UTF-8. */
  void bytes(ByteSink sink) throws Exception;

  /** Appends the seed document to {@code out}. */
  void chars(StringBuilder out) throws Exception;
}
