package dev.quire.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quire.dsl.internal.Dates;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The whole-site modules written by hand: dates, icons, collections, tables, button grids, body Markdown. */
class SiteModulesTest {
  @Test
  void datesInTheSitesFormsAndIso() {
    assertEquals(Optional.of(LocalDate.of(2024, 10, 2)), Dates.parse("2024-Oct-2"));
    assertEquals(Optional.of(LocalDate.of(2024, 7, 29)), Dates.parse("2024-July-29"));
    assertEquals(Optional.of(LocalDate.of(2021, 7, 8)), Dates.parse("2021-Jul-08"));
    assertEquals(Optional.of(LocalDate.of(2024, 9, 3)), Dates.parse("2024-sept-3"));
    assertEquals(Optional.of(LocalDate.of(2024, 10, 2)), Dates.parse("2024-10-02"));
    assertEquals(Optional.empty(), Dates.parse("2024-Feb-30"));
    assertEquals(Optional.empty(), Dates.parse("2024-Ju-3"));
    assertEquals(Optional.empty(), Dates.parse("Oct 2, 2024"));
    assertEquals("date '2024-Feb-30' is not a day of the calendar", Dates.problem("date", "2024-Feb-30").message());
  }

  @Test
  void iconsComeFromTheWebjarWithSuggestions() {
    Icon cog = Icon.of("fas cog");
    assertEquals("fas cog", cog.spec());
    assertEquals(512, cog.width());
    assertTrue(cog.path().startsWith("M487.4 315.7"));
    assertEquals(640, Icon.of("fas laptop").width());
    LayoutException wrongSet = assertThrows(LayoutException.class, () -> Icon.of("fas github"));
    assertEquals(List.of("icon 'fas github' is not a solid icon; did you mean 'fab github'?"), wrongSet.problems());
    LayoutException typo = assertThrows(LayoutException.class, () -> Icon.of("fas dowload"));
    assertEquals(List.of("icon 'fas dowload' is not a Font Awesome 5.15.4 free solid icon; did you mean 'fas download'?"),
        typo.problems());
  }

  @Test
  void aCollectionSortsNewestFirstRanksTheHomepageAndMatchesWholeTags() {
    Entry old = Entry.of("news/old", "Old", LocalDate.of(2021, 7, 8), "2021-Jul-08").homepage(600).tags("security");
    Entry oct1 = Entry.of("news/oct1", "Oct 1", LocalDate.of(2024, 10, 1), "2024-Oct-01").homepage(11).tags("news");
    Entry oct2 = Entry.of("news/oct2", "Oct 2", LocalDate.of(2024, 10, 2), "2024-Oct-2").homepage(5).tags("news", "workshop");
    Entry july = Entry.of("news/july", "July", LocalDate.of(2024, 7, 29), "2024-July-29").tags("s - workshop");
    Entries news = Entries.of("news", List.of(old, july, oct1, oct2));

    // The original sorted the date text: 2024-Oct-2 > 2024-Oct-01 > 2024-July-29, by accident right here,
    // but July after June and May elsewhere.
    assertEquals(List.of(oct2, oct1, july, old), news.newestFirst());
    assertEquals(List.of(oct2, oct1, old), news.onHomepage());
    assertEquals(List.of(oct2), news.tagged("workshop"));
    assertEquals(List.of(), news.tagged("s"));
    assertEquals(List.of("news", "workshop", "s - workshop", "security"), news.tags());
    assertEquals(oct1, news.get("news/oct1"));
    assertThrows(IllegalArgumentException.class, () -> news.get("news/nope"));
    assertSame(news.indexPage("News", Optional.of("news")), news.indexPage("News", Optional.of("news")));
    Page unknown = news.indexPage("News", Optional.of("made-up"));
    assertNotSame(unknown, news.indexPage("News", Optional.of("made-up")), "a tag no entry has is not kept");
    assertEquals(unknown, news.indexPage("News", Optional.of("made-up")), "but says the same");
    assertEquals("/news/a%20b/", Entry.of("news/a b", "A", LocalDate.of(2024, 1, 1), "x").href());
  }

  @Test
  void aTableRefusesKeysThatAreNotColumnsAndCellsWithNothingToShow() {
    LayoutException e = assertThrows(LayoutException.class, () -> RowDynamicTable.builder()
        .column(TableColumn.of("title", "Title"))
        .filter("titel")
        .row(TableRow.of("title", Cell.text("a"), "type", Cell.EMPTY.url("/x/")))
        .build());
    assertEquals(List.of(
        "RowDynamicTable filter key 'titel' is not a column; did you mean 'title'?; the columns are title",
        "RowDynamicTable row key 'type' is not a column; the columns are title",
        "RowDynamicTable cell 'type' has a url but nothing to show; give it a title, an icon or an image"), e.problems());
  }

  @Test
  void aTableWithoutColumnsTakesTheRowsKeys() {
    RowDynamicTable table = RowDynamicTable.builder()
        .row(TableRow.of("published_on", Cell.text("2024-Oct-2")))
        .row(TableRow.of("downloadLink", Cell.icon(Icon.of("fas download")).url("/x.pdf")))
        .build();
    assertEquals(List.of(TableColumn.of("published_on", "Published On"), TableColumn.of("downloadLink", "Download Link")),
        table.columns());
    assertEquals("2024-10-02", table.rows().get(0).cell("published_on").orElseThrow().sortKey());
    assertEquals(Cell.Kind.LINK_ICON, table.rows().get(1).cell("downloadLink").orElseThrow().kind());
  }

  @Test
  void aButtonGridNeedsColumnsAndSafeLinks() {
    assertEquals(List.of("RowButtonGrid needs cols, a list of columns each with an image (icon) and items"),
        assertThrows(LayoutException.class, () -> RowButtonGrid.builder().build()).problems());
    LayoutException e = assertThrows(LayoutException.class, () -> RowButtonGrid.builder().id("my events")
        .column(ButtonColumn.of(Icon.of("fas cog")).button(Button.of("x").url("javascript:alert(1)").target("new tab")))
        .build());
    assertEquals(3, e.problems().size());
    assertTrue(e.problems().get(1).startsWith("RowButtonGrid button url: link URL scheme 'javascript:' is not allowed"));
  }

  @Test
  void bodyMarkdownGetsHeadingAnchorsAndExternalLinksInANewTab() {
    assertEquals("<h2 id=\"news\"><a href=\"#news\" aria-hidden=\"true\" tabindex=\"-1\"><span class=\"icon icon-link\"></span>"
        + "</a>News</h2>\n<p><a href=\"https://example.com/\" target=\"_blank\" rel=\"nofollow noopener noreferrer\">out</a> "
        + "<a href=\"/in/\">in</a> <a href=\"https://example.com/raw\">raw</a></p>\n",
        Markdown.body("## News\n[out](https://example.com/) [in](/in/) <a href=\"https://example.com/raw\">raw</a>\n").html());
    assertEquals("<h2 id=\"news\">News</h2>\n<p><a href=\"https://example.com/\">out</a></p>\n",
        Markdown.of("## News\n[out](https://example.com/)\n").html());
  }
}
