package dev.quire.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.util.ListStatistics;

/**
 * Runs {@link DynamicBenchmark} and {@link DynamicCeilingBenchmark} with the suite's iterations
 * ({@link Suite#options}) in 5 rounds: each round runs one fork of every implementation, at the page's
 * 20 lines and at 200 (for the cost of a line), in turn, so that a slow spell of the machine (a shared
 * VM has them, for tens of seconds) falls on the forks of one round, not on one implementation's.
 * Prints each implementation's score with its slowest and fastest fork, its ratio to Quire and to the
 * ceiling, its allocation per render and its cost per line, and the targets of issue 27 from each
 * round's forks, and rewrites the dynamic section of the benchmarks README. Then runs
 * {@link DynamicPairBenchmark} (Quire and a peer at the same time, 5 forks for each peer) for Quire ÷
 * the peer in each fork, which a slow spell of the machine does not move. {@code --quick}: one round of
 * 3 + 3 iterations (and one fork of each pair), not written to the README.
 */
public final class DynamicSuite {
  private DynamicSuite() {}

  /** The basket's lines in the page's run, and in the run that gives the cost of a line. */
  static final int PAGE = 20;
  static final int LONG = 200;

  /** The values in a line of the basket ({@code url}, {@code name}, {@code quantity}, {@code price}). */
  static final int VALUES_PER_LINE = 4;

  /** The implementations, in the order of a round; the ceiling is {@link DynamicCeilingBenchmark}. */
  static final List<String> IMPLEMENTATIONS = List.of("quire", "jte", "jstachio", "hand", "ceiling");

  public static void main(String[] args) throws Exception {
    boolean quick = List.of(args).contains("--quick");
    int rounds = quick ? 1 : 5;
    List<RunResult> results = new ArrayList<>();
    for (int round = 0; round < rounds; round++) {
      List<String> order = new ArrayList<>(IMPLEMENTATIONS);
      if (round % 2 == 1) {
        java.util.Collections.reverse(order); // no implementation always runs first, or always after the same one
      }
      for (int lines : List.of(PAGE, LONG)) {
        for (String impl : order) {
          Path json = Path.of("benchmarks/target/jmh-dynamic-" + impl + "-" + lines + "-" + (round + 1) + ".json");
          results.addAll(new Runner(options(impl, lines, quick, json)).run());
        }
      }
    }
    Path pairs = Path.of("benchmarks/target/jmh-dynamic-pairs.json");
    Collection<RunResult> paired = new Runner(new OptionsBuilder()
        .parent(Suite.options(DynamicPairBenchmark.class, quick, pairs))
        .param("lines", String.valueOf(PAGE))
        .build()).run();
    String report = report(results, quick) + paired(paired);
    System.out.println();
    System.out.println(report);
    System.out.println("JMH's JSON, one file per fork: benchmarks/target/jmh-dynamic-*.json");
    if (!quick) {
      Readme.replace(Path.of("benchmarks/README.md"), "dynamic", report);
    }
  }

  /** One fork of {@code impl} at {@code lines} lines, with the suite's iterations ({@link Suite#options}). */
  private static Options options(String impl, int lines, boolean quick, Path json) {
    boolean ceiling = impl.equals("ceiling");
    OptionsBuilder options = new OptionsBuilder();
    options.parent(Suite.options(ceiling ? DynamicCeilingBenchmark.class : DynamicBenchmark.class, quick, json))
        .forks(1)
        .param("lines", String.valueOf(lines));
    if (!ceiling) {
      options.param("impl", impl);
    }
    return options.build();
  }

  /** One implementation's figures at one size: the score, its error, each fork's score, the allocation. */
  record Score(double score, double error, List<Double> forks, double allocated) {
    double slowest() {
      return forks.stream().mapToDouble(Double::doubleValue).min().orElse(score);
    }

    double fastest() {
      return forks.stream().mapToDouble(Double::doubleValue).max().orElse(score);
    }

    /** Nanoseconds per render. */
    double nanos() {
      return 1e9 / score;
    }
  }

