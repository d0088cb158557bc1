package dev.quire.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quire.dsl.Markdown;
import dev.quire.dsl.Page;
import dev.quire.dsl.RowMultiColumns;
import dev.quire.dsl.RowSeparator;
import dev.quire.dsl.RowText;
import dev.quire.dsl.RowTextImage;
import dev.quire.dsl.Size;
import dev.quire.dsl.internal.RenderCache;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Pages are rendered once into a plan; every later render copies it, whatever the sink. */
class RenderPlanTest {
  private final HtmlRenderer renderer = HtmlRenderer.create();

  private static Page page() {
    return Page.builder()
        .title("Caf\u00e9 \u2014 plans")
        .description("A page with non-ASCII text \u201cquoted\u201d \ud83d\ude00")
        .module(RowMultiColumns.builder()
            .widths(6, 6)
            .module(RowTextImage.builder().cols(4).image("/a.jpg").text("One \u2019").build())
            .module(RowText.builder().text("Two").build())
            .build())
        .module(RowSeparator.of(Size.XL))
        .body("##### **About**\n\n\u00e9t\u00e9")
        .build();
  }

  @Test
  void everySinkGetsTheSameOutput() throws Exception {
    Page page = page();
    String document = renderer.renderDocument(page);
    ByteSink sink = new ByteSink(0);
    renderer.renderDocument(page, sink);
    assertEquals(document, sink.toString());
    assertArrayEquals(document.getBytes(StandardCharsets.UTF_8), sink.toByteArray());

    sink.reset();
    renderer.render(page, sink);
    renderer.render(page, sink);
    String fragment = renderer.render(page);
    assertEquals(fragment + fragment, sink.toString());

    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    renderer.renderDocument(page, stream);
    assertEquals(document, stream.toString(StandardCharsets.UTF_8));
    StringBuilder text = new StringBuilder("before|");
    renderer.renderDocument(page, text);
    assertEquals("before|" + document, text.toString());
    assertTrue(document.contains(fragment));
  }

  @Test
  void charactersHtmlDoesNotAllowBecomeTheReplacementCharacterInTextAndBytesAlike() {
    Page page = Page.builder().title("a\uD800b\u0000c\u0085d\u001be\uDC00f \ud83d\ude00\ttab")
        .module(RowText.builder().text(Markdown.of("x\u007fy \uDBFF")).build()).build();
    String document = renderer.renderDocument(page);
    assertTrue(document.contains("<title>a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf \ud83d\ude00\ttab</title>"), document);
    assertTrue(document.contains("x\uFFFDy &#xdbff;"), document); // a reference a browser reads as U+FFFD
    ByteSink sink = new ByteSink();
    renderer.renderDocument(page, sink);
    assertEquals(document, sink.toString());
    assertSame("plain text", RenderPlan.valid("plain text"));
  }

  @Test
  void stringsAreWorkedOutOnceAndReused() {
    Page page = page();
    assertSame(renderer.render(page), renderer.render(page));
    assertSame(renderer.renderDocument(page), renderer.renderDocument(page));
    HtmlRenderer sameOptions = HtmlRenderer.create();
    assertSame(renderer.renderDocument(page), sameOptions.renderDocument(page));
  }

  @Test
  void aPageKeepsOnlyTheFormsItsSinksAskedFor() {
    Page page = page();
    ByteSink sink = new ByteSink();
    renderer.renderDocument(page, sink);
    PagePlans plans = (PagePlans) RenderCache.get(page);
    assertNull(plans.fragment(), "a document is written from a fragment that is not kept");
    assertNull(plans.document().text(), "a page sent as bytes keeps no text");
    byte[] bytes = plans.document().utf8();

    String document = renderer.renderDocument(page);
    plans = (PagePlans) RenderCache.get(page);
    assertSame(bytes, plans.document().utf8(), "the bytes stay when the text is made from them");
    assertSame(document, plans.document().text());
    assertEquals(sink.toString(), document);

    Page other = page();
    String text = renderer.render(other);
    plans = (PagePlans) RenderCache.get(other);
    assertNull(plans.fragment().utf8());
    assertNull(plans.document());
    sink.reset();
    renderer.render(other, sink);
    assertEquals(text, sink.toString());
    assertSame(text, ((PagePlans) RenderCache.get(other)).fragment().text());
  }

  @Test
  void renderersWithOtherOptionsEachGetTheirOwnDocument() {
    Page page = page();
    HtmlRenderer french = HtmlRenderer.builder().lang("fr").moduleCss(false).stylesheet("/css/b.css").build();
    String english = renderer.renderDocument(page);
    String other = french.renderDocument(page);
    assertNotEquals(english, other);
    for (int i = 0; i < 3; i++) {
      assertEquals(english, renderer.renderDocument(page));
      assertEquals(other, french.renderDocument(page));
    }
    assertTrue(other.startsWith("<!DOCTYPE html>\n<html lang=\"fr\">"));
    assertTrue(other.contains("href=\"/css/b.css\"") && !other.contains("<style>"));
    assertEquals(renderer.render(page), french.render(page));
  }

  @Test
  void renderingIntoAByteSinkAllocatesNothingOnceWarm() throws Exception {
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    Page page = page();
    ByteSink sink = new ByteSink();
    ByteArrayOutputStream stream = new ByteArrayOutputStream(16_384);
    int renders = 100_000;
    for (int i = 0; i < renders; i++) { // warm up, and let the sinks grow to size
      sink.reset();
      renderer.renderDocument(page, sink);
      stream.reset();
      renderer.render(page, stream);
    }
    long before = threads.getCurrentThreadAllocatedBytes();
    for (int i = 0; i < renders; i++) {
      sink.reset();
      renderer.renderDocument(page, sink);
      stream.reset();
      renderer.render(page, stream);
    }
    long allocated = threads.getCurrentThreadAllocatedBytes() - before;
    // Less than one byte per render: what the measurement itself costs, not the render.
    assertTrue(allocated < renders, allocated + " bytes allocated for " + renders + " renders");
  }

  @Test
  void aByteSinkGrowsAndChecksItsArguments() throws Exception {
    ByteSink sink = new ByteSink(1);
    byte[] chunk = "abcdef".getBytes(StandardCharsets.US_ASCII);
    for (int i = 0; i < 1000; i++) {
      sink.write(chunk, 1, 3);
    }
    assertEquals(3000, sink.size());
    assertEquals("bcd".repeat(1000), sink.toString());
    assertEquals(3000, sink.asByteBuffer().remaining());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    sink.writeTo(out);
    assertEquals(3000, out.size());
    assertThrows(IndexOutOfBoundsException.class, () -> sink.write(chunk, 4, 3));
    assertThrows(IllegalArgumentException.class, () -> new ByteSink(-1));
    sink.reset();
    assertEquals(0, sink.size());
    assertEquals(0, sink.toByteArray().length);
  }
}
