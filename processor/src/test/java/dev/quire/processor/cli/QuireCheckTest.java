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
        + "    modules:\n      - name: RowText\n      - name: RowTxt\n---\nSee [home](home.html).\n");
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
        + "[x](relative.html)\n");

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

  @Test
  void usageProblemsExitTwo() {
    assertThat(check().status()).isEqualTo(2);
    assertThat(check("check").status()).isEqualTo(2);
    assertThat(check("check", "--root").status()).isEqualTo(2);
    Run missing = check("check", resources.resolve("nope").toString());
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.output()).startsWith("error: [QUIRE-SETUP-001] ");
  }
}