  static String report(Collection<RunResult> results, boolean quick) {
    // every iteration and fork of an implementation at a size, from every run (a run is one fork, or several)
    Map<String, Map<Integer, ListStatistics>> iterations = new LinkedHashMap<>();
    Map<String, Map<Integer, List<Double>>> forks = new LinkedHashMap<>();
    Map<String, Map<Integer, ListStatistics>> allocation = new LinkedHashMap<>();
    for (String impl : IMPLEMENTATIONS) {
      iterations.put(impl, new LinkedHashMap<>());
      forks.put(impl, new LinkedHashMap<>());
      allocation.put(impl, new LinkedHashMap<>());
    }
    for (RunResult result : results) {
      String impl = result.getParams().getBenchmark().contains("Ceiling") ? "ceiling" : result.getParams().getParam("impl");
      int lines = Integer.parseInt(result.getParams().getParam("lines"));
      for (BenchmarkResult fork : result.getBenchmarkResults()) {
        forks.computeIfAbsent(impl, name -> new LinkedHashMap<>()).computeIfAbsent(lines, size -> new ArrayList<>())
            .add(fork.getPrimaryResult().getScore());
        for (IterationResult iteration : fork.getIterationResults()) {
          iterations.computeIfAbsent(impl, name -> new LinkedHashMap<>()).computeIfAbsent(lines, size -> new ListStatistics())
              .addValue(iteration.getPrimaryResult().getScore());
        }
      }
      result.getSecondaryResults().forEach((name, value) -> {
        if (name.endsWith("gc.alloc.rate.norm")) {
          allocation.computeIfAbsent(impl, key -> new LinkedHashMap<>()).computeIfAbsent(lines, size -> new ListStatistics())
              .addValue(value.getScore());
        }
      });
    }
    Map<String, Map<Integer, Score>> scores = new LinkedHashMap<>();
    iterations.forEach((impl, sizes) -> {
      Map<Integer, Score> row = new LinkedHashMap<>();
      sizes.forEach((lines, statistics) -> {
        ListStatistics allocated = allocation.get(impl).get(lines);
        row.put(lines, new Score(statistics.getMean(), statistics.getN() > 2 ? statistics.getMeanErrorAt(0.999) : Double.NaN,
            forks.get(impl).get(lines), allocated == null ? Double.NaN : allocated.getMean()));
      });
      scores.put(impl, row);
    });
    Score quire = scores.get("quire").get(PAGE);
    Score ceiling = scores.get("ceiling").get(PAGE);
    StringBuilder out = new StringBuilder();
    out.append(Readme.environment()).append(quick ? " Quick run (1 fork): noisy." : "").append("\n\n");
    out.append("The page (").append(PAGE).append(" lines), `DynamicBenchmark` and `DynamicCeilingBenchmark`, one fork of each "
        + "implementation per round, ").append(quire == null ? 0 : quire.forks().size()).append(quire != null && quire.forks().size() == 1 ? " round" : " rounds")
        .append("; a fork's score is the "
        + "mean of its iterations, an implementation's the mean of its forks:\n\n");
    out.append("| implementation | ops/s | slowest fork | fastest fork | Quire ÷ this | this ÷ ceiling | B/op |\n"
        + "|---|---:|---:|---:|---:|---:|---:|\n");
    for (Map.Entry<String, Map<Integer, Score>> row : scores.entrySet()) {
      Score score = row.getValue().get(PAGE);
      out.append("| ").append(row.getKey());
      if (score == null) {
        out.append(" | – | – | – | – | – | – |\n");
        continue;
      }
      out.append(String.format(Locale.ROOT, " | %s | %,.0f | %,.0f | %s | %s | %s |%n", Double.isNaN(score.error())
          ? String.format(Locale.ROOT, "%,.0f", score.score())
          : String.format(Locale.ROOT, "%,.0f ± %,.0f", score.score(), score.error()), score.slowest(), score.fastest(),
          ratio(quire, score), ratio(score, ceiling),
          Double.isNaN(score.allocated()) ? "–" : String.format(Locale.ROOT, "%,.0f", score.allocated())));
    }
    out.append("\nThe cost of a line (an `each` element: ").append(VALUES_PER_LINE).append(" values and the static text "
        + "between them), from the page at ").append(PAGE).append(" and at ").append(LONG).append(" lines: (ns per render at ")
        .append(LONG).append(" − at ").append(PAGE).append(") ÷ ").append(LONG - PAGE).append(":\n\n");
    out.append("| implementation | ns per render, " + PAGE + " lines | ns per render, " + LONG + " lines | ns per line "
        + "| ns per value (line ÷ " + VALUES_PER_LINE + ") |\n|---|---:|---:|---:|---:|\n");
    for (Map.Entry<String, Map<Integer, Score>> row : scores.entrySet()) {
      Score page = row.getValue().get(PAGE);
      Score longer = row.getValue().get(LONG);
      if (page == null || longer == null) {
        continue;
      }
      double line = (longer.nanos() - page.nanos()) / (LONG - PAGE);
      out.append(String.format(Locale.ROOT, "| %s | %,.0f | %,.0f | %.1f | %.1f |%n", row.getKey(), page.nanos(),
          longer.nanos(), line, line / VALUES_PER_LINE));
    }
    Score jte = scores.get("jte").get(PAGE);
    Score jstachio = scores.get("jstachio").get(PAGE);
    Score peer = jte == null ? jstachio : jstachio == null ? jte : jte.score() >= jstachio.score() ? jte : jstachio;
    out.append("\nTargets (issue 27), from this run:\n\n");
    if (quire == null || peer == null) {
      out.append("- not measured: the run has no Quire or no peer\n");
      return out.toString();
    }
    String faster = peer == jte ? "jte" : "JStachio";
    List<Double> rounds = new ArrayList<>();
    for (int round = 0; round < quire.forks().size(); round++) {
      double best = Math.max(fork(jte, round), fork(jstachio, round));
      rounds.add(quire.forks().get(round) / best);
    }
    double worst = rounds.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    out.append(String.format(Locale.ROOT, "- Quire ÷ the faster of jte and JStachio ≥ 1.2 in every fork: %.2f at the scores "
        + "(%s the faster); in each round, Quire's fork ÷ the faster peer's fork of that round: %s; the lowest %.2f, %s%n",
        quire.score() / peer.score(), faster, rounds.stream().map(r -> String.format(Locale.ROOT, "%.2f", r)).toList(), worst,
        worst >= 1.2 ? "met" : "NOT met"));
    out.append(String.format(Locale.ROOT, "- Quire's forks: %,.0f to %,.0f ops/s, the slowest %.0f %% below the fastest%n",
        quire.slowest(), quire.fastest(), 100 * (1 - quire.slowest() / quire.fastest())));
    if (ceiling != null) {
      double fraction = quire.score() / ceiling.score();
      out.append(String.format(Locale.ROOT, "- Quire ÷ the ceiling ≥ 0.8: %.2f, %s (Quire's slowest fork ÷ the ceiling's "
          + "fastest %.2f)%n", fraction, fraction >= 0.8 ? "met" : "NOT met", quire.slowest() / ceiling.fastest()));
    }
    out.append(Double.isNaN(quire.allocated()) ? "- Quire's allocation: not measured\n" : String.format(Locale.ROOT,
        "- Quire allocates %,.0f B per render, the page object that page(model) makes included (the values here need none: "
            + "their text is in the model)%n", quire.allocated()));
    return out.toString();
  }

