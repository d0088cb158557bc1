package com.example.site;

import dev.quire.dsl.Page;
import dev.quire.dsl.Url;
import dev.quire.runtime.HtmlRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The README's page with data: it renders as the README shows, and an empty basket says so. */
public final class Main {
  public static void main(String[] args) throws Exception {
    Basket basket = new Basket(new Basket.Customer("Ann <script>", true), List.of(
        new Basket.Line("Tea", Url.of("/shop/tea"), 2),
        new Basket.Line("Mug", Url.of("/shop/mug"), 1)));
    Page page = BasketPage.page(basket);
    String html = HtmlRenderer.create().render(page);

    for (String expected : Files.readString(Path.of("expected.html")).strip().split("\n…\n")) {
      if (!html.contains(expected)) {
        throw new AssertionError("README consumer: the basket renders as\n" + html + "\nnot as the README shows:\n" + expected);
      }
    }
    String empty = HtmlRenderer.create().render(BasketPage.page(new Basket(new Basket.Customer("Bo", false), List.of())));
    if (!empty.contains("<p>Your basket is empty.</p>") || empty.contains("member") || empty.contains("<ul>")) {
      throw new AssertionError("README consumer: the empty basket renders as\n" + empty);
    }
    System.out.println("README consumer: the page with data renders as the README shows");
  }
}
