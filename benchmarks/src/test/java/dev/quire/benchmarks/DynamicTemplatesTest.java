package dev.quire.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quire.benchmarks.dynamic.Basket;
import dev.quire.benchmarks.dynamic.BasketPage;
import dev.quire.dsl.Url;
import dev.quire.runtime.ByteSink;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The dynamic page's peers are Quire's page exactly: the generated templates are up to date, and every
 * implementation writes Quire's bytes for the benchmark's basket, an empty one and one of awkward text.
 */
class DynamicTemplatesTest {
  private static final Path MAIN = Path.of("src/main");

  @Test
  void theCommittedTemplatesAreTheGeneratedOnes() throws IOException {
    for (Map.Entry<String, String> file : DynamicTemplates.all().entrySet()) {
      assertEquals(file.getValue(), Files.readString(MAIN.resolve(file.getKey()), StandardCharsets.UTF_8),
          file.getKey() + " is out of date; regenerate it (see DynamicTemplates)");
    }
  }

  /**
   * The benchmark's basket, an empty one and one whose text needs escaping. The engines escape
   * differently beyond {@code & < >} in text and {@code & "} in attributes (jte leaves {@code >} in
   * attributes, JStachio writes {@code =} as {@code &#x3D;}, quotes vary), so the data keeps to what
   * all of them write alike.
   */
  static List<Basket> baskets() {
    Basket sample = Basket.sample();
    return List.of(sample,
        new Basket(new Basket.Customer("Bo"), 0, List.of(), List.of()),
        new Basket(new Basket.Customer("<script>alert(1)</script> & ünï 😀"), 1,
            List.of(new Basket.Offer("a<b", "c&d")),
            List.of(new Basket.Line("x<y>", Url.of("/shop/tea&cake"), 7, "1 €"))));
  }

  @TestFactory
  List<DynamicTest> everyImplementationWritesQuiresBytes() {
    return baskets().stream().flatMap(basket -> {
      byte[] expected = Seed.RENDERER.renderDocument(BasketPage.page(basket)).getBytes(StandardCharsets.UTF_8);
      return Implementations.dynamic(basket).stream().map(implementation -> DynamicTest.dynamicTest(
          implementation.name() + " with " + basket.lines().size() + " lines", () -> {
            ByteSink sink = new ByteSink(16);
            StringBuilder text = new StringBuilder();
            for (int round = 0; round < 3; round++) {
              sink.reset();
              implementation.bytes(sink);
              assertArrayEquals(expected, sink.toByteArray(), () -> implementation.name() + " bytes differ:\n" + sink);
              text.setLength(0);
              implementation.chars(text);
              assertEquals(new String(expected, StandardCharsets.UTF_8), text.toString(), implementation.name() + " text");
            }
          }));
    }).toList();
  }

  @Test
  void theSamplePageIsTheSeedPageWithTheBasket() {
    Document page = Jsoup.parse(Seed.RENDERER.renderDocument(BasketPage.page(Basket.sample())));
    assertEquals("Your basket", page.title());
    assertTrue(page.select(".row-text").first().text().startsWith("Hello Ann O\u2019Neil, your basket holds"));
    assertEquals(20, page.select(".page-body tbody tr").size());
    assertEquals(3, page.select(".row-text").size() - 1, "an offer per module through each:");
    assertEquals(3, page.select("img").size(), "the seed page's three images and nothing else");
    assertEquals("Tea & biscuits <5>", page.select(".page-body tbody tr").get(4).selectFirst("a").text());
  }
}
