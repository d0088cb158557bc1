package dev.quire.dsl.internal;

import java.util.Objects;

/**
 * Not API. One problem found in a value: the id of its diagnostic code ({@code QUIRE-GRID-001}, one of
 * {@code dev.quire.dsl.Code}'s) and its text, made by one {@link Message} of the catalogue. The
 * processor reports it at the content file's place; a builder's {@code build()} throws it in a
 * {@code LayoutException}, with the same code.
 *
 * @param code the code's id
 * @param message the text
 */
public record Problem(String code, String message) {
  public Problem {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  /** The same problem, said of {@code what} ({@code RowImage image: …}). */
  public Problem of(String what) {
    return new Problem(code, what + ": " + message);
  }
}
