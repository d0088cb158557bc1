package com.example.site;

import dev.quire.dsl.Url;
import java.util.List;

/** What the basket page shows. */
public record Basket(Customer customer, List<Line> lines) {
  public record Customer(String name, boolean member) {}

  public record Line(String product, Url link, int quantity) {}
}