  /**
   * The paired run's section: for each peer, Quire's and the peer's scores in each fork (measured in the
   * same seconds, one thread each) and Quire ÷ the peer per fork, with issue 27's target.
   */
  static String paired(Collection<RunResult> results) {
    StringBuilder out = new StringBuilder("\nQuire and one peer at the same time (`DynamicPairBenchmark`: a JMH group of two "
        + "threads on the two cores, one rendering the page with Quire, the other with the peer, in the same seconds, "
        + "so that a slow spell of the machine slows both; ").append(PAGE).append(" lines; each fork a JVM of its own; "
        + "the scores are not those of a render alone on the machine, the table above gives those):\n\n"
        + "| peer | Quire, ops/s (each fork) | the peer, ops/s (each fork) | Quire ÷ the peer, each fork |\n"
        + "|---|---|---|---|\n");
    double lowest = Double.NaN;
    for (RunResult result : results) {
      String peer = result.getParams().getParam("peer");
      List<String> quire = new ArrayList<>();
      List<String> other = new ArrayList<>();
      List<String> ratios = new ArrayList<>();
      for (BenchmarkResult fork : result.getBenchmarkResults()) {
        double q = fork.getSecondaryResults().get("quire").getScore();
        double p = fork.getSecondaryResults().get("peer").getScore();
        quire.add(String.format(Locale.ROOT, "%,.0f", q));
        other.add(String.format(Locale.ROOT, "%,.0f", p));
        ratios.add(String.format(Locale.ROOT, "%.2f", q / p));
        lowest = Double.isNaN(lowest) ? q / p : Math.min(lowest, q / p);
      }
      out.append("| ").append(peer).append(" | ").append(String.join(", ", quire)).append(" | ")
          .append(String.join(", ", other)).append(" | ").append(String.join(", ", ratios)).append(" |\n");
    }
    out.append(String.format(Locale.ROOT, "%nTarget (issue 27), from the paired run: Quire ÷ each peer ≥ 1.2 in every "
        + "fork: the lowest %.2f, %s%n", lowest, lowest >= 1.2 ? "met" : "NOT met"));
    return out.toString();
  }

  /** The score of {@code score}'s fork of round {@code round}, or 0 when it has none. */
  private static double fork(Score score, int round) {
    return score == null || round >= score.forks().size() ? 0 : score.forks().get(round);
  }

  /** {@code a} ÷ {@code b}, to two places, or a dash when either is missing. */
  private static String ratio(Score a, Score b) {
    return a == null || b == null ? "–" : String.format(Locale.ROOT, "%.2f", a.score() / b.score());
  }
}
