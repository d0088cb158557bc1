package dev.quire.benchmarks;

import dev.quire.examples.IpsoPage;
import dev.quire.runtime.ByteSink;
import dev.quire.runtime.HtmlRenderer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How long the first render of the seed page takes in a fresh JVM: times {@code java FirstRender
 * render} (load the page class, render the document into a byte sink) against {@code java
 * FirstRender empty} (a main that does nothing), same class path and flags, alternating, 15 runs
 * each after 3 unmeasured runs of each; reports the medians and rewrites the startup section of the
 * README ({@code --no-readme} to only print).
 */
public final class FirstRender {
  private static final int RUNS = 15;
  private static final int WARMUP = 3;

  private FirstRender() {}

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("render")) {
      ByteSink sink = new ByteSink();
      HtmlRenderer.create().renderDocument(IpsoPage.page(), sink);
      System.out.println(sink.size());
      return;
    }
    if (args.length > 0 && args[0].equals("empty")) {
      System.out.println(0);
      return;
    }
    List<Double> empty = new ArrayList<>();
    List<Double> render = new ArrayList<>();
    for (int run = 0; run < WARMUP + RUNS; run++) {
      double e = time("empty");
      double r = time("render");
      if (run >= WARMUP) {
        empty.add(e);
        render.add(r);
      }
    }
    double emptyMs = median(empty);
    double renderMs = median(render);
    String report = String.format(Locale.ROOT, "%s Median of %d fresh JVMs each (`java -cp benchmarks.jar`, default flags).%n%n"
        + "| main | wall time |%n|---|---:|%n| empty | %.0f ms |%n| first render of the seed page | %.0f ms |%n%n"
        + "Target (issue 4): first render within 60 ms of an empty main: %+.0f ms, %s%n",
        Readme.environment(), RUNS, emptyMs, renderMs, renderMs - emptyMs, renderMs - emptyMs <= 60 ? "met" : "NOT met");
    System.out.println(report);
    if (!List.of(args).contains("--no-readme")) {
      Readme.replace(Path.of("benchmarks/README.md"), "startup", report);
    }
  }

  private static double time(String mode) throws Exception {
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path"), FirstRender.class.getName(), mode);
    long start = System.nanoTime();
    Process java = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    if (java.waitFor() != 0 || output.isEmpty()) {
      throw new IllegalStateException(mode + " failed: " + output);
    }
    return (System.nanoTime() - start) / 1e6;
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }
}
