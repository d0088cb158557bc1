package dev.quire.benchmarks;

import dev.quire.benchmarks.dynamic.Basket;
import dev.quire.benchmarks.dynamic.BasketPage;
import dev.quire.runtime.ByteSink;
import java.io.IOException;

/** Quire's dynamic page: {@code BasketPage.page(model)} per render, as a controller would call it. */
final class QuireDynamicImplementation implements Implementation {
  private final Basket model;

  QuireDynamicImplementation(Basket model) {
    this.model = model;
  }

  @Override
  public String name() {
    return "quire";
  }

  @Override
  public void bytes(ByteSink sink) {
    Seed.RENDERER.renderDocument(BasketPage.page(model), sink);
  }

  @Override
  public void chars(StringBuilder out) throws IOException {
    Seed.RENDERER.renderDocument(BasketPage.page(model), out);
  }
}
