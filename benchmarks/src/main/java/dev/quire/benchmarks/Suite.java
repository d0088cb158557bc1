package dev.quire.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link SeedBenchmark} with the settings that are stable on a 2-core machine (5 forks, 6 warmup
 * and 8 measured iterations of 1 s, 1 GiB heap, {@code -prof gc}), writes JMH's JSON, prints each
 * implementation's ratio to Quire and to the ceiling with the targets, and rewrites the results
 * section of the README. {@code --quick} runs 1 fork of 3 + 3 iterations, for trying things out (its
 * numbers are noisy and are not written to the README).
 */
public final class Suite {
  private Suite() {}

  public static void main(String[] args) throws Exception {
    boolean quick = List.of(args).contains("--quick");
    Path json = Path.of("benchmarks/target/jmh-result.json");
    Collection<RunResult> results = new Runner(options(SeedBenchmark.class, quick, json)).run();
    String report = report(results, quick);
    System.out.println();
    System.out.println(report);
    System.out.println("JMH's JSON: " + json);
    if (!quick) {
      Readme.replace(Path.of("benchmarks/README.md"), "render", report);
    }
  }

  /**
   * The settings every suite runs with: 5 forks of 6 warmup and 8 measured iterations of 1 s (or 1 fork
   * of 3 + 3 when {@code quick}), a 1 GiB heap, {@code -prof gc}, JMH's JSON written to {@code json}.
   */
  static Options options(Class<?> benchmark, boolean quick, Path json) {
    return new OptionsBuilder()
        .include(benchmark.getName())
        .forks(quick ? 1 : 5)
        .warmupIterations(quick ? 3 : 6)
        .measurementIterations(quick ? 3 : 8)
        .warmupTime(TimeValue.seconds(1))
        .measurementTime(TimeValue.seconds(1))
        .jvmArgsAppend("-Xms1g", "-Xmx1g")
        .addProfiler(GCProfiler.class)
        .resultFormat(ResultFormatType.JSON)
        .result(json.toString())
        .build();
  }

  /** One row per implementation: score, error and bytes per operation for each sink. */
  private record Row(String impl, Map<String, Result<?>> scores, Map<String, Double> bytesPerOp) {}

  static String report(Collection<RunResult> results, boolean quick) {
    Map<String, Row> rows = new LinkedHashMap<>();
    for (Implementation implementation : Implementations.all()) {
      rows.put(implementation.name(), new Row(implementation.name(), new LinkedHashMap<>(), new LinkedHashMap<>()));
    }
    for (RunResult result : results) {
      BenchmarkParams params = result.getParams();
      String sink = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
      Row row = rows.get(params.getParam("impl"));
      row.scores.put(sink, result.getPrimaryResult());
      result.getSecondaryResults().forEach((name, value) -> {
        if (name.endsWith("gc.alloc.rate.norm")) {
          row.bytesPerOp.put(sink, value.getScore());
        }
      });
    }
    StringBuilder out = new StringBuilder();
    out.append(Readme.environment()).append(quick ? " Quick run (1 fork): noisy." : "").append("\n\n");
    out.append("| implementation | bytes: ops/s | Quire ÷ this | this ÷ ceiling | B/op "
        + "| chars: ops/s | Quire ÷ this | this ÷ ceiling | B/op |\n");
    out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Row row : rows.values()) {
      out.append("| ").append(row.impl);
      for (String sink : List.of("bytes", "chars")) {
        Result<?> score = row.scores.get(sink);
        if (score == null) {
          out.append(" | – | – | – | –");
          continue;
        }
        out.append(String.format(Locale.ROOT, " | %,.0f ± %,.0f | %s | %s | %s", score.getScore(), score.getScoreError(),
            ratio(rows.get("quire").scores.get(sink), score), ratio(score, rows.get("ceiling").scores.get(sink)),
            row.bytesPerOp.containsKey(sink) ? String.format(Locale.ROOT, "%,.0f", row.bytesPerOp.get(sink)) : "–"));
      }
      out.append(" |\n");
    }
    out.append("\nTargets (issues 4 and 12), from this run:\n\n");
    for (String line : targets(rows)) {
      out.append("- ").append(line).append('\n');
    }
    return out.toString();
  }

  private static List<String> targets(Map<String, Row> rows) {
    List<String> lines = new ArrayList<>();
    lines.add(target("bytes: Quire ÷ jte ≥ 2", quotient(rows, "quire", "jte", "bytes"), 2));
    lines.add(target("bytes: Quire ÷ JStachio ≥ 2.5", quotient(rows, "quire", "jstachio", "bytes"), 2.5));
    lines.add(target("bytes: Quire ÷ ceiling ≥ 0.9 (issue 12; issue 4 asked 0.8)", quotient(rows, "quire", "ceiling", "bytes"),
        0.9));
    lines.add(target("chars: Quire ÷ JStachio ≥ 1", quotient(rows, "quire", "jstachio", "chars"), 1));
    Double allocated = rows.get("quire").bytesPerOp.get("bytes");
    lines.add(allocated == null ? "bytes: Quire allocates 0 B/op: not measured"
        : String.format(Locale.ROOT, "bytes: Quire allocates 0 B/op: %.3f B/op, %s", allocated,
            allocated < 0.5 ? "met" : "NOT met"));
    return lines;
  }

  private static double quotient(Map<String, Row> rows, String a, String b, String sink) {
    Result<?> x = rows.get(a).scores.get(sink);
    Result<?> y = rows.get(b).scores.get(sink);
    return x == null || y == null ? Double.NaN : x.getScore() / y.getScore();
  }

  private static String target(String name, double value, double goal) {
    return String.format(Locale.ROOT, "%s: %.2f, %s", name, value,
        Double.isNaN(value) ? "not measured" : value >= goal ? "met" : "NOT met");
  }

  private static String ratio(Result<?> a, Result<?> b) {
    return a == null || b == null ? "–" : String.format(Locale.ROOT, "%.2f", a.getScore() / b.getScore());
  }
}
