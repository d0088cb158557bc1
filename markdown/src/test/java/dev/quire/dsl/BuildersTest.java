package dev.quire.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hand-written pages: build() applies the processor's rules, with the processor's messages. */
class BuildersTest {
  @Test
  void theSeedPageCanBeWrittenByHand() {
    Page page = Page.builder()
        .module(RowMultiColumns.builder()
            .cols(2)
            .widths(6, 6)
            .module(RowTextImage.builder().cols(4).image("/images/a.jpg").text("One").build())
            .module(RowTextImage.builder().cols(4).image("/images/a.jpg").text("Two").build())
            .build())
        .module(RowSeparator.of(Size.XL))
        .body("##### **About**")
        .build();

    RowMultiColumns columns = (RowMultiColumns) page.modules().get(0);
    assertEquals(List.of(6, 6), columns.widths());
    assertEquals("<p>One</p>\n", ((RowTextImage) columns.modules().get(0)).text().html());
    assertEquals("<h5 id=\"about\"><a href=\"#about\" aria-hidden=\"true\" tabindex=\"-1\"><span class=\"icon icon-link\">"
        + "</span></a><strong>About</strong></h5>\n", page.body().html());
  }

  @Test
  void widthsThatAddUpTo13AreRefused() {
    LayoutException e = assertThrows(LayoutException.class, () -> RowMultiColumns.builder()
        .widths(6, 7).module(RowText.of(Markdown.of("a"))).module(RowText.of(Markdown.of("b"))).build());

    assertEquals(List.of("RowMultiColumns widths [6, 7] add up to 13; a row has 12 columns"), e.problems());
  }

  @Test
  void everyBrokenGridRuleIsReportedAtOnce() {
    LayoutException e = assertThrows(LayoutException.class, () -> RowMultiColumns.builder()
        .cols(3).widths(0, 13).module(RowSeparator.medium()).build());

    assertEquals(List.of(
        "RowMultiColumns width 0 is out of range; each width is 1 to 12",
        "RowMultiColumns width 13 is out of range; each width is 1 to 12",
        "RowMultiColumns has 1 module but 2 widths; give one width per module",
        "RowMultiColumns widths [0, 13] add up to 13; a row has 12 columns",
        "RowMultiColumns cols 3 does not match its 1 module; cols is the number of modules (or leave it out)"),
        e.problems());
  }

  @Test
  void aGridNeedsModules() {
    LayoutException e = assertThrows(LayoutException.class, () -> RowMultiColumns.builder().widths(12).build());

    assertEquals(List.of("RowMultiColumns needs at least one module"), e.problems());
  }

  @Test
  void textImageColsMustLeaveRoomForTheOtherColumn() {
    assertEquals(List.of("RowTextImage cols 12 is out of range; use 1 to 11 (the image column takes the rest of the 12)"),
        assertThrows(LayoutException.class, () -> RowTextImage.builder().cols(12).build()).problems());
    assertEquals(List.of("RowImageText cols 0 is out of range; use 1 to 11 (the text column takes the rest of the 12)"),
        assertThrows(LayoutException.class, () -> RowImageText.builder().cols(0).build()).problems());
    assertEquals(TextImageRow.DEFAULT_COLS, RowImageText.builder().build().cols());
  }

  @Test
  void aRowImageNeedsAnImage() {
    assertEquals(List.of("RowImage needs an image: add 'image: /images/…'"),
        assertThrows(LayoutException.class, () -> RowImage.builder().title("x").build()).problems());
  }

  @Test
  void unsafeUrlsAreRefusedWhereverTheyAre() {
    assertEquals(List.of("RowImage image: image URL scheme 'javascript:' is not allowed; use http, https, "
        + "a site path (/...) or a data:image/..."),
        assertThrows(LayoutException.class, () -> RowImage.builder().image("javascript:alert(1)").build()).problems());
    assertEquals(List.of("RowText text: link URL scheme 'javascript:' is not allowed; use http, https, mailto, "
        + "a site path (/...) or an #anchor"),
        assertThrows(LayoutException.class, () -> RowText.builder().text("[x](JaVaScRiPt:alert(1))").build()).problems());
    assertEquals(List.of("Page body: raw HTML <script> is not allowed in content"),
        assertThrows(LayoutException.class, () -> Page.builder().body("<script>alert(1)</script>").build()).problems());
  }

  @Test
  void statusMustBeClassNames() {
    assertEquals(List.of("RowText status 'a\" onclick=\"x' is not a list of CSS class names (\"a\"\" is not a class name)"),
        assertThrows(LayoutException.class, () -> RowText.builder().status("a\" onclick=\"x").build()).problems());
    assertEquals("second text-center", RowText.builder().status(" second \t text-center ").build().status().orElseThrow());
    assertTrue(RowText.builder().status("  ").build().status().isEmpty());
  }

  @Test
  void separatorSizesAreCaseInsensitiveAndShared() {
    assertEquals(Size.XL, Size.parse("Xl").orElseThrow());
    assertTrue(Size.parse(" S").isEmpty());
    assertSame(RowSeparator.of(Size.S), RowSeparator.of(Size.S));
    assertEquals("extra-small", Size.XS.cssClass());
  }

  @Test
  void metadataKeepsItsOrderAndCannotBeChanged() {
    Page page = Page.builder()
        .meta("layout", "news")
        .meta("tags", List.of("a", "b"))
        .meta("author", Page.orderedMap("name", "X", "role", "editor"))
        .build();

    assertEquals(List.of("layout", "tags", "author"), List.copyOf(page.meta().keySet()));
    assertEquals(List.of("name", "role"), List.copyOf(((Map<?, ?>) page.meta().get("author")).keySet()));
    assertThrows(UnsupportedOperationException.class, () -> page.meta().put("x", "y"));
    assertThrows(UnsupportedOperationException.class, () -> page.modules().add(RowSeparator.medium()));
    assertThrows(IllegalArgumentException.class, () -> Page.builder().meta("n", 3));
  }

  @Test
  void pagesAreValues() {
    Page one = Page.builder().title("T").module(RowText.of(Markdown.of("x"))).build();
    Page two = Page.builder().title("T").module(RowText.of(Markdown.of("x"))).build();

    assertEquals(one, two);
    assertEquals(one.hashCode(), two.hashCode());
  }
}
