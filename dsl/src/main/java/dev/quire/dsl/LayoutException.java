package dev.quire.dsl;

import java.util.List;

/**
 * Thrown by {@code build()} when a hand-written page breaks a layout rule. The messages are the ones
 * the processor reports for content files, without the file position. A module of the application's
 * own whose constructor refuses a content file's values throws one naming the file's position
 * ({@link #in}).
 */
public final class LayoutException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient List<String> problems;

  /**
   * An exception listing {@code problems}, each one line that says what to change.
   *
   * @param problems the problems
   */
  public LayoutException(List<String> problems) {
    super(String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  /**
   * Every problem found, in the order found.
   *
   * @return every problem found, in the order found
   */
  public List<String> problems() {
    return problems;
  }

  private LayoutException(String problem, RuntimeException cause) {
    super(problem, cause);
    this.problems = List.of(problem);
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
    return new LayoutException(where + ": [" + Code.MODULE_007.id() + "] " + module + " refused its values: "
        + cause.getMessage(), cause);
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
    return new LayoutException(where + ": [" + Code.MODULE_007.id() + "] " + module + " refused its values from the model"
        + " (" + placeholders + "): " + cause.getMessage(), cause);
  }

  static void throwIfAny(List<String> problems) {
    if (!problems.isEmpty()) {
      throw new LayoutException(problems);
    }
  }
}
