package dev.quire.processor;

import static com.google.common.truth.Truth.assertThat;

import dev.quire.processor.internal.ContentCompiler;
import dev.quire.processor.internal.diag.Diagnostic;
import dev.quire.processor.internal.diag.Report;
import dev.quire.processor.internal.model.Site;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the compiler of one content file reports about the file itself. */
class ContentCompilerTest {
  @TempDir Path folder;

  /** A file gone between the listing of the folder and its reading (or one the build cannot read) is an error on it. */
  @Test
  void aFileThatCannotBeReadIsAnErrorOnThatFile() {
    Report report = new Report();
    Optional<?> page = ContentCompiler.compileFile("pages/gone.md", "gone", folder.resolve("gone.md"), Site.none(), report);
    assertThat(page).isEmpty();
    assertThat(report.diagnostics()).hasSize(1);
    Diagnostic diagnostic = report.diagnostics().get(0);
    assertThat(diagnostic.format()).startsWith("pages/gone.md:1:1: [QUIRE-FILE-004] the file cannot be read: "
        + "java.nio.file.NoSuchFileException: ");
  }
}
