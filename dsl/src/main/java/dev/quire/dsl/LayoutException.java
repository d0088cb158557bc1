package dev.quire.dsl;

import java.util.List;

/**
 * Thrown by {@code build()} when a hand-written page breaks a layout rule. The messages are the ones
 * the processor reports for content files, without the file position.
 */
public final class LayoutException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient List<String> problems;

  /**
   * A copy with the layout exception set.
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

  static void throwIfAny(List<String> problems) {
    if (!problems.isEmpty()) {
      throw new LayoutException(problems);
    }
  }
}
