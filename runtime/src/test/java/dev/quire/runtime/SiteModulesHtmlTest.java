package dev.quire.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quire.dsl.Button;
import dev.quire.dsl.ButtonColumn;
import dev.quire.dsl.ButtonStatus;
import dev.quire.dsl.Cell;
import dev.quire.dsl.Entries;
import dev.quire.dsl.Entry;
import dev.quire.dsl.Footer;
import dev.quire.dsl.Icon;
import dev.quire.dsl.Markdown;
import dev.quire.dsl.NavItem;
import dev.quire.dsl.Navigation;
import dev.quire.dsl.Page;
import dev.quire.dsl.RowButtonGrid;
import dev.quire.dsl.RowDocumentHeader;
import dev.quire.dsl.RowDynamicTable;
import dev.quire.dsl.RowMultiColumns;
import dev.quire.dsl.RowNewsCards;
import dev.quire.dsl.RowNewsList;
import dev.quire.dsl.RowText;
import dev.quire.dsl.TableColumn;
import dev.quire.dsl.TableRow;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The HTML of the whole-site modules and of the document frame, parsed with a real HTML parser. */
class SiteModulesHtmlTest {
  private static final Icon COG = Icon.svg("fas", "cog", 512, 512, "M0 0h512v512z");
  private static final Icon GITHUB = Icon.svg("fab", "github", 496, 512, "M1 1z");
  private final HtmlRenderer renderer = HtmlRenderer.create();

  private Document render(Page page) {
    return Jsoup.parse(renderer.render(page));
  }

  @Test
  void aButtonGridHasEqualColumnsIconsAndStyledButtons() {
    Document html = render(Page.builder().module(RowButtonGrid.builder().id("events")
        .column(ButtonColumn.of(COG).title("LwM2M").subtitle("Protocol")
            .button(Button.of("Core").subtitle("PDF").status(ButtonStatus.ACTIVE).url("https://x.org/a.pdf").target("_blank"))
            .button(Button.of("Test").status(ButtonStatus.PENDING))
            .button(Button.of("Old").status(ButtonStatus.DEACTIVE).url("/old/")))
        .column(ButtonColumn.of(COG).title("Two"))
        .build()).build());

    Element grid = html.selectFirst("div#events.row-button-grid > div.row");
    assertEquals(2, grid.select("> div.col-md").size(), "equal columns, stacked on phones");
    Element column = grid.child(0);
    Element svg = column.selectFirst("div.text-center.text-primary.col-title.mb-3 > svg.fa-2x.svg-inline--fa.fa-cog");
    assertEquals("0 0 512 512", svg.attr("viewBox"));
    assertEquals("true", svg.attr("aria-hidden"));
    assertEquals("LwM2M", column.selectFirst("p.h5.mb-0").text());
    assertEquals("Protocol", column.selectFirst("p.col-title-subtitle.font-italic").text());
    Element core = column.selectFirst("a.btn.btn-block.button.active");
    assertEquals("https://x.org/a.pdf", core.attr("href"));
    assertEquals("_blank", core.attr("target"));
    assertEquals("noopener", core.attr("rel"));
    assertEquals("Core", core.selectFirst("p.button-title").text());
    assertEquals("PDF", core.selectFirst("p.button-subtitle").text());
    assertFalse(column.selectFirst("a.button.pending").hasAttr("href"), "a button without url is not a link");
    assertEquals("true", column.selectFirst("a.button.deactive").attr("aria-disabled"));
    assertEquals("", grid.child(1).selectFirst("p.col-title-subtitle").text());
  }

