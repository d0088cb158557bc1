package dev.quire.processor;

import dev.quire.dsl.Code;
import dev.quire.processor.internal.ContentCompiler;
import dev.quire.processor.internal.diag.Diagnostic;
import dev.quire.processor.internal.diag.Report;
import dev.quire.processor.internal.generate.PageClassWriter;
import dev.quire.processor.internal.model.Declared;
import dev.quire.processor.internal.model.PageModel;
import dev.quire.processor.internal.model.Site;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Pages with a model, mutated at random with the pieces placeholders and sections are made of
 * ({@code {{}, {@code }}}, sigils, paths, code fences, list and table lines, escapes, private-use
 * characters): the reader and the class writer never fail inside (every problem is a positioned
 * diagnostic), whatever the mix. The model types are {@code quire check}'s (any path is an accessor),
 * so every mutant reaches sections, Markdown and generation. Replay with {@code -Dquire.fuzz.seed=N}.
 */
class BoundPagesFuzzTest {
  private static final String SEED = """
      ---
      title: Basket of {{customer.name}}
      model: Basket
      modules:
        - name: RowText
          each: lines
          if: gift
          text: "Hello **{{customer.name}}**, {{#vip}}*VIP*{{/vip}} [x]({{url}})"
        - name: RowImage
          image: "{{image}}"
          title: "{{.}}"
      ---
      # {{title}}

      {{#lines}}
      - [{{name}}]({{url}}): {{quantity}}
      {{/lines}}
      {{^lines}}
      Empty, `{{code}}` and \\{{literal}}.
      {{/lines}}

      | a | b |
      |---|---|
      {{#rows}}
      | {{a}} | {{b}} |
      {{/rows}}
      """;

  private static final String[] PIECES = {"{{", "}}", "{{#", "{{^", "{{/", "{{.}}", "{{a.b}}", "{{#x}}", "{{/x}}",
      "{{^x}}", "{{#lines}}\n", "\n{{/lines}}\n", "\n", "\n\n", "- ", "| ", " |", "```\n", "`", "\\{{", "\\", "*", "**",
      "[", "](", ")", "<a href=\"", "\">", "</a>", "#", "  ", "\uE000", "\uE100", "\uE001\uE100\uE100", "{{ x }}",
      "{{x y}}", "{{a..b}}", "{{1}}", "> ", "    ", "<!-- ", " -->", "({{a}}{{b}})", "{{a}}:", "://", "/{{a}}",
      "<img src=\"{{a}}", "&colon;", "javascript", "{{#x}}/y{{/x}}", "\" alt=\"\">"};

  @Test
  void randomMutantsNeverFailInside() {
    long seed = Long.getLong("quire.fuzz.seed", System.nanoTime());
    int count = Integer.getInteger("quire.fuzz.count", 1500);
    System.out.println("BoundPagesFuzzTest: seed " + seed + ", " + count + " mutants (replay with -Dquire.fuzz.seed="
        + seed + ")");
    Random random = new Random(seed);
    Site site = new Site(Optional.empty(), Set.of(), Declared.Modules.none());
    for (int i = 0; i < count; i++) {
      StringBuilder text = new StringBuilder(SEED);
      int edits = 1 + random.nextInt(6);
      for (int e = 0; e < edits; e++) {
        int at = random.nextInt(text.length() + 1);
        if (random.nextInt(4) == 0 && text.length() > 0) {
          text.delete(at, Math.min(text.length(), at + 1 + random.nextInt(8)));
        } else {
          text.insert(at, PIECES[random.nextInt(PIECES.length)]);
        }
      }
      String mutant = text.toString();
      Report report = new Report();
      Optional<PageModel> page;
      try {
        page = ContentCompiler.compile("pages/p.md", "p", mutant.getBytes(StandardCharsets.UTF_8), site, report);
        page.ifPresent(model -> PageClassWriter.write(model, Declared.JavaName.of("test", "PPage"), null, true,
            name -> Declared.JavaName.of("test", "NewsCollection")).text());
      } catch (RuntimeException | StackOverflowError e) {
        throw new AssertionError("seed " + seed + ", mutant " + i + " threw:\n" + mutant, e);
      }
      for (Diagnostic diagnostic : report.diagnostics()) {
        if (diagnostic.code() == Code.INTERNAL_001) {
          throw new AssertionError("seed " + seed + ", mutant " + i + ":\n" + mutant + "\n" + diagnostic.format());
        }
      }
    }
  }
}
