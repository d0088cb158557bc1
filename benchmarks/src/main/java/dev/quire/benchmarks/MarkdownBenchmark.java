package dev.quire.benchmarks;

import dev.quire.dsl.Markdown;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What one {@code Markdown.of} costs at run time, and so what each Markdown text of a content file
 * costs the processor (the same renderer): a text of the kinds a page body has (headings, emphasis,
 * links, a list, a table, a code span), written with only CommonMark and tables, so that a run of this
 * benchmark on a commit before GFM (issue 23) and one after compare the same work. {@code gfm} adds
 * what GFM brings (a task list, strikethrough, a bare link, a footnote) to show their own cost.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 3, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class MarkdownBenchmark {
  static final String BODY = """
      ## Our team

      We build **Quire**, a library that turns *content files* into [typed pages](/docs/pages) at
      compile time. Read the [guide](https://example.org/guide) or `mvn verify` it yourself.

      * Button grids with inlined icons.
      * Data tables that work without JavaScript.
      * News collections with typed entries.

      | Module | Columns |
      |---|---|
      | RowText | 12 |
      | RowTextImage | 6 + 6 |

      ### Contact

      Write to [the team](mailto:team@example.org); we answer within a day.
      """;

  static final String GFM = BODY + """

      - [x] ~~A template language~~ Markdown
      - [ ] Errors as you type, see www.example.org[^1]

      [^1]: The language server.
      """;

  /** A page body's Markdown as {@code Markdown.of} renders it. */
  @Benchmark
  public String body() {
    return Markdown.of(BODY).html();
  }

  /** The same with a task list, strikethrough, a bare link and a footnote. */
  @Benchmark
  public String gfm() {
    return Markdown.of(GFM).html();
  }
}
