package dev.quire.processor;

import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded mutation fuzzing through javac: mutates the seed pages with the tokens that break YAML,
 * Markdown and HTML, compiles each mutant with the processor and checks the {@link ContentOracle}.
 * {@code -Dquire.fuzz.count=N} (default 2,000) mutants per run, {@code -Dquire.fuzz.seed=S} to replay a
 * run (the seed is printed). Every failing input is saved under {@code target/fuzz-failures/} (the
 * input being compiled is always in {@code current.md} there, in case the JVM itself dies); copy it to
 * {@code src/test/resources/fuzz/regressions/} and it is checked in every build from then on.
 */
class MutationFuzzTest {
  private static final Path SEEDS = Path.of("src/test/resources/fuzz/seeds");
  private static final Path REGRESSIONS = Path.of("src/test/resources/fuzz/regressions");
  private static final Path FAILURES = Path.of("target/fuzz-failures");
  private static final String[] TOKENS = {
      "\t", ":", ": ", "- ", "-", "&a ", "*a", "!!", "!!str ", "[", "]", "{", "}", "\"", "'", "---\n", "---", "...\n",
      "<script>alert(1)</script>", "](javascript:x)", "[x](javascript:alert(1))", "\r\n", "\r", "\uFEFF", "._", "\0", "%",
      "%YAML 1.1\n", "#", " # ", "> ", ">", "|", "|\n", "`", "```", "~~~\n", "<img src=x onerror=alert(1)>", "<b>", "</div>",
      "<!--", "&#x6A;", "&colon;", "\u2028", "\u202e", "\u0085", "\\", "\\u0022", "*/", "\n", "\n\n", "    ", "  ",
      "RowMultiColumns", "RowSeparator", "RowTextImage", "RowImage", "name: ", "widths: [6, 7]", "widths: [12]",
      "size: XXL", "cols: 99", "cols: 0777", "image: /images/x.png", "image: javascript:x", "title: ", "text: ",
      "modules:\n  - name: RowText\n", "yes", "null", "~", "1e9999", "99999999999", "é", "🎉", "*", "_", "**", "![", "[^1]"};

  @TempDir Path dir;

  /** The first javac run in a JVM loads javac, flexmark and jsoup; the 2 s budget is per input, not for that. */
  @BeforeAll
  static void warmUp(@TempDir Path warm) throws IOException {
    Javac.compile(warm, Map.of("pages/p.md", Files.readAllBytes(SEEDS.resolve("09-links.md"))));
  }

  @Test
  void mutantsNeverCrashHideOrHang() throws IOException {
    long seed = Long.getLong("quire.fuzz.seed", System.nanoTime());
    int count = Integer.getInteger("quire.fuzz.count", 2000);
    System.out.println("MutationFuzzTest: seed " + seed + ", " + count + " mutants (replay with -Dquire.fuzz.seed=" + seed + ")");
    List<byte[]> seeds = seeds();
    Random random = new Random(seed);
    List<String> failures = new ArrayList<>();
    int errors = 0;
    long slowest = 0;
    for (int i = 0; i < count; i++) {
      byte[] mutant = mutate(seeds.get(random.nextInt(seeds.size())), seeds.get(random.nextInt(seeds.size())), random);
      // Written before javac runs: if the JVM itself dies, the input that killed it is on disk.
      Files.write(Files.createDirectories(FAILURES).resolve("current.md"), mutant);
      Javac.Result result = Javac.compile(dir.resolve("m" + i), Map.of("pages/p.md", mutant));
      Optional<String> violation = ContentOracle.violation(mutant, result);
      if (result.status() == 1) {
        errors++;
      }
      slowest = Math.max(slowest, result.millis());
      if (violation.isPresent()) {
        Path saved = save(seed, i, mutant);
        failures.add("mutant " + i + " (" + saved + "): " + violation.get());
      }
      delete(dir.resolve("m" + i));
    }
    System.out.println("MutationFuzzTest: " + count + " mutants, " + errors + " rejected with positioned errors, "
        + failures.size() + " failures; slowest javac run " + slowest + " ms");
    assertWithMessage("seed %s; failing inputs saved in %s", seed, FAILURES.toAbsolutePath())
        .that(failures).isEmpty();
  }

  static Stream<Path> regressions() throws IOException {
    try (Stream<Path> files = Files.list(REGRESSIONS)) {
      return files.sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("regressions")
  void regressionFilesKeepThePromise(Path file) throws IOException {
    byte[] content = Files.readAllBytes(file);
    Javac.Result result = Javac.compile(dir, Map.of("pages/p.md", content));
    assertWithMessage(result.output()).that(ContentOracle.violation(content, result)).isEmpty();
  }

  private static List<byte[]> seeds() throws IOException {
    List<byte[]> seeds = new ArrayList<>();
    try (Stream<Path> files = Files.list(SEEDS)) {
      for (Path file : files.sorted().toList()) {
        seeds.add(Files.readAllBytes(file));
      }
    }
    seeds.add(Fixture.seed().getBytes(StandardCharsets.UTF_8));
    return seeds;
  }

  /**
   * One to four edits: insert a token (sometimes many times), delete, duplicate, swap lines, splice in
   * a piece of another seed, insert a random character, truncate; now and then a random byte.
   */
  static byte[] mutate(byte[] seed, byte[] other, Random random) {
    String donor = new String(other, StandardCharsets.UTF_8);
    String text = new String(seed, StandardCharsets.UTF_8);
    int edits = 1 + random.nextInt(4);
    for (int e = 0; e < edits; e++) {
      int at = text.isEmpty() ? 0 : random.nextInt(text.length() + 1);
      switch (random.nextInt(10)) {
        case 0, 1, 2 -> text = text.substring(0, at) + TOKENS[random.nextInt(TOKENS.length)] + text.substring(at);
        case 3 -> text = text.substring(0, at) + TOKENS[random.nextInt(TOKENS.length)].repeat(1 + random.nextInt(3000))
            + text.substring(at);
        case 4 -> {
          int end = Math.min(text.length(), at + random.nextInt(40));
          text = text.substring(0, at) + text.substring(end);
        }
        case 5 -> {
          int end = Math.min(text.length(), at + random.nextInt(200));
          text = text.substring(0, end) + text.substring(at, end) + text.substring(end);
        }
        case 6 -> {
          String[] lines = text.split("\n", -1);
          if (lines.length > 1) {
            int a = random.nextInt(lines.length);
            int b = random.nextInt(lines.length);
            String swap = lines[a];
            lines[a] = lines[b];
            lines[b] = swap;
            text = String.join("\n", lines);
          }
        }
        case 7 -> {
          int from = random.nextInt(donor.length());
          text = text.substring(0, at) + donor.substring(from, Math.min(donor.length(), from + random.nextInt(300)))
              + text.substring(at);
        }
        case 8 -> text = text.substring(0, at) + new String(Character.toChars(random.nextInt(0x30000))) + text.substring(at);
        default -> text = text.substring(0, at);
      }
    }
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (random.nextInt(20) == 0 && bytes.length > 0) {
      bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
    }
    return bytes;
  }

  private static Path save(long seed, int index, byte[] mutant) {
    try {
      Files.createDirectories(FAILURES);
      Path file = FAILURES.resolve("seed" + seed + "-mutant" + index + ".md");
      Files.write(file, mutant);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path path) throws IOException {
    if (Files.exists(path)) {
      try (Stream<Path> walk = Files.walk(path)) {
        for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }
}
