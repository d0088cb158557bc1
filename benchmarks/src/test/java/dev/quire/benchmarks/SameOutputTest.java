package dev.quire.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quire.runtime.ByteSink;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every implementation renders exactly the same document, as bytes and as characters, every time. */
class SameOutputTest {
  private static final byte[] EXPECTED = Seed.expected();

  @TestFactory
  List<DynamicTest> everyImplementationWritesTheSameBytes() {
    return Implementations.all().stream().map(implementation -> DynamicTest.dynamicTest(implementation.name(), () -> {
      ByteSink sink = new ByteSink(16);
      StringBuilder text = new StringBuilder();
      for (int round = 0; round < 3; round++) { // reused state must not leak into the next render
        sink.reset();
        implementation.bytes(sink);
        assertArrayEquals(EXPECTED, sink.toByteArray(), () -> implementation.name() + " bytes differ:\n" + sink);
        text.setLength(0);
        implementation.chars(text);
        assertEquals(new String(EXPECTED, StandardCharsets.UTF_8), text.toString(), implementation.name() + " text");
      }
    })).toList();
  }

  @Test
  void theSeedDocumentIsTheWholePageWithNonAsciiText() {
    String document = new String(EXPECTED, StandardCharsets.UTF_8);
    assertTrue(document.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"));
    assertTrue(document.endsWith("</main>\n</body>\n</html>\n"));
    assertTrue(document.contains("\u201cIPSO Platform\u201d"), "the seed's curly quotes are in the page");
    assertEquals(4, document.split("<img ", -1).length, "three images");
  }
}
