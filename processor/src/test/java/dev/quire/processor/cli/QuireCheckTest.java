package dev.quire.processor.cli;

import static com.google.common.truth.Truth.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.quire.processor.PagesProcessor;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code quire check} prints exactly what javac prints for the same folder, and exits 1 on errors only. */
class QuireCheckTest {
  @TempDir Path resources;

  private void write(String path, String text) throws IOException {
    Path file = resources.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private record Run(int status, String output) {}

  private static Run check(String... args) {
    StringWriter text = new StringWriter();
    int status = QuireCheck.run(args, new PrintWriter(text, true));
    return new Run(status, text.toString());
  }

  /** javac's diagnostics for the folder, each as "error: <message>" like the command prints them. */
  private List<String> javac(String... options) {
    List<String> all = new ArrayList<>(List.of("-Aquire.resources=" + resources, "-Xlint:-processing"));
    all.addAll(List.of(options));
    Compilation compilation = Compiler.javac().withProcessors(new PagesProcessor()).withOptions(all)
        .compile(JavaFileObjects.forSourceString("test.package-info", "@dev.quire.dsl.Pages(\"pages\")\npackage test;\n"));
    List<String> printed = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
      if (diagnostic.getKind() == Diagnostic.Kind.ERROR || diagnostic.getKind() == Diagnostic.Kind.WARNING) {
        printed.add((diagnostic.getKind() == Diagnostic.Kind.ERROR ? "error: " : "warning: ")
            + diagnostic.getMessage(Locale.ROOT));
      }
    }
    return printed;
  }

