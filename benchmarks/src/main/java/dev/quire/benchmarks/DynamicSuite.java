package dev.quire.benchmarks;

import dev.quire.benchmarks.dynamic.Basket;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;

/**
 * Runs {@link DynamicBenchmark} with the suite's settings ({@link Suite#options}), prints each implementation's ratio to Quire and
 * the allocation per render with the targets of issue 13, and rewrites the dynamic section of the
 * benchmarks README. {@code --quick}: 1 fork of 3 + 3 iterations, not written to the README.
 */
public final class DynamicSuite {
  private DynamicSuite() {}

  public static void main(String[] args) throws Exception {
    boolean quick = List.of(args).contains("--quick");
    Path json = Path.of("benchmarks/target/jmh-dynamic.json");
    String report = report(new Runner(Suite.options(DynamicBenchmark.class, quick, json)).run(), quick);
    System.out.println();
    System.out.println(report);
    System.out.println("JMH's JSON: " + json);
    if (!quick) {
      Readme.replace(Path.of("benchmarks/README.md"), "dynamic", report);
    }
  }

  static String report(Collection<RunResult> results, boolean quick) {
    Map<String, Result<?>> scores = new LinkedHashMap<>();
    Map<String, Double> allocated = new LinkedHashMap<>();
    for (Implementation implementation : Implementations.dynamic(Basket.sample())) {
      if (!(implementation instanceof DynamicCeiling)) { // measured by DynamicCeilingBenchmark, not in this table yet
        scores.put(implementation.name(), null);
      }
    }
    for (RunResult result : results) {
      String impl = result.getParams().getParam("impl");
      scores.put(impl, result.getPrimaryResult());
      result.getSecondaryResults().forEach((name, value) -> {
        if (name.endsWith("gc.alloc.rate.norm")) {
          allocated.put(impl, value.getScore());
        }
      });
    }
    Result<?> quire = scores.get("quire");
    StringBuilder out = new StringBuilder();
    out.append(Readme.environment()).append(quick ? " Quick run (1 fork): noisy." : "").append("\n\n");
    out.append("| implementation | bytes: ops/s | Quire ÷ this | B/op |\n|---|---:|---:|---:|\n");
    for (Map.Entry<String, Result<?>> row : scores.entrySet()) {
      Result<?> score = row.getValue();
      out.append("| ").append(row.getKey()).append(score == null ? " | – | – | –" : String.format(Locale.ROOT,
          " | %,.0f ± %,.0f | %s | %s", score.getScore(), score.getScoreError(),
          quire == null ? "–" : String.format(Locale.ROOT, "%.2f", quire.getScore() / score.getScore()),
          allocated.containsKey(row.getKey()) ? String.format(Locale.ROOT, "%,.0f", allocated.get(row.getKey())) : "–"))
          .append(" |\n");
    }
    double best = Math.max(score(scores.get("jte")), score(scores.get("jstachio")));
    double ratio = score(quire) / best;
    out.append("\nTargets (issue 13), from this run:\n\n");
    out.append(String.format(Locale.ROOT, "- bytes: Quire ÷ the faster of jte and JStachio ≥ 1.1: %.2f, %s%n", ratio,
        Double.isNaN(ratio) ? "not measured" : ratio >= 1.1 ? "met" : "NOT met"));
    out.append(allocated.containsKey("quire") ? String.format(Locale.ROOT, "- bytes: Quire allocates %,.0f B per operation, "
        + "the page object that page(model) makes included (the values here need none: their text is in the model)%n",
        allocated.get("quire")) : "- bytes: Quire's allocation: not measured\n");
    return out.toString();
  }

  private static double score(Result<?> result) {
    return result == null ? Double.NaN : result.getScore();
  }
}
