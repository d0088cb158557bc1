package dev.quire.benchmarks;

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
 * The seed document rendered by each implementation ({@code impl}, see {@link Implementations}),
 * single-threaded. {@code bytes}: into a reused {@link ByteSink}, reset each operation (the table
 * that matters for serving pages); {@code chars}: into a reused {@code StringBuilder}. Each method
 * returns the output's length so nothing is optimized away. JMH runs every value of {@code impl} in
 * forks of its own, so each call site sees one implementation. The defaults are the stable settings
 * for a 2-core machine (performance.md, section 6.3).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 5, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 6, time = 1)
@Measurement(iterations = 8, time = 1)
public class SeedBenchmark {
  @Param({"quire", "jte", "jstachio", "htmlflow", "j2html", "jte_model", "jstachio_model", "htmlflow_model", "ceiling"})
  public String impl;

  private final ByteSink sink = new ByteSink(16_384);
  private final StringBuilder text = new StringBuilder(16_384);
  private Implementation implementation;

  @Setup
  public void setUp() {
    implementation = Implementations.named(impl);
  }

  @Benchmark
  public int bytes() throws Exception {
    sink.reset();
    implementation.bytes(sink);
    return sink.size();
  }

  @Benchmark
  public int chars() throws Exception {
    text.setLength(0);
    implementation.chars(text);
    return text.length();
  }
}
