package dev.quire.processor;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.quire.dsl.Code;
import dev.quire.markdown.MarkdownRenderer;
import dev.quire.processor.internal.ContentCompiler;
import dev.quire.processor.internal.content.ContentFile;
import dev.quire.processor.internal.content.ContentReader;
import dev.quire.processor.internal.diag.Diagnostic;
import dev.quire.processor.internal.diag.Report;
import dev.quire.processor.internal.generate.PageClassWriter;
import dev.quire.processor.internal.model.PageModel;
import dev.quire.processor.internal.model.Declared;
import dev.quire.processor.internal.model.Site;
import dev.quire.processor.internal.yaml.FrontMatterParser;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * Coverage-guided fuzz targets (Jazzer). In a normal build each target replays the inputs saved under
 * {@code src/test/resources/dev/quire/processor/ContentFuzzTestInputs/<target>/} as a regression test.
 * To fuzz one target for longer:
 *
 * <pre>
 * JAZZER_FUZZ=1 mvn -pl processor -am test -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dtest=ContentFuzzTest#pipeline -Djazzer.max_duration=30m
 * </pre>
 *
 * A finding is written next to the saved inputs as {@code crash-<sha1>}; keep it there and it is
 * replayed by every build (and add a named row to {@link BadInputTest} for what it taught).
 */
class ContentFuzzTest {
  private static final String PATH = "pages/p.md";
  private static final Site NEWS_SITE = new Site(Optional.empty(), Set.of("news"), Declared.Modules.none());

  /** Bytes → decoded, split, front matter parsed: only diagnostics, each inside the file. */
  @FuzzTest(maxDuration = "10s")
  void frontMatter(byte[] data) {
    Report report = new Report();
    Optional<ContentFile> file = ContentReader.read(PATH, data, report);
    file.flatMap(content -> FrontMatterParser.parse(content, report));
    checkPositions(report, file);
  }

  /** Text → Markdown rendered with the URL policy and the raw-HTML allowlist: safe HTML or an error. */
  @FuzzTest(maxDuration = "10s")
  void markdown(byte[] data) {
    String source = new String(data, StandardCharsets.UTF_8);
    MarkdownRenderer.Result result = MarkdownRenderer.render(source);
    for (MarkdownRenderer.Issue issue : result.issues()) {
      if (issue.offset() < 0 || issue.offset() > source.length()) {
        throw new AssertionError("offset " + issue.offset() + " outside the text: " + issue);
      }
    }
    if (!result.hasErrors()) {
      HtmlSafety.assertSafe(result.html());
    }
  }

  /** Bytes → the whole content pipeline → generated Java source; never an internal error. */
  @FuzzTest(maxDuration = "10s")
  void pipeline(byte[] data) {
    Report report = new Report();
    // A page of the news folder, beside a news collection: dated inputs are read as collection entries
    // and news modules find their collection.
    Optional<PageModel> page = ContentCompiler.compile("pages/news/p.md", "news/p", data, NEWS_SITE, report);
    for (Diagnostic diagnostic : report.diagnostics()) {
      if (diagnostic.code() == Code.INTERNAL_001) {
        throw new AssertionError(diagnostic.format());
      }
    }
    page.ifPresent(model -> PageClassWriter.write(model, Declared.JavaName.of("test", "PPage"), null, true,
        name -> Declared.JavaName.of("test", "NewsCollection")).text());
  }

  private static void checkPositions(Report report, Optional<ContentFile> file) {
    for (Diagnostic diagnostic : report.diagnostics()) {
      if (diagnostic.code() == Code.INTERNAL_001) {
        throw new AssertionError(diagnostic.format());
      }
      if (file.isPresent()) {
        int lines = file.get().source().lineCount();
        int line = diagnostic.position().line();
        if (line < 1 || line > lines
            || diagnostic.position().column() > file.get().source().line(line).length() + 1) {
          throw new AssertionError("position outside the file: " + diagnostic.headline());
        }
      }
    }
  }
}
