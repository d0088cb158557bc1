package dev.quire.processor.internal.diag;

import dev.quire.dsl.Code;
import dev.quire.processor.internal.content.Position;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Collects the problems of one content file; the processor prints them all at once. Warnings whose
 * code is silenced (for the build, or by the file's own {@code suppress:}) are left out; errors never are.
 */
public final class Report {
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final Set<Code> silenced = EnumSet.noneOf(Code.class);

  public Report() {}

  /** A report that leaves out warnings with the given codes. */
  public Report(Set<Code> silenced) {
    this.silenced.addAll(silenced);
  }

  /** Records a problem; its code says whether it is an error or a warning. */
  public void add(Code code, Position position, String message) {
    diagnostics.add(new Diagnostic(code, position, message));
  }

  /** Leaves out warnings with {@code code} from now on, including those already recorded. */
  public void silence(Code code) {
    if (!code.isError()) {
      silenced.add(code);
    }
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  /** Everything reported and not silenced, in file order (line, then column), stable for equal places. */
  public List<Diagnostic> diagnostics() {
    List<Diagnostic> sorted = new ArrayList<>();
    for (Diagnostic diagnostic : diagnostics) {
      if (diagnostic.isError() || !silenced.contains(diagnostic.code())) {
        sorted.add(diagnostic);
      }
    }
    sorted.sort(Comparator.comparingInt((Diagnostic d) -> d.position().line()).thenComparingInt(d -> d.position().column()));
    return sorted;
  }
}
