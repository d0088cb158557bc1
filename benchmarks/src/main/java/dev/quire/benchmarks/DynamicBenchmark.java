package dev.quire.benchmarks;

import dev.quire.benchmarks.dynamic.Basket;
import dev.quire.runtime.ByteSink;
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
 * The dynamic page ({@code pages/basket.md}: the seed page with the customer's name, offers through
 * {@code each:} and a 20-line basket through a section) rendered by each implementation into a reused
 * {@link ByteSink}, single-threaded: Quire's bound page (a new {@code Page} per render, as a
 * controller makes one), the same page as jte and JStachio templates ({@link DynamicTemplates}) and
 * written by hand ({@link HandImplementation}). Every one writes the same bytes ({@code SameOutputTest}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 5, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 6, time = 1)
@Measurement(iterations = 8, time = 1)
public class DynamicBenchmark {
  @Param({"quire", "jte", "jstachio", "hand"})
  public String impl;

  /** How many lines the basket has: 20, the page's; the suite adds 200, for the cost of a line. */
  @Param({"20"})
  public int lines;

  private final ByteSink sink = new ByteSink(32_768);
  private Implementation implementation;

  @Setup
  public void setUp() {
    implementation = Implementations.dynamic(Basket.sample(lines)).stream().filter(i -> i.name().equals(impl)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no dynamic implementation " + impl));
  }

  @Benchmark
  public int bytes() throws Exception {
    sink.reset();
    implementation.bytes(sink);
    return sink.size();
  }
}
