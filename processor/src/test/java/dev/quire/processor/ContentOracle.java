package dev.quire.processor;

import dev.quire.dsl.Page;
import dev.quire.runtime.HtmlRenderer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What must hold for any content file compiled by javac with the processor: javac exits 0 or 1
 * (never 3, a crash), prints no stack trace and no internal error, every diagnostic is a Quire
 * diagnostic whose {@code path:line:col} lies inside the file, a run takes under 2 s, and a page that
 * compiled loads, renders and passes {@link HtmlSafety}. Shared by the mutation fuzzer and the
 * regression files.
 */
final class ContentOracle {
  static final long BUDGET_MILLIS = 2000;
  private static final Pattern QUIRE = Pattern.compile(
      "^(ERROR|WARNING) (pages/[^:]+):(\\d+):(\\d+): \\[QUIRE-[A-Z]+-\\d{3}\\] \\S.*");

  private ContentOracle() {}

  /** Why the run broke the promise, or empty when it kept it. */
  static Optional<String> violation(byte[] content, Javac.Result result) {
    if (result.status() != 0 && result.status() != 1) {
      return Optional.of("javac exit status " + result.status());
    }
    if (result.output().contains("\tat ") || result.output().contains("QUIRE-INTERNAL")) {
      return Optional.of("stack trace or internal error");
    }
    if (result.millis() > BUDGET_MILLIS) {
      return Optional.of("took " + result.millis() + " ms");
    }
    List<String> lines = lines(content);
    for (String diagnostic : result.diagnostics()) {
      Matcher matcher = QUIRE.matcher(diagnostic);
      if (!matcher.matches()) {
        return Optional.of("not a positioned Quire diagnostic: " + diagnostic);
      }
      if (!matcher.group(2).equals("pages/p.md")) {
        continue;
      }
      int line = Integer.parseInt(matcher.group(3));
      int column = Integer.parseInt(matcher.group(4));
      if (line < 1 || line > lines.size() || column < 1 || column > lines.get(line - 1).length() + 1) {
        return Optional.of("position outside the file: " + diagnostic);
      }
    }
    boolean errors = result.diagnostics().stream().anyMatch(d -> d.startsWith("ERROR"));
    if (errors != (result.status() == 1)) {
      return Optional.of("exit status " + result.status() + " does not match the diagnostics");
    }
    if (!errors) {
      try {
        Page page = result.page("test.PPage");
        HtmlSafety.assertSafe(HtmlRenderer.create().render(page));
        HtmlSafety.assertSafeDocument(HtmlRenderer.create().renderDocument(page));
      } catch (Throwable t) {
        return Optional.of("the compiled page failed at run time: " + t);
      }
    }
    return Optional.empty();
  }

  /** The file's lines as the processor counts them, at most as long as their bytes (a bound for columns). */
  private static List<String> lines(byte[] content) {
    String text = new String(content, StandardCharsets.ISO_8859_1).replace("\r\n", "\n").replace('\r', '\n');
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    return lines.isEmpty() ? List.of("") : lines;
  }
}
