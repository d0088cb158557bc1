package dev.quire.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quire.dsl.Page;
import dev.quire.runtime.PageRoutes;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Request paths to the example site's pages and back, through the generated index, as every server resolves them. */
class PageRoutesTest {
  private static final PageRoutes ROUTES = PageRoutes.of(PageIndex.class);

  @Test
  void pathsNamePagesBySlug() {
    assertSame(IndexPage.page(), ROUTES.find("/", null).orElseThrow());
    assertSame(IndexPage.page(), ROUTES.find("", null).orElseThrow());
    assertSame(IpsoPage.page(), ROUTES.find("/ipso", null).orElseThrow());
    assertSame(IpsoPage.page(), ROUTES.find("/ipso/", null).orElseThrow());
    assertSame(dev.quire.examples.news.Page20261005Quire01Page.page(),
        ROUTES.find("/news/2026-10-05-quire-0-1", null).orElseThrow());
    assertEquals(Optional.empty(), ROUTES.find("/nope", null));
    assertEquals(Optional.empty(), ROUTES.find("/downloads", null), "a page with a model has no address of its own");
  }

  @Test
  void aCollectionsNameIsItsIndexFilteredByAKnownTag() {
    Page all = ROUTES.find("/news/", null).orElseThrow();
    assertEquals(Optional.of("News"), all.title());
    assertSame(PageIndex.news().indexPage("News", Optional.of("modules")), ROUTES.find("/news", "tag=modules").orElseThrow());
    assertSame(all, ROUTES.find("/news", "tag=").orElseThrow(), "an empty tag is no filter");
    assertEquals(Optional.empty(), ROUTES.find("/news", "tag=no-such-tag"), "no page (and nothing kept) for a tag no entry has");
    assertEquals(Optional.empty(), ROUTES.find("/news", "tag=%E0%A4"), "a malformed escape is no tag");
  }

  @Test
  void aPrefixMovesEveryAddress() {
    PageRoutes docs = ROUTES.under("/docs/");
    assertSame(IndexPage.page(), docs.find("/docs", null).orElseThrow());
    assertSame(IpsoPage.page(), docs.find("/docs/ipso/", null).orElseThrow());
    assertEquals(Optional.empty(), docs.find("/ipso", null));
    assertEquals(Optional.empty(), docs.find("/docsipso", null));
    assertEquals("/docs", docs.pathOf("index"));
    assertEquals("/docs/ipso", docs.pathOf("ipso"));
    assertEquals("/", ROUTES.pathOf("index"));
  }

  @Test
  void everyAddressIsListedAndTheNavigationFound() {
    List<String> paths = ROUTES.paths();
    assertTrue(paths.containsAll(List.of("/", "/ipso", "/news", "/news/2026-10-05-quire-0-1", "/table")), paths.toString());
    assertEquals(PageIndex.slugs().size() + 1, paths.size(), "each slug's address and the collection's");
    assertEquals(Optional.of(PageIndex.navigation()), ROUTES.navigation());
  }

  @Test
  void theIndexesTheProcessorRecordedAreFound() {
    PageRoutes discovered = PageRoutes.discover(PageRoutesTest.class.getClassLoader());
    assertEquals(ROUTES.paths(), discovered.paths());
    IllegalArgumentException notAnIndex = assertThrows(IllegalArgumentException.class, () -> PageRoutes.of(String.class));
    assertEquals("java.lang.String is not an index class the Quire processor generated (it is not a SiteIndex and has "
        + "no nested Site)", notAnIndex.getMessage());
    // The generated index is a SiteIndex, which javac checks: the same routes from PageIndex.site().
    assertEquals(ROUTES.paths(), PageRoutes.of(PageIndex.site()).paths());
  }
}
