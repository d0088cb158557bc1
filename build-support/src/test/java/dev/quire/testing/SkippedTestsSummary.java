package dev.quire.testing;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Says, at the end of a module's tests, which tests did not run here and why, in words that tell how to
 * run them: a test skipped because the machine lacks something (the original site's pages, Chromium)
 * is otherwise one count in Surefire's summary that nobody reads. Registered for the modules that have
 * such tests (their poms add this folder as a test source).
 */
public final class SkippedTestsSummary implements TestExecutionListener {
  /** Reason → the test classes it kept from running, with how many tests each. */
  private final Map<String, Map<String, Integer>> skipped = new TreeMap<>();

  @Override
  public void executionSkipped(TestIdentifier test, String reason) {
    add(test, reason);
  }

  @Override
  public void executionFinished(TestIdentifier test, TestExecutionResult result) {
    if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
      add(test, result.getThrowable().map(Throwable::getMessage).orElse("aborted"));
    }
  }

  private synchronized void add(TestIdentifier test, String reason) {
    String owner = test.getSource().flatMap(source -> source instanceof MethodSource method
            ? Optional.of(method.getClassName()) : source instanceof ClassSource type ? Optional.of(type.getClassName())
            : Optional.empty())
        .map(name -> name.substring(name.lastIndexOf('.') + 1)).orElse(test.getDisplayName());
    String why = reason == null ? "no reason given" : reason.replaceFirst("^Assumption failed: ", "");
    skipped.computeIfAbsent(why, key -> new TreeMap<>()).merge(owner, 1, Integer::sum);
  }

  @Override
  public synchronized void testPlanExecutionFinished(TestPlan plan) {
    if (skipped.isEmpty()) {
      return;
    }
    StringBuilder out = new StringBuilder("\nTests that did not run here, and how to run them:\n");
    skipped.forEach((reason, owners) -> {
      out.append("  ");
      owners.forEach((owner, count) -> out.append(owner).append(count > 1 ? " (" + count + ")" : "").append(", "));
      out.setLength(out.length() - 2);
      out.append(": ").append(reason).append('\n');
    });
    System.out.print(out);
    System.out.flush();
  }
}
