package dev.quire.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * quire-dsl alone (as an application that renders only generated pages has it): generated and plain
 * text work, and Markdown written in Java says which artifact renders it.
 */
class MarkdownWithoutEngineTest {
  @Test
  void markdownWrittenInJavaNamesTheArtifactItNeeds() {
    IllegalStateException missing = assertThrows(IllegalStateException.class, () -> Markdown.of("*x*").html());
    assertTrue(missing.getMessage().startsWith("Markdown.of and Markdown.body render Markdown written in Java, which "
        + "needs the artifact dev.quire:quire-markdown on the class path: add it as a dependency"), missing.getMessage());
  }

  @Test
  void generatedAndPlainTextNeedNothing() {
    assertEquals("<p>a</p>\n", Markdown.generated("<p>a</p>\n").html());
    assertEquals("<p>&lt;b&gt;</p>\n", Markdown.plainText("<b>").html());
  }
}
