package dev.quire.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What the processor costs a build: generates N content pages (copies of the seed page, each with a
 * title of its own) and times a cold {@code javac} on them with the processor, against {@code javac}
 * with {@code -proc:none} on the same Java sources (the package that names the content folder).
 * Reports the fixed cost (one page, minus the baseline), the average cost per page up to 1,000 pages,
 * the marginal cost at 1,000 (the slope from 1,000 to 2,000 pages) and how the cost grows, as the
 * median of three runs each, and rewrites the processor section of the README. Also
 * reports the generated class of the seed page against the content file.
 *
 * <p>Arguments: the page counts (default 200 1000 2000); {@code --no-readme} to only print.
 */
public final class ProcessorCost {
  private static final int RUNS = 3;
  static final String PACKAGE = "com.example.site";

  private ProcessorCost() {}

  public static void main(String[] args) throws Exception {
    List<Integer> sizes = new ArrayList<>();
    boolean readme = true;
    for (String arg : args) {
      if (arg.equals("--no-readme")) {
        readme = false;
      } else {
        sizes.add(Integer.parseInt(arg));
      }
    }
    if (sizes.isEmpty()) {
      sizes.addAll(List.of(200, 1000, 2000));
    }
    String seed = seed();
    Path work = Files.createTempDirectory("quire-processor-cost");
    try {
      double baseline = median(work, 0, seed, false);
      Map<Integer, Double> withProcessor = new LinkedHashMap<>();
      withProcessor.put(1, median(work, 1, seed, true));
      for (int size : sizes) {
        withProcessor.put(size, median(work, size, seed, true));
      }
      String report = report(baseline, withProcessor, sizeOfSeedClass(work, seed), seed);
      System.out.println(report);
      if (readme) {
        Readme.replace(Path.of("benchmarks/README.md"), "processor", report);
      }
    } finally {
      delete(work);
    }
  }

  private static String report(double baseline, Map<Integer, Double> times, long[] seedClass, String seed) {
    double one = times.get(1);
    StringBuilder out = new StringBuilder(Readme.environment()).append(" Median of ").append(RUNS)
        .append(" cold javac runs.\n\n| pages | javac -proc:none | javac + Quire | processor's cost | per page |\n")
        .append("|---:|---:|---:|---:|---:|\n");
    times.forEach((pages, seconds) -> out.append(String.format(Locale.ROOT, "| %,d | %.2f s | %.2f s | %.2f s | %s |\n",
        pages, baseline, seconds, seconds - baseline,
        pages == 1 ? "–" : String.format(Locale.ROOT, "%.1f ms", (seconds - one) * 1000 / (pages - 1)))));
    out.append("\nTargets (issues 4 and 27), from this run:\n\n");
    double fixed = one - baseline;
    out.append(String.format(Locale.ROOT, "- fixed cost (one page) ≤ 0.5 s: %.2f s, %s\n", fixed, fixed <= 0.5 ? "met" : "NOT met"));
    if (times.containsKey(200) && times.containsKey(1000)) {
      double marginal = (times.get(1000) - times.get(200)) * 1000 / (1000 - 200);
      out.append(String.format(Locale.ROOT, "- marginal cost from 200 to 1,000 pages (issue 27's measure) ≤ 5 ms: %.1f ms, %s\n",
          marginal, marginal <= 5 ? "met" : "NOT met"));
    }
    if (times.containsKey(1000)) {
      out.append(String.format(Locale.ROOT, "- average cost per page from 1 to 1,000 pages (includes javac's JIT warming"
          + " up): %.1f ms\n", (times.get(1000) - one) * 1000 / 999));
    }
    if (times.containsKey(1000) && times.containsKey(2000)) {
      double marginal = (times.get(2000) - times.get(1000)) * 1000 / (2000 - 1000);
      out.append(String.format(Locale.ROOT, "- marginal cost at 1,000 pages (each page added between 1,000 and 2,000)"
          + " ≤ 5 ms: %.1f ms, %s\n", marginal, marginal <= 5 ? "met" : "NOT met"));
    }
    if (times.containsKey(1000) && times.containsKey(2000)) {
      double growth = (times.get(2000) - baseline) / (times.get(1000) - baseline);
      out.append(String.format(Locale.ROOT, "- 2,000 pages within 2.2× of 1,000: %.2f×, %s\n", growth,
          growth <= 2.2 ? "met" : "NOT met"));
    }
    int content = seed.getBytes(StandardCharsets.UTF_8).length;
    out.append(String.format(Locale.ROOT, "- seed page's generated class ≤ content file + 2 KB (%,d B): %,d B of Java, %s "
        + "(class file %,d B)\n", content + 2048, seedClass[0], seedClass[0] <= content + 2048 ? "met" : "NOT met",
        seedClass[1]));
    return out.toString();
  }

