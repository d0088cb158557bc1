package dev.quire.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quire.dsl.Markdown;
import dev.quire.dsl.Page;
import dev.quire.dsl.RowText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** A page's bytes as a server sends them: the document, its strong ETag, and gzip made once. */
class RenderedPageTest {
  private static final HtmlRenderer RENDERER = HtmlRenderer.create();
  private static final Page PAGE = Page.builder().title("About").module(RowText.of(Markdown.plainText("We build Quire."))).build();

  @Test
  void theBytesAreTheDocumentAndTheEtagIsStrongAndFollowsThem() {
    RenderedPage rendered = RenderedPage.of(PAGE, RENDERER);
    assertEquals(RENDERER.renderDocument(PAGE), new String(rendered.bytes(), StandardCharsets.UTF_8));
    assertTrue(rendered.etag().matches("\"[A-Za-z0-9_-]{27}\""), rendered.etag());
    assertEquals(rendered.etag(), RenderedPage.of(PAGE, RENDERER).etag(), "the same bytes, the same tag");
    Page other = Page.builder().title("About").module(RowText.of(Markdown.plainText("We build Quire!"))).build();
    assertNotEquals(rendered.etag(), RenderedPage.of(other, RENDERER).etag());
    assertEquals("text/html;charset=UTF-8", RenderedPage.CONTENT_TYPE);
  }

  @Test
  void gzipIsTheBytesCompressedOnce() throws IOException {
    RenderedPage rendered = RenderedPage.of(PAGE, RENDERER);
    byte[] gzip = rendered.gzip();
    assertSame(gzip, rendered.gzip(), "made once");
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
      assertArrayEquals(rendered.bytes(), in.readAllBytes());
    }
  }

  @Test
  void ifNoneMatchNamesTheDocument() {
    RenderedPage rendered = RenderedPage.of(PAGE, RENDERER);
    String etag = rendered.etag();
    assertTrue(rendered.matches(etag));
    assertTrue(rendered.matches("\"other\", " + etag));
    assertTrue(rendered.matches("W/" + etag), "If-None-Match compares weakly");
    assertTrue(rendered.matches("*"));
    assertFalse(rendered.matches(null));
    assertFalse(rendered.matches("\"other\""));
    assertFalse(rendered.matches(etag.substring(1, etag.length() - 1)), "unquoted is another tag");
  }

  @Test
  void acceptEncodingIsReadAsTheHeaderMeansIt() {
    assertTrue(RenderedPage.acceptsGzip("gzip"));
    assertTrue(RenderedPage.acceptsGzip("deflate, gzip;q=0.5, br"));
    assertTrue(RenderedPage.acceptsGzip("GZIP"));
    assertTrue(RenderedPage.acceptsGzip("*"));
    assertFalse(RenderedPage.acceptsGzip(null));
    assertFalse(RenderedPage.acceptsGzip("br, deflate"));
    assertFalse(RenderedPage.acceptsGzip("gzip;q=0"));
    assertFalse(RenderedPage.acceptsGzip("gzip; q=0.000"));
    assertFalse(RenderedPage.acceptsGzip("identity"));
  }
}