  @Test
  void aTableHasEveryRowEverySortKeyAndEveryKindOfCell() {
    RowDynamicTable table = RowDynamicTable.builder().description("Resources").pagination(2).filter("title")
        .column(TableColumn.of("title", "Title").sortable(true))
        .column(TableColumn.of("published", "Published").sortable(true))
        .column(TableColumn.of("link", "Link"))
        .row(TableRow.of("title", Cell.text("Plain"), "published", Cell.text("2024-Oct-2"), "link", Cell.icon(COG)))
        .row(TableRow.of("title", Cell.link("Linked", "https://x.org/").target("_blank"), "link",
            Cell.icon(COG).url("/a.pdf")))
        .row(TableRow.of("title", Cell.image("/i.png").title("Picture"), "link", Cell.image("/i.png").title("Go").url("/go/")))
        .build();
    Element root = render(Page.builder().module(table).build()).selectFirst("div.row-dynamic-table");

    assertEquals("2", root.attr("data-pagination"));
    assertEquals("title", root.attr("data-filter"));
    assertTrue(root.selectFirst("div.form-group").hasAttr("hidden"), "the search box waits for the script");
    assertTrue(root.selectFirst("nav[aria-label=Pagination]").hasAttr("hidden"), "so does the pager");
    assertNotNull(root.selectFirst("nav[aria-label=Pagination] > ul.pagination"), "a list in a nav");
    Element htmlTable = root.selectFirst("table.table.b-table.table-striped.table-hover");
    assertEquals("Resources", htmlTable.attr("aria-label"));
    assertEquals("3", htmlTable.attr("aria-rowcount"));
    assertEquals(List.of("none", "none"), htmlTable.select("th").eachAttr("aria-sort"), "initially unsorted, file order");
    assertFalse(htmlTable.select("th").get(2).hasAttr("aria-sort"), "not sortable");
    assertEquals("position-relative", htmlTable.select("th").get(2).className());
    assertEquals(3, htmlTable.select("tbody tr").size(), "every row is in the HTML, pages or not");
    Element first = htmlTable.select("tbody tr").get(0);
    assertEquals("Plain", first.selectFirst("td[aria-colindex=1] > div > div > p").text());
    assertEquals("2024-10-02", first.selectFirst("td[aria-colindex=2]").attr("data-sort"));
    assertNotNull(first.selectFirst("td[aria-colindex=3] > div > svg.svg-inline--fa.fa-cog"));
    Element second = htmlTable.select("tbody tr").get(1);
    assertEquals("noopener", second.selectFirst("td[aria-colindex=1] a[href=https://x.org/][target=_blank]").attr("rel"));
    assertEquals("", second.selectFirst("td[aria-colindex=2]").text(), "a missing cell is empty");
    assertEquals("Link", second.selectFirst("td[aria-colindex=3] a[href=/a.pdf]").attr("aria-label"));
    Element third = htmlTable.select("tbody tr").get(2);
    assertEquals("Picture", third.selectFirst("td[aria-colindex=1] img[src=/i.png]").attr("alt"));
    assertEquals("/i.png", third.selectFirst("td[aria-colindex=3] a[href=/go/] > img").attr("src"),
        "a linked image keeps its src (the original lost it)");
  }

