package dev.quire.dsl;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Thrown by {@code build()} when a hand-written page breaks a layout rule. The messages and codes are
 * the ones the processor reports for content files, without the file position ({@link #details}). A
 * module of the application's own whose constructor refuses a content file's values throws one naming
 * the file's position ({@link #in}).
 */
public final class LayoutException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * One problem: the code the processor reports it with ({@code QUIRE-GRID-001}) and its message.
   *
   * @param code the code
   * @param message the message
   */
  public record Problem(Code code, String message) {
    /**
     * A problem with its code and message, neither null.
     *
     * @param code the code
     * @param message the message
     */
    public Problem {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(message, "message");
    }
  }

  private final transient List<Problem> details;

  /**
   * An exception listing {@code problems}, each one line that says what to change: the application's
   * own rules (a module's compact constructor), reported as {@link Code#MODULE_007}.
   *
   * @param problems the problems
   */
  public LayoutException(List<String> problems) {
    this(coded(problems), null);
  }

  /**
   * An exception for one problem of the application's own rules.
   *
   * @param problem what to change
   */
  public LayoutException(String problem) {
    this(List.of(problem));
  }

  private LayoutException(List<Problem> details, Void coded) {
    super(String.join("; ", details.stream().map(Problem::message).toList()));
    this.details = List.copyOf(details);
  }

  private LayoutException(String problem, RuntimeException cause) {
    super(problem, cause);
    this.details = List.of(new Problem(Code.MODULE_007, problem));
  }

  private static List<Problem> coded(List<String> problems) {
    List<Problem> details = new ArrayList<>();
    for (String problem : problems) {
      details.add(new Problem(Code.MODULE_007, problem));
    }
    return details;
  }

  /**
   * Every problem found, in the order found.
   *
   * @return every problem found, in the order found
   */
  public List<String> problems() {
    return details.stream().map(Problem::message).toList();
  }

  /**
   * Every problem found with its code, in the order found.
   *
   * @return the problems with their codes
   */
  public List<Problem> details() {
    return details;
  }

  /**
   * For generated page classes: the module written at {@code where} in a content file
   * ({@code pages/about.md:12:5}) refused its values with {@code cause}; the message names the place
   * and the module, then the cause's message.
   *
   * @param where the content file's path, line and column of the module
   * @param module the module's name
   * @param cause what the module's constructor threw
   * @return the exception to throw
   */
  public static LayoutException in(String where, String module, RuntimeException cause) {
    return new LayoutException(dev.quire.dsl.internal.Message.MODULE_REFUSED.with(where, module, cause.getMessage())
        .message(), cause);
  }

  /**
   * For generated page classes: the module written at {@code where} in a content file, made for each
   * render from a model's values, refused the values of {@code placeholders} ({@code {{code}}, {{name}}})
   * with {@code cause}; the message names the place, the module and the placeholders, then the cause's
   * message.
   *
   * @param where the content file's path, line and column of the module
   * @param module the module's name
   * @param placeholders the placeholders whose values the module was given
   * @param cause what the module's constructor threw
   * @return the exception to throw
   */
  public static LayoutException in(String where, String module, String placeholders, RuntimeException cause) {
    return new LayoutException(dev.quire.dsl.internal.Message.MODULE_REFUSED_MODEL.with(where, module, placeholders,
        cause.getMessage()).message(), cause);
  }

  /** Throws the problems Quire's rules found, with their codes, if there are any. */
  static void throwIfAny(List<dev.quire.dsl.internal.Problem> problems) {
    if (!problems.isEmpty()) {
      throw of(problems);
    }
  }

  /** The exception for problems Quire's rules found. */
  static LayoutException of(List<dev.quire.dsl.internal.Problem> problems) {
    List<Problem> details = new ArrayList<>();
    for (dev.quire.dsl.internal.Problem problem : problems) {
      details.add(new Problem(Code.parse(problem.code()).orElseThrow(), problem.message()));
    }
    return new LayoutException(details, null);
  }
}
