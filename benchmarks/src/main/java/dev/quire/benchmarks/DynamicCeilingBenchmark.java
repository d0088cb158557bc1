package dev.quire.benchmarks;

import dev.quire.benchmarks.dynamic.Basket;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The dynamic page's limit ({@link DynamicCeiling}): its static bytes copied and its values escaped,
 * into a buffer of its own, with {@link DynamicBenchmark}'s settings.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 5, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 6, time = 1)
@Measurement(iterations = 8, time = 1)
public class DynamicCeilingBenchmark {
  /** How many lines the basket has, as {@link DynamicBenchmark#lines}. */
  @Param({"20"})
  public int lines;

  private DynamicCeiling ceiling;

  @Setup
  public void setUp() {
    ceiling = new DynamicCeiling(Basket.sample(lines));
  }

  @Benchmark
  public int bytes() {
    return ceiling.render();
  }
}