  @Test
  void newsModulesShowTheirEntries() {
    Entry a = Entry.of("news/a b", "First <news>", LocalDate.of(2024, 10, 2), "2024-Oct-2").subtitle("Sub").by("OMA")
        .image("/images/a.png").homepage(1).excerpt(Markdown.generated("<p>Excerpt</p>"));
    Entry b = Entry.of("news/b", "Second", LocalDate.of(2024, 7, 29), "2024-July-29");
    Document html = render(Page.builder()
        .module(RowNewsCards.of(List.of(a, b)))
        .module(RowMultiColumns.builder().widths(4).module(RowNewsList.of(COG, List.of(a, b, a)).title("News")).build())
        .module(RowDocumentHeader.of(b))
        .build());

    List<Element> cards = html.select("div.row-news-cards > div.row.row-eq-height > div.col-md-6.col-lg-4 > article.card");
    assertEquals(2, cards.size());
    // No heading before the cards: their titles are level 2, under the page's title; they look like h4.
    assertEquals("/news/a%20b/", cards.get(0).selectFirst("h2.card-title.h4 a.stretched-link").attr("href"));
    assertEquals("First <news>", cards.get(0).selectFirst("h2.card-title").text());
    assertEquals("Sub", cards.get(0).selectFirst("p.card-subtitle.h6").text());
    assertNull(cards.get(1).selectFirst(".card-subtitle"), "no subtitle, no empty element");
    assertEquals("Excerpt", cards.get(0).selectFirst("div.card-text.pt-3 > p").text());
    assertEquals("2024-10-02", cards.get(0).selectFirst("div.card-footer time").attr("datetime"));
    assertEquals("2024-Oct-2", cards.get(0).selectFirst("div.card-footer time").text());
    assertNull(cards.get(1).selectFirst("img"), "an entry without an image shows none by default");
    assertEquals(List.of("card mb-3 p-0 first", "card mb-3 p-0 second", "card mb-3 p-0 third"),
        html.select("div.col-md-4 div.row-news-list div.row-news-list-item > div.card").eachAttr("class"));
    assertEquals("News", html.selectFirst("div.row-news-list div.col-title p.h5").text());
    // The list's entries come after the cards' level-2 titles: level 3, looking like h5.
    assertEquals(3, html.select("div.row-news-list h3.card-title.h5").size());
    Element header = html.selectFirst("div.mb-5.pb-5.row-document-header");
    assertEquals("Second", header.selectFirst("h1.display-5").text());
    assertEquals("2024-Jul-29", header.selectFirst("p.byline").text(), "no author, the date in the site's format");
    assertEquals("/news/", header.selectFirst("nav a.collection-link").attr("href"));
    assertEquals("\u2190 News", header.selectFirst("nav a.collection-link").text());
    assertEquals(List.of(), header.select("p.lead"), "no subtitle, no empty element");
  }

  @Test
  void anEntryWithoutAnImageShowsTheRenderersEntryImageWhenItHasOne() {
    Entry plain = Entry.of("news/p", "Plain", LocalDate.of(2024, 3, 1), "2024-03-01");
    Page page = Page.builder().module(RowNewsCards.of(List.of(plain))).module(RowDocumentHeader.of(plain)).build();
    Document none = Jsoup.parse(HtmlRenderer.create().render(page));
    assertEquals(List.of(), none.select("img").eachAttr("src"));
    Document logo = Jsoup.parse(HtmlRenderer.builder().entryImage("/images/logo.png").build().render(page));
    assertEquals(List.of("/images/logo.png", "/images/logo.png"), logo.select("img").eachAttr("src"));
    assertEquals(List.of("Plain", "Plain"), logo.select("img").eachAttr("alt"));
    assertThrows(IllegalArgumentException.class, () -> HtmlRenderer.builder().entryImage("javascript:alert(1)"));
  }

  @Test
  void theNavigationBrandIsTheSiteNameOrItsOwn() {
    Navigation bar = Navigation.of(List.of(NavItem.link("About", "/about/")));
    Page page = Page.builder().title("About").build();
    assertEquals("Home", brand(HtmlRenderer.builder().navigation(bar).build(), page).text());
    assertEquals("Quire <examples>", brand(HtmlRenderer.builder().siteName("Quire <examples>").navigation(bar).build(), page).text());
    HtmlRenderer own = HtmlRenderer.builder().siteName("Site").navigation(bar.brand("Brand").logo("/images/l.png")).build();
    assertEquals("Brand", brand(own, page).selectFirst("img").attr("alt"));
  }

  private static Element brand(HtmlRenderer renderer, Page page) {
    return Jsoup.parse(renderer.renderDocument(page)).selectFirst("nav a.navbar-brand[href=/]");
  }

