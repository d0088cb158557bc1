package dev.quire.benchmarks;

import dev.quire.benchmarks.dynamic.Basket;
import dev.quire.runtime.ByteSink;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The dynamic page of {@link DynamicBenchmark}, Quire and one peer measured at the same time in the same
 * JVM: a JMH group of two threads, one rendering with Quire, the other with the peer, each into its own
 * {@link ByteSink}, on the machine's two cores. Each iteration's two scores come from the same second,
 * so a slow spell of the machine (a shared VM has them, for tens of seconds) slows both, and Quire ÷ the
 * peer in each fork says whether Quire's JIT settled fast in that fork, which rounds of forks one after
 * the other cannot tell apart from the machine. The scores are not those of a render alone on the
 * machine (the two threads share the caches and the memory bus, and the peer's garbage is collected
 * for both): {@link DynamicBenchmark} gives those.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 5, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 6, time = 1)
@Measurement(iterations = 8, time = 1)
public class DynamicPairBenchmark {
  /** What both threads render: the peer's name and the basket's lines. */
  @State(Scope.Benchmark)
  public static class Pair {
    @Param({"jstachio", "jte"})
    public String peer;

    @Param({"20"})
    public int lines;
  }

  /**
   * A thread's implementation and the sink it renders into. Its {@code render} is one call site for both
   * threads' implementations (two types, which C2 dispatches with a type check per render, not per value).
   */
  abstract static class Renderer {
    final ByteSink sink = new ByteSink(32_768);
    Implementation implementation;

    int render() throws Exception {
      sink.reset();
      implementation.bytes(sink);
      return sink.size();
    }
  }

  /** The thread that renders with Quire. */
  @State(Scope.Thread)
  public static class QuireThread extends Renderer {
    @Setup
    public void setUp(Pair pair) {
      implementation = named("quire", pair.lines);
    }
  }

  /** The thread that renders with the peer. */
  @State(Scope.Thread)
  public static class PeerThread extends Renderer {
    @Setup
    public void setUp(Pair pair) {
      implementation = named(pair.peer, pair.lines);
    }
  }

  static Implementation named(String name, int lines) {
    return Implementations.dynamic(Basket.sample(lines)).stream().filter(i -> i.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no dynamic implementation " + name));
  }

  @Benchmark
  @Group("pair")
  @GroupThreads(1)
  public int quire(QuireThread thread) throws Exception {
    return thread.render();
  }

  @Benchmark
  @Group("pair")
  @GroupThreads(1)
  public int peer(PeerThread thread) throws Exception {
    return thread.render();
  }
}
