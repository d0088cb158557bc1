package dev.quire.benchmarks;

import dev.quire.runtime.ByteSink;
import java.io.IOException;

/** Quire: the page's render plan, copied. */
final class QuireImplementation implements Implementation {
  @Override
  public String name() {
    return "quire";
  }

  @Override
  public void bytes(ByteSink sink) {
    Seed.RENDERER.renderDocument(Seed.PAGE, sink);
  }

  @Override
  public void chars(StringBuilder out) throws IOException {
    Seed.RENDERER.renderDocument(Seed.PAGE, out);
  }
}