  @Test
  void printsWhatJavacPrintsAndExitsOneOnErrors() throws IOException {
    write("pages/about.md", "---\ntitle: About\nmodules:\n  - name: RowMultiColumns\n    widths: [6, 7]\n"
        + "    modules:\n      - name: RowText\n      - name: RowTxt\n---\nSee [home](about).\n");
    write("pages/news/ok.md", "---\ntitle: News\nstatus: # draft\n---\nHello\n");
    write("pages/a-b.md", "---\n---\n");
    write("pages/a_b.md", "---\n---\n");

    Run run = check("check", resources.resolve("pages").toString());

    List<String> expected = new ArrayList<>(javac());
    assertThat(expected).hasSize(5);
    expected.add("3 errors");
    expected.add("2 warnings");
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.output()).isEqualTo(String.join("\n", expected) + "\n");
  }

  @Test
  void warningsAloneExitZeroAndCanBeSilencedLikeTheProcessorOption() throws IOException {
    write("pages/p.md", "---\nmodules:\n  - name: RowMultiColumns\n    widths: [6]\n    modules:\n      - name: RowText\n---\n"
        + "[x](p)\n");

    Run all = check("check", resources.resolve("pages").toString());
    Run silenced = check("check", "--suppress", "QUIRE-GRID-002", resources.resolve("pages").toString());

    assertThat(all.status()).isEqualTo(0);
    assertThat(all.output()).contains("[QUIRE-GRID-002]");
    assertThat(all.output()).contains("[QUIRE-URL-005]");
    assertThat(all.output()).endsWith("2 warnings\n");
    assertThat(silenced.status()).isEqualTo(0);
    assertThat(silenced.output()).doesNotContain("[QUIRE-GRID-002]");
    List<String> javac = javac("-Aquire.suppress=QUIRE-GRID-002");
    assertThat(silenced.output()).isEqualTo(String.join("\n", javac) + "\n1 warning\n");
  }

  /**
   * A page with a model: without the application's classes, quire check checks the placeholders'
   * syntax and the sections' balance; their paths are javac's to check.
   */
  @Test
  void pagesWithAModelHaveTheirPlaceholdersSyntaxChecked() throws IOException {
    write("pages/basket.md", "---\nmodel: Basket\ntitle: Hello {{customer.name}}\nmodules:\n  - name: RowText\n"
        + "    each: lines\n    text: \"{{product}} {{#gift}}*gift*{{/gift}}\"\n---\n{{#lines}}\n- {{name}}\n{{/lines}}\n");
    Run clean = check("check", resources.resolve("pages").toString());
    assertThat(clean.output()).isEmpty();
    assertThat(clean.status()).isEqualTo(0);
    write("pages/basket.md", "---\nmodel: Basket\ntitle: Hello {{customer name}}\n---\n{{#lines}}\n- {{name}}\n");
    Run broken = check("check", resources.resolve("pages").toString());
    assertThat(broken.status()).isEqualTo(1);
    assertThat(broken.output()).contains("pages/basket.md:3:14: [QUIRE-DATA-007] '{{customer name}}' is not a placeholder");
    assertThat(broken.output()).contains("pages/basket.md:5:1: [QUIRE-DATA-005] the section {{#lines}} is not closed");
  }

  /** With the file that carries @Pages, a page's model is looked up as the build looks it up: javac's errors, exactly. */
  @Test
  void withPagesModelPathsAreCheckedLikeTheBuildChecksThem(@TempDir Path sources) throws IOException {
    String site = "@dev.quire.dsl.Pages(\"pages\")\npackage site;\n";
    String basket = "package site;\n\npublic record Basket(String owner, java.util.List<String> items) {}\n";
    Path pages = sources.resolve("site/package-info.java");
    Files.createDirectories(pages.getParent());
    Files.writeString(pages, site, StandardCharsets.UTF_8);
    Files.writeString(sources.resolve("site/Basket.java"), basket, StandardCharsets.UTF_8);
    write("pages/basket.md", "---\nmodel: Basket\ntitle: \"{{ownr}} {{items}}\"\n---\n{{#owner}}x{{/owner}}\n");

    Run run = check("check", "--pages", pages.toString(), resources.resolve("pages").toString());

    List<String> expected = new ArrayList<>();
    Compilation compilation = Compiler.javac().withProcessors(new PagesProcessor())
        .withOptions("-Aquire.resources=" + resources, "-Xlint:-processing")
        .compile(JavaFileObjects.forSourceString("site.package-info", site), JavaFileObjects.forSourceString("site.Basket", basket));
    for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.errors()) {
      expected.add("error: " + diagnostic.getMessage(Locale.ROOT));
    }
    assertThat(expected).hasSize(3); // the unknown accessor, a list shown as text, a section over a String
    expected.add("3 errors");
    assertThat(run.output()).isEqualTo(String.join("\n", expected) + "\n");
    assertThat(run.output()).contains("pages/basket.md:3:11: [QUIRE-DATA-002] 'ownr' is not an accessor of Basket; did you "
        + "mean 'owner'?");
    assertThat(run.status()).isEqualTo(1);
  }

  @Test
  void usageProblemsExitTwo() {
    assertThat(check().status()).isEqualTo(2);
    assertThat(check("check").status()).isEqualTo(2);
    assertThat(check("check", "--root").status()).isEqualTo(2);
    Run missing = check("check", resources.resolve("nope").toString());
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.output()).startsWith("error: [QUIRE-SETUP-001] ");
  }

  private static final String BANNER = """
      package site;

      import dev.quire.dsl.Html;
      import dev.quire.dsl.Module;
      import java.util.Optional;

      /** A banner. */
      public record Banner(String title, Optional<String> note, Tone tone) implements Module {
        public enum Tone { LIGHT, DARK }

        @Override
        public void render(Html html) {
          html.open("section").text(title).close();
        }
      }
      """;

  private static final String SITE = "@dev.quire.dsl.Pages(value = \"pages\", modules = {site.Banner.class})\npackage site;\n";

  /** With --pages, own modules are read as the build reads them (here from the sources beside the file). */
  @Test
  void ownModulesAreCheckedLikeTheBuildChecksThem(@TempDir Path sources) throws IOException {
    Path pages = sources.resolve("site/package-info.java");
    Files.createDirectories(pages.getParent());
    Files.writeString(pages, SITE, StandardCharsets.UTF_8);
    Files.writeString(sources.resolve("site/Banner.java"), BANNER, StandardCharsets.UTF_8);
    write("pages/home.md", "---\ntitle: Home\nmodules:\n  - name: Banner\n    titel: Welcome\n    tone: dusk\n---\n");

    Run run = check("check", "--pages", pages.toString(), resources.resolve("pages").toString());
    Run without = check("check", resources.resolve("pages").toString());

    List<String> expected = new ArrayList<>();
    Compilation compilation = Compiler.javac().withProcessors(new PagesProcessor())
        .withOptions("-Aquire.resources=" + resources, "-Xlint:-processing")
        .compile(JavaFileObjects.forSourceString("site.package-info", SITE), JavaFileObjects.forSourceString("site.Banner", BANNER));
    for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.errors()) {
      expected.add("error: " + diagnostic.getMessage(Locale.ROOT));
    }
    assertThat(expected).hasSize(3); // the unknown property, the missing title, the tone
    expected.add("3 errors");
    assertThat(run.output()).isEqualTo(String.join("\n", expected) + "\n");
    assertThat(run.output()).contains("pages/home.md:5:5: [QUIRE-MODULE-005] Banner has no property 'titel'; did you mean 'title'?");
    assertThat(run.status()).isEqualTo(1);
    assertThat(without.output()).contains("[QUIRE-MODULE-001] unknown module 'Banner'");
  }

  /** A module that is neither in the sources nor on --classpath is javac's error, and nothing is checked. */
  @Test
  void aModuleThatCannotBeFoundStopsTheCheck(@TempDir Path sources) throws IOException {
    Path pages = sources.resolve("site/package-info.java");
    Files.createDirectories(pages.getParent());
    Files.writeString(pages, SITE, StandardCharsets.UTF_8);
    write("pages/home.md", "---\ntitle: Home\n---\n");
    Path notAnnotated = sources.resolve("Other.java");
    Files.writeString(notAnnotated, "class Other {}\n", StandardCharsets.UTF_8);

    Run missing = check("check", "--pages", pages.toString(), resources.resolve("pages").toString());
    Run none = check("check", "--pages", notAnnotated.toString(), resources.resolve("pages").toString());

    assertThat(missing.status()).isEqualTo(1);
    assertThat(missing.output()).startsWith("error: [QUIRE-SETUP-001] " + pages + ":1: ");
    assertThat(missing.output()).contains("Banner");
    assertThat(missing.output()).endsWith("1 error\n");
    assertThat(none.status()).isEqualTo(1);
    assertThat(none.output()).isEqualTo("error: [QUIRE-SETUP-001] " + notAnnotated + " has no @Pages annotation\n1 error\n");
    assertThat(check("check", "--classpath", "x", resources.resolve("pages").toString()).status()).isEqualTo(2);
  }

  /** The README's command checks the example site, own module included, without an error. */
  @Test
  void theReadmesCommandChecksTheExampleSite() throws IOException {
    Path root = Path.of("").toAbsolutePath();
    while (!Files.exists(root.resolve("README.md"))) {
      root = root.getParent();
    }
    String readme = Files.readString(root.resolve("README.md"), StandardCharsets.UTF_8);
    String prefix = "java -jar processor/target/quire-check.jar check --pages";
    int start = readme.indexOf(prefix);
    assertThat(start).isAtLeast(0);
    String command = readme.substring(start, readme.indexOf("\n```", start)).replace("\\\n", " ");
    List<String> args = new ArrayList<>();
    for (String word : command.substring("java -jar processor/target/quire-check.jar ".length()).trim().split("\\s+")) {
      args.add(word.startsWith("examples/") ? root.resolve(word).toString() : word);
    }

    Run run = check(args.toArray(String[]::new));

    assertThat(run.output()).doesNotContain("error:");
    assertThat(run.status()).isEqualTo(0);
  }
}
