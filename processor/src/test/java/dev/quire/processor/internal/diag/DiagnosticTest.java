package dev.quire.processor.internal.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quire.dsl.Code;
import dev.quire.processor.internal.source.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a diagnostic is printed, and how many of one kind a file shows. */
class DiagnosticTest {
  @Test
  void aShortLineIsShownWholeWithTheCaretUnderTheColumn() {
    SourceFile file = new SourceFile("pages/p.md", "---\n\tsize: XXL\n---\n");
    Diagnostic diagnostic = new Diagnostic(Code.TYPE_003, file.at(2, 8), "bad size");

    assertEquals("pages/p.md:2:8: [QUIRE-TYPE-003] bad size\n size: XXL\n       ^", diagnostic.format());
  }

  @Test
  void columnsCountCodePointsAndTheCaretAllowsForWideCharacters() {
    SourceFile file = new SourceFile("pages/p.md", "🎉日 [a](x)");
    Diagnostic diagnostic = new Diagnostic(Code.URL_001, file.atOffset("🎉日 ".length()), "bad");

    assertEquals(4, diagnostic.position().column());
    assertEquals("pages/p.md:1:4: [QUIRE-URL-001] bad\n🎉日 [a](x)\n     ^", diagnostic.format());
    assertEquals("🎉日 ".length(), file.offsetOf(diagnostic.position()));
  }

  @Test
  void aLongLineIsShownAsAWindowAroundTheColumn() {
    String line = "a".repeat(5000) + "X" + "b".repeat(5000);
    SourceFile file = new SourceFile("pages/p.md", line);
    String[] printed = new Diagnostic(Code.LIMIT_008, file.at(1, 5001), "here").format().split("\n");

    assertEquals("pages/p.md:1:5001: [QUIRE-LIMIT-008] here", printed[0]);
    assertEquals("..." + "a".repeat(80) + "X" + "b".repeat(79) + "...", printed[1]);
    assertEquals('X', printed[1].charAt(printed[2].indexOf('^')));
  }

  @Test
  void aCodeIsShownTwentyTimesThenCounted() {
    SourceFile file = new SourceFile("pages/p.md", "x".repeat(100));
    Report report = new Report();
    for (int column = 1; column <= 50; column++) {
      report.add(Code.HTML_002, file.at(1, column), "handler");
    }
    report.add(Code.URL_005, file.at(1, 60), "relative");

    List<Diagnostic> shown = report.diagnostics();
    assertEquals(22, shown.size());
    assertEquals("30 more like this in this file, from here on (the first 20 are shown): handler", shown.get(20).message());
    assertEquals(21, shown.get(20).position().column());
    assertEquals(Code.URL_005, shown.get(21).code());
  }
}