  @Test
  void theCollectionIndexLinksTagsAndMarksTheSelectedOne() {
    Entries news = Entries.of("news", List.of(
        Entry.of("news/a", "A", LocalDate.of(2024, 1, 1), "x").tags("s - workshop", "news"),
        Entry.of("news/b", "B", LocalDate.of(2024, 2, 1), "y").tags("news")));
    Document html = render(news.indexPage("News", Optional.of("s - workshop")));

    // Tags in the order the newest entries first use them; the last link clears the filter.
    assertEquals(List.of("/news/?tag=news", "/news/?tag=s%20-%20workshop", "/news/"),
        html.select("div.row-tags a").eachAttr("href"));
    assertEquals("#s - workshop", html.selectFirst("div.row-tags a.font-weight-bold").text());
    // The cards' titles are headings below the tags' "Tags" (h2), looking like the original's h4.
    assertEquals(List.of("A"), html.select("div.row-news-cards h3.card-title.h4").eachText());
  }

  @Test
  void theDocumentHasTheNavigationTheFooterAndItsOwnTitle() {
    HtmlRenderer site = HtmlRenderer.builder().siteName("Site")
        .navigation(Navigation.of(List.of(
            NavItem.link("About", "/about/").cssClass("text-uppercase"),
            NavItem.dropdown("More").item(NavItem.link("FAQ", "/faq/")),
            NavItem.icon(GITHUB, "https://github.com/x").title("GitHub").target("_blank").cssClass("ml-auto")))
            .logo("/images/logo1.jpg"))
        .footer(Footer.of("(c) 2024").link(GITHUB, "GitHub", "https://github.com/x"))
        .build();
    Document about = Jsoup.parse(site.renderDocument(Page.builder().title("About").build()));
    Document untitled = Jsoup.parse(site.renderDocument(Page.builder().build()));

    assertEquals("About \u2013 Site", about.title());
    assertEquals("Site", untitled.title());
    Element nav = about.selectFirst("body > header > nav.navbar.main-nav-bar");
    assertEquals("/images/logo1.jpg", nav.selectFirst("a.navbar-brand[href=/] > img").attr("src"));
    assertEquals("Site", nav.selectFirst("a.navbar-brand[href=/] > img").attr("alt"));
    assertEquals(List.of("navbar-nav text-uppercase", "navbar-nav", "navbar-nav ml-auto"), nav.select("ul.navbar-nav").eachAttr("class"));
    assertEquals("/faq/", nav.selectFirst("li.dropdown ul.dropdown-menu a.dropdown-item").attr("href"));
    Element icon = nav.selectFirst("a[href=https://github.com/x]");
    assertEquals("GitHub", icon.attr("aria-label"));
    assertEquals("noopener", icon.attr("rel"));
    assertNotNull(icon.selectFirst("svg.fa-github"));
    assertEquals("(c) 2024", about.selectFirst("body > footer.footer small").text());
    assertNotNull(about.selectFirst("footer a[href=https://github.com/x][target=_blank][rel=noopener][aria-label=GitHub] svg"));
    // No table: the one script is the navigation's, for its dropdown.
    assertEquals(List.of(DocumentFrame.NAVIGATION_SCRIPT), about.select("script").stream().map(Element::data).toList());
  }

  @Test
  void theDocumentHasASkipLinkLandmarksAndALevelOneHeading() {
    HtmlRenderer site = HtmlRenderer.builder().siteName("Site")
        .navigation(Navigation.of(List.of(NavItem.link("Home", "/"), NavItem.dropdown("More").item(NavItem.link("FAQ", "/faq/")))))
        .footer(Footer.of("(c) 2024")).build();
    Document about = Jsoup.parse(site.renderDocument(Page.builder().title("About").build()));

    Element skip = about.body().child(0);
    assertEquals("a", skip.tagName());
    assertEquals("#main", skip.attr("href"), "the first thing a keyboard reaches leads to the content");
    assertEquals("main", about.getElementById("main").tagName());
    assertNotNull(about.selectFirst("body > header > nav[aria-label=Site]"));
    assertNotNull(about.selectFirst("body > footer"));
    assertEquals("About \u2013 Site", about.selectFirst("main > h1.sr-only").text(),
        "a page without a level-1 heading of its own gets its title as one, for screen readers");
    Element toggle = about.selectFirst("li.dropdown > button.dropdown-toggle");
    assertEquals("false", toggle.attr("aria-expanded"));
    assertEquals("nav-menu-1", toggle.attr("aria-controls"));
    assertEquals("ul", about.getElementById("nav-menu-1").tagName());
    assertTrue(about.select("li.dropdown li").stream().noneMatch(li -> li.hasAttr("role")), "plain list items");

    Document titled = Jsoup.parse(site.renderDocument(Page.builder().title("About")
        .module(RowText.of(Markdown.of("# Our story"))).build()));
    assertNull(titled.selectFirst("h1.sr-only"), "a page with its own level-1 heading keeps it alone");
  }

