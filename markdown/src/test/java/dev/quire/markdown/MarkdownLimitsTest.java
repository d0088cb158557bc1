package dev.quire.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quire.dsl.Code;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each limit fires at the offset where it is crossed, and not for the text flexmark handles cheaply. */
class MarkdownLimitsTest {
  private static Optional<MarkdownRenderer.Issue> check(String text) {
    return MarkdownLimits.check(text);
  }

  private static void crossed(String text, Code code, int offset) {
    MarkdownRenderer.Issue issue = check(text).orElseThrow(() -> new AssertionError("no limit crossed"));
    assertEquals(code, issue.code());
    assertEquals(offset, issue.offset());
  }

  @Test
  void eachLimitAtItsOffset() {
    crossed("a".repeat(MarkdownLimits.MAX_LENGTH + 1), Code.LIMIT_006, 0);
    crossed("> ".repeat(40) + "a", Code.LIMIT_007, 64);
    crossed(" ".repeat(130) + "- a", Code.LIMIT_007, 130);
    crossed("[".repeat(1001), Code.LIMIT_008, 1000);
    crossed("&amp;".repeat(1001), Code.LIMIT_008, 5000);
    crossed("`a` ".repeat(501), Code.LIMIT_008, 2000);
    crossed("<i>".repeat(1001), Code.LIMIT_008, 3000);
    crossed("x " + "`".repeat(33), Code.LIMIT_008, 2);
    // Found by the pipeline fuzzer: "[" and a word of backslashes took 10 s; 48 of them, three minutes.
    crossed("[" + "\\".repeat(8) + "x" + "\\".repeat(9), Code.LIMIT_008, 18);
    assertTrue(check("[" + "\\\\ ".repeat(40)).isEmpty(), "backslashes in separate words are cheap");
  }

  @Test
  void aWordOfBackslashesIsRefusedBeforeFlexmarkSeesIt() {
    MarkdownRenderer.Result result = MarkdownRenderer.render("[" + "\\".repeat(60) + " x");
    // The limit's message, not the 10 s backstop's: flexmark never ran.
    assertEquals(Code.LIMIT_008, result.issues().get(0).code());
    assertTrue(result.issues().get(0).message().startsWith("more than 16 backslashes in one word"));
    assertEquals("", result.html());
  }

  @Test
  void countsStartAgainAfterABlankLine() {
    assertTrue(check(("[".repeat(900) + "\n\n").repeat(10)).isEmpty());
  }

  @Test
  void fencedCodeAndHtmlBlocksAreNotCounted() {
    assertTrue(check("```\n" + "[&amp;<b>`".repeat(2000) + "\n```\n").isEmpty());
    assertTrue(check("<table>\n" + "<tr><td>&amp;</td></tr>\n".repeat(2000) + "</table>\n").isEmpty());
    crossed("<b>x</b>\n" + "<i>".repeat(1000), Code.LIMIT_008, 9 + 3 * 998);
  }

  @Test
  void textTheMarkdownLibraryFailsOnIsRefusedNotThrown() {
    // Found by the Markdown fuzzer: flexmark's table parser indexes out of bounds on this text.
    String text = "| | a> = |\n | \u0000\t\t\t\u0001\t\t\r\t\t\t\t\t\t\t\t\tI|&| b |\n|---|---|\n| <b-|-\n"
        + "| <>b>--|\n| <b></";
    MarkdownRenderer.Result result = MarkdownRenderer.render(text);
    assertEquals(Code.LIMIT_008, result.issues().get(0).code());
    assertTrue(result.issues().get(0).message().startsWith("this Markdown could not be parsed (StringIndexOutOfBoundsException"));
    assertEquals("", result.html());
  }
}
