package dev.quire.benchmarks;

import dev.quire.examples.IpsoPage;
import dev.quire.runtime.ByteSink;
import dev.quire.runtime.HtmlRenderer;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import io.jstach.jstachio.output.ByteBufferEncodedOutput;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How long the first render of the seed page takes in a fresh JVM, for Quire and beside it jte and
 * JStachio: times {@code java FirstRender quire} (load the page class, render the document into a
 * byte sink), {@code java FirstRender jte} and {@code java FirstRender jstachio} (the benchmarks'
 * templates of the same page, {@code seedInline.jte} precompiled with binary static content into
 * jte's {@code Utf8ByteOutput}, and {@code seedInline.mustache} through JStachio's byte output),
 * against {@code java FirstRender empty} (a main that does nothing), same class path and flags, in
 * turn, 15 runs each after 3 unmeasured runs of each. The peers get the page's title and stylesheet as
 * arguments, so that none of Quire's classes loads in their JVM; every one writes the same bytes (the
 * sizes are checked). Reports the medians and rewrites the startup section of the README
 * ({@code --no-readme} to only print).
 */
public final class FirstRender {
  private static final int RUNS = 15;
  private static final int WARMUP = 3;
  private static final List<String> MODES = List.of("empty", "quire", "jte", "jstachio");

  private FirstRender() {}

  public static void main(String[] args) throws Exception {
    String mode = args.length > 0 ? args[0] : "";
    switch (mode) {
      case "empty" -> System.out.println(0);
      case "quire" -> System.out.println(QuireMain.render());
      case "jte" -> System.out.println(JteMain.render(new Frame(args[1], args[2], args[3])));
      case "jstachio" -> System.out.println(JStachioMain.render(new Frame(args[1], args[2], args[3])));
      default -> measure(List.of(args).contains("--no-readme"));
    }
  }

  // Each engine's render in a class of its own, so that a JVM loads (and verifies) the classes of its engine alone.

  /** Quire's seed page, rendered into a byte sink: how many bytes. */
  private static final class QuireMain {
    static int render() {
      ByteSink sink = new ByteSink();
      HtmlRenderer.builder().moduleCss(false).build().renderDocument(IpsoPage.page(), sink);
      return sink.size();
    }
  }

  /** jte's template of the seed page, precompiled with binary static content, into its byte output. */
  private static final class JteMain {
    static int render(Frame frame) {
      TemplateEngine engine = TemplateEngine.createPrecompiled(null, ContentType.Html, FirstRender.class.getClassLoader(),
          "dev.quire.benchmarks.jte.binary");
      Utf8ByteOutput output = new Utf8ByteOutput();
      engine.render("seedInline.jte", frame, output);
      return output.getContentLength();
    }
  }

  /** JStachio's template of the seed page, through its byte output. */
  private static final class JStachioMain {
    static int render(Frame frame) {
      ByteBufferEncodedOutput output = ByteBufferEncodedOutput.ofByteArray(StandardCharsets.UTF_8);
      FrameRenderer.of().write(frame, output);
      return output.asByteBuffer().remaining();
    }
  }

  private static void measure(boolean printOnly) throws Exception {
    Frame frame = Frame.of(Seed.MODEL);
    Map<String, List<Double>> times = new LinkedHashMap<>();
    Map<String, String> sizes = new LinkedHashMap<>();
    for (String mode : MODES) {
      times.put(mode, new ArrayList<>());
    }
    for (int run = 0; run < WARMUP + RUNS; run++) {
      for (String mode : MODES) {
        long start = System.nanoTime();
        String size = run(mode, frame);
        double millis = (System.nanoTime() - start) / 1e6;
        sizes.put(mode, size);
        if (run >= WARMUP) {
          times.get(mode).add(millis);
        }
      }
    }
    for (String mode : List.of("jte", "jstachio")) {
      if (!sizes.get(mode).equals(sizes.get("quire"))) {
        throw new IllegalStateException(mode + " wrote " + sizes.get(mode) + " bytes, Quire " + sizes.get("quire"));
      }
    }
    double empty = median(times.get("empty"));
    double quire = median(times.get("quire"));
    StringBuilder report = new StringBuilder();
    report.append(Readme.environment()).append(String.format(Locale.ROOT, " Median of %d fresh JVMs each (`java -cp "
        + "benchmarks.jar`, default flags), the four mains in turn; each render writes the same %s bytes.%n%n", RUNS,
        sizes.get("quire")));
    report.append("| main | wall time | above the empty main | Quire's time above the empty main ÷ this one's |\n|---|---:|---:|---:|\n");
    report.append(String.format(Locale.ROOT, "| empty | %.0f ms | – | – |%n", empty));
    for (String mode : List.of("quire", "jte", "jstachio")) {
      double millis = median(times.get(mode));
      report.append(String.format(Locale.ROOT, "| first render of the seed page, %s | %.0f ms | %+.0f ms | %.2f |%n",
          mode.equals("quire") ? "Quire" : mode.equals("jte") ? "jte" : "JStachio", millis, millis - empty,
          (quire - empty) / (millis - empty)));
    }
    report.append(String.format(Locale.ROOT, "%nTarget (issue 4): first render within 60 ms of an empty main: %+.0f ms, %s%n",
        quire - empty, quire - empty <= 60 ? "met" : "NOT met"));
    System.out.println(report);
    if (!printOnly) {
      Readme.replace(Path.of("benchmarks/README.md"), "startup", report.toString());
    }
  }

  /** Runs {@code java FirstRender mode} and returns what it printed: the bytes it rendered. */
  private static String run(String mode, Frame frame) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path"), FirstRender.class.getName(), mode));
    if (mode.equals("jte") || mode.equals("jstachio")) {
      command.addAll(List.of(frame.lang(), frame.title(), frame.stylesheet()));
    }
    Process java = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    if (java.waitFor() != 0 || output.isEmpty()) {
      throw new IllegalStateException(mode + " failed: " + output);
    }
    return output;
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }
}