  @Test
  void aPageWithATableCarriesTheTableScript() {
    Page page = Page.builder().module(RowMultiColumns.builder().widths(12).module(RowDynamicTable.builder()
        .row(TableRow.of("a", Cell.text("x"))).build()).build()).build();
    Document html = Jsoup.parse(renderer.renderDocument(page));

    assertEquals(HtmlRenderer.tableScript(), html.selectFirst("body > script").data());
    assertTrue(HtmlRenderer.tableScript().contains("querySelectorAll(\".row-dynamic-table\")"));
  }

  @Test
  void valuesAreEscapedInTheNewModules() {
    String evil = "\"><script>alert(1)</script>";
    Document html = Jsoup.parse(HtmlRenderer.builder().siteName(evil).footer(Footer.of(evil)).build().renderDocument(Page.builder()
        .title(evil)
        .module(RowButtonGrid.builder().column(ButtonColumn.of(COG).title(evil).button(Button.of(evil).subtitle(evil))).build())
        .module(RowDynamicTable.builder().column(TableColumn.of("a", evil)).row(TableRow.of("a", Cell.text(evil))).build())
        .module(RowNewsCards.of(List.of(Entry.of("news/x", evil, LocalDate.of(2024, 1, 1), evil).by(evil))))
        .build()));

    assertEquals(1, html.select("script").size(), "only the table script");
    assertTrue(html.select("*").stream().noneMatch(e -> e.tagName().equals("script") && e.data().contains("alert")));
    assertEquals(evil, html.selectFirst("th").text());
    assertEquals(evil, html.selectFirst("p.button-title").text());
  }

  @Test
  void everyDateShowsInTheSitesOneFormatWhateverTheFileWrote() {
    Entry iso = Entry.of("news/a", "A", LocalDate.of(2024, 10, 2), "2024-10-02");
    Entry month = Entry.of("news/b", "B", LocalDate.of(2024, 9, 14), "2024-September-14");
    Page page = Page.builder().module(RowNewsCards.of(List.of(iso, month))).module(RowNewsList.of(
        COG, List.of(iso))).module(RowDocumentHeader.of(month)).build();
    Document original = Jsoup.parse(HtmlRenderer.create().render(page));
    assertEquals(List.of("2024-Oct-2", "2024-Sep-14", "2024-Oct-2", "2024-Sep-14"), original.select("time").eachText());
    assertEquals(List.of("2024-10-02", "2024-09-14", "2024-10-02", "2024-09-14"), original.select("time").eachAttr("datetime"));
    Document spelled = Jsoup.parse(HtmlRenderer.builder().dateFormat("d MMMM yyyy").build().render(page));
    assertEquals(List.of("2 October 2024", "14 September 2024", "2 October 2024", "14 September 2024"),
        spelled.select("time").eachText());
    Document french = Jsoup.parse(HtmlRenderer.builder().dateFormat("d MMMM yyyy", java.util.Locale.FRENCH).build()
        .render(page));
    assertEquals("2 octobre 2024", french.select("time").first().text());
    IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
        () -> HtmlRenderer.builder().dateFormat("yyyy-{MM}"));
    assertTrue(bad.getMessage().startsWith("dateFormat: 'yyyy-{MM}' is not a date pattern"), bad.getMessage());
  }
}
