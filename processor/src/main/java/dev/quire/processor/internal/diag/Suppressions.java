package dev.quire.processor.internal.diag;

import dev.quire.dsl.Code;
import dev.quire.dsl.internal.Message;
import dev.quire.dsl.internal.Problem;
import dev.quire.dsl.internal.Suggestions;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Which codes may be silenced: one rule for the front matter's {@code suppress:} and the build option. */
public final class Suppressions {
  private static final List<String> CODE_IDS = Arrays.stream(Code.values()).map(Code::id).toList();

  private Suppressions() {}

  /**
   * The warning code {@code id} names, or empty after reporting why it cannot be silenced: it is
   * not a code (with "did you mean"), or it is an error. {@code where} starts the message
   * ({@code suppress} in front matter, {@code quire.suppress} for the option).
   */
  public static Optional<Code> silenceable(String where, String id, Consumer<Problem> problems) {
    Optional<Code> code = Code.parse(id);
    if (code.isEmpty()) {
      problems.accept(Message.SUPPRESS_UNKNOWN.with(where, id.strip(), Suggestions.didYouMean(id.strip(), CODE_IDS)));
      return Optional.empty();
    }
    if (code.get().isError()) {
      problems.accept(Message.SUPPRESS_ERROR.with(where, code.get().id()));
      return Optional.empty();
    }
    return code;
  }
}
