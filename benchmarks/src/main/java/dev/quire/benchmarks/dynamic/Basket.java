package dev.quire.benchmarks.dynamic;

import dev.quire.dsl.Url;
import io.jstach.jstache.JStache;
import java.util.ArrayList;
import java.util.List;

/**
 * What the dynamic page shows: a customer, offers and the lines of a basket. JStachio compiles its
 * template for this type ({@code basket.mustache}, written by {@code DynamicTemplates}).
 *
 * @param customer who the basket is for
 * @param count how many items it holds
 * @param offers the offers shown under the seed's text, each a module through {@code each:}
 * @param lines the basket's lines, each a table row through a section
 */
@JStache(path = "basket.mustache")
public record Basket(Customer customer, int count, List<Offer> offers, List<Line> lines) {
  /**
   * The customer.
   *
   * @param name the name the page greets
   */
  public record Customer(String name) {}

  /**
   * An offer.
   *
   * @param title its title
   * @param text what it says
   */
  public record Offer(String title, String text) {}

  /**
   * A line of the basket.
   *
   * @param name the product
   * @param url the product's page
   * @param quantity how many
   * @param price the line's price, formatted
   */
  public record Line(String name, Url url, int quantity, String price) {}

  /**
   * Whether the basket has lines (what the peers' templates test before the table's body; Quire's
   * page tests {@code lines} itself).
   *
   * @return whether the basket has lines
   */
  public boolean hasLines() {
    return !lines.isEmpty();
  }

  /**
   * The benchmark's basket: 20 lines, three offers, text that needs escaping here and there. No quote
   * or apostrophe: each engine writes those differently in text (Quire as {@code &quot;} and
   * {@code &#39;} everywhere, jte only in attributes, JStachio {@code &#x27;}), and the peers must
   * write the same bytes.
   */
  public static Basket sample() {
    return sample(20);
  }

  /**
   * The benchmark's basket with {@code size} lines, made as {@link #sample()}'s are: the basket of the
   * per-line cost, where the pages differ by their lines alone.
   *
   * @param size how many lines
   * @return the basket
   */
  public static Basket sample(int size) {
    List<Line> lines = new ArrayList<>();
    int count = 0;
    for (int i = 1; i <= size; i++) {
      int quantity = i % 3 + 1;
      count += quantity;
      lines.add(new Line(i % 5 == 0 ? "Tea & biscuits <" + i + ">" : "Product " + i, Url.of("/shop/products/" + i),
          quantity, String.format(java.util.Locale.ROOT, "%d.%02d €", 3 * i, (7 * i) % 100)));
    }
    List<Offer> offers = List.of(new Offer("Free delivery", "on orders over 50 €"),
        new Offer("Members week", "10% off selected items"), new Offer("New", "smart objects & more"));
    return new Basket(new Customer("Ann O\u2019Neil"), count, offers, List.copyOf(lines));
  }
}