  /** Median seconds of {@link #RUNS} javac runs on {@code pages} pages. */
  private static double median(Path work, int pages, String seed, boolean processor) throws Exception {
    double[] seconds = new double[RUNS];
    for (int run = 0; run < RUNS; run++) {
      Path project = project(work.resolve("n" + pages + "-" + run), pages, seed);
      seconds[run] = javac(project, processor);
      delete(project);
    }
    Arrays.sort(seconds);
    System.out.printf(Locale.ROOT, "%5d pages, %s: %s s%n", pages, processor ? "with Quire" : "-proc:none",
        Arrays.toString(seconds));
    return seconds[RUNS / 2];
  }

  /** A source folder with the package naming the content folder, and {@code pages} content files. */
  static Path project(Path root, int pages, String seed) throws IOException {
    Path source = Files.createDirectories(root.resolve("src/" + PACKAGE.replace('.', '/')));
    Files.writeString(source.resolve("package-info.java"), "@dev.quire.dsl.Pages(\"pages\")\npackage " + PACKAGE + ";\n");
    Path content = Files.createDirectories(root.resolve("resources/pages"));
    for (int i = 1; i <= pages; i++) {
      String page = pages == 1 ? seed : seed.replaceFirst("---\n", "---\ntitle: Page " + i + "\n");
      Files.writeString(content.resolve("page-" + i + ".md"), page, StandardCharsets.UTF_8);
    }
    Files.createDirectories(root.resolve("classes"));
    Files.createDirectories(root.resolve("generated"));
    return root;
  }

  static double javac(Path project, boolean processor) throws Exception {
    String classPath = System.getProperty("java.class.path");
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "javac").toString(),
        "-d", project.resolve("classes").toString(), "-s", project.resolve("generated").toString(), "-cp", classPath,
        "-encoding", "UTF-8"));
    if (processor) {
      command.addAll(List.of("-processorpath", classPath, "-processor", "dev.quire.processor.PagesProcessor",
          "-Aquire.resources=" + project.resolve("resources"), "-Aquire.suppress=QUIRE-PAGE-002"));
    } else {
      command.add("-proc:none");
    }
    command.add(project.resolve("src/" + PACKAGE.replace('.', '/') + "/package-info.java").toString());
    long start = System.nanoTime();
    Process javac = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(javac.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (javac.waitFor() != 0) {
      throw new IllegalStateException("javac failed:\n" + output);
    }
    return (System.nanoTime() - start) / 1e9;
  }

  /** The Java source and class file sizes of the seed page's generated class. */
  private static long[] sizeOfSeedClass(Path work, String seed) throws Exception {
    Path project = project(work.resolve("seed"), 1, seed);
    javac(project, true);
    Path pkg = Path.of(PACKAGE.replace('.', '/'));
    return new long[] {Files.size(project.resolve("generated").resolve(pkg).resolve("Page1Page.java")),
        Files.size(project.resolve("classes").resolve(pkg).resolve("Page1Page.class"))};
  }

  /** The seed page as the examples module compiles it (its content file is in that module's jar). */
  static String seed() throws IOException {
    try (InputStream in = ProcessorCost.class.getResourceAsStream("/pages/ipso.md")) {
      if (in == null) {
        throw new IllegalStateException("pages/ipso.md is not on the class path (the examples module's jar)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static void delete(Path root) throws IOException {
    if (Files.exists(root)) {
      try (Stream<Path> paths = Files.walk(root)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
  }
}
