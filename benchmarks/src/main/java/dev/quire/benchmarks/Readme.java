package dev.quire.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The parts of benchmarks/README.md the benchmark programs write: each between
 * {@code <!-- name:begin -->} and {@code <!-- name:end -->}, replaced whole, so the published tables
 * are always the output of the last run and never typed by hand.
 */
final class Readme {
  private Readme() {}

  /**
   * Puts a report written by another program into a section: {@code Readme <section> <file>} (the
   * Spring Boot benchmark, which runs from a module of its own, writes its table to a file).
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: Readme <section> <report file>");
    }
    replace(Path.of("benchmarks/README.md"), args[0], Files.readString(Path.of(args[1]), StandardCharsets.UTF_8));
  }

  static void replace(Path readme, String section, String content) throws IOException {
    String begin = "<!-- " + section + ":begin -->\n";
    String end = "<!-- " + section + ":end -->";
    String text = Files.readString(readme, StandardCharsets.UTF_8);
    int from = text.indexOf(begin);
    int to = text.indexOf(end);
    if (from < 0 || to < from) {
      throw new IllegalStateException(readme + " has no section " + section);
    }
    Files.writeString(readme, text.substring(0, from + begin.length()) + content + text.substring(to),
        StandardCharsets.UTF_8);
    System.out.println("updated the " + section + " section of " + readme);
  }

  /** Machine, JDK and the versions measured, as one Markdown line. */
  static String environment() {
    Properties versions = new Properties();
    try (InputStream in = Readme.class.getResourceAsStream("/quire-benchmarks.properties")) {
      versions.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return String.format("%s, %d cores; JDK %s (%s); JMH %s, jte %s, JStachio %s, j2html %s, HtmlFlow %s.",
        cpu(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.version"),
        System.getProperty("java.vm.name"), versions.get("jmh"), versions.get("jte"), versions.get("jstachio"),
        versions.get("j2html"), versions.get("htmlflow"));
  }

  private static String cpu() {
    try {
      return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(line -> line.startsWith("model name"))
          .map(line -> line.substring(line.indexOf(':') + 1).trim()).findFirst().orElse(System.getProperty("os.arch"));
    } catch (IOException e) {
      return System.getProperty("os.arch");
    }
  }
}
