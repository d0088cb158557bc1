package dev.quire.processor.internal.diag;

import dev.quire.dsl.Code;
import dev.quire.processor.internal.source.Position;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects the problems of one content file; the processor prints them all at once. Warnings whose
 * code is silenced (for the build, or by the file's own {@code suppress:}) are left out; errors never are.
 */
public final class Report {
  /** Messages shown per code and file. */
  public static final int MAX_PER_CODE = 20;

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

  /** Records a problem of the message catalogue ({@code dev.quire.dsl.internal.Message}) at {@code position}. */
  public void add(Position position, dev.quire.dsl.internal.Problem problem) {
    add(Code.parse(problem.code()).orElseThrow(() -> new IllegalArgumentException("no code " + problem.code())), position,
        problem.message());
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

  /** How many errors were reported. */
  public int errorCount() {
    return (int) diagnostics.stream().filter(Diagnostic::isError).count();
  }

  /**
   * Everything reported and not silenced, in file order (line, then column), stable for equal places.
   * A code is shown at most {@value #MAX_PER_CODE} times per file; the next place it occurs carries a
   * count of the rest instead (a pasted block of a thousand bad tags gives 21 messages, not 2,000).
   */
  public List<Diagnostic> diagnostics() {
    List<Diagnostic> sorted = new ArrayList<>();
    for (Diagnostic diagnostic : diagnostics) {
      if (diagnostic.isError() || !silenced.contains(diagnostic.code())) {
        sorted.add(diagnostic);
      }
    }
    sorted.sort(Comparator.comparingInt((Diagnostic d) -> d.position().line()).thenComparingInt(d -> d.position().column()));
    Map<Code, Integer> total = new EnumMap<>(Code.class);
    sorted.forEach(d -> total.merge(d.code(), 1, Integer::sum));
    Map<Code, Integer> shown = new EnumMap<>(Code.class);
    List<Diagnostic> kept = new ArrayList<>();
    for (Diagnostic diagnostic : sorted) {
      int index = shown.merge(diagnostic.code(), 1, Integer::sum);
      if (index <= MAX_PER_CODE) {
        kept.add(diagnostic);
      } else if (index == MAX_PER_CODE + 1) {
        int rest = total.get(diagnostic.code()) - MAX_PER_CODE;
        kept.add(new Diagnostic(diagnostic.code(), diagnostic.position(), rest + " more like this in this file, from here on "
            + "(the first " + MAX_PER_CODE + " are shown): " + diagnostic.message()));
      }
    }
    return kept;
  }
}
