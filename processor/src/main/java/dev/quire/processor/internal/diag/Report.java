package dev.quire.processor.internal.diag;

import dev.quire.processor.internal.content.Position;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the problems of one content file; the processor prints them all at once. */
public final class Report {
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  public void error(Position position, String message) {
    diagnostics.add(new Diagnostic(Diagnostic.Kind.ERROR, position, message));
  }

  public void warning(Position position, String message) {
    diagnostics.add(new Diagnostic(Diagnostic.Kind.WARNING, position, message));
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(d -> d.kind() == Diagnostic.Kind.ERROR);
  }

  /** Everything reported, in file order (line, then column), stable for equal places. */
  public List<Diagnostic> diagnostics() {
    List<Diagnostic> sorted = new ArrayList<>(diagnostics);
    sorted.sort(Comparator.comparingInt((Diagnostic d) -> d.position().line()).thenComparingInt(d -> d.position().column()));
    return sorted;
  }
}
