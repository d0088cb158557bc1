package dev.quire.benchmarks;

import java.util.List;

/**
 * Every implementation, in the order of the report's rows: Quire, the peers with the page's content
 * inline in their templates (their best case), j2html (which builds its tree on every call either
 * way), the peers rendering the content from a model ({@code *_model}), and the ceiling.
 */
public final class Implementations {
  private Implementations() {}

  public static List<Implementation> all() {
    return List.of(new QuireImplementation(), JteImplementation.inline(), JStachioImplementation.inline(),
        HtmlFlowImplementation.inline(), new J2HtmlImplementation(), JteImplementation.model(),
        JStachioImplementation.model(), HtmlFlowImplementation.model(), new Ceiling());
  }

  /** The dynamic page's implementations ({@link DynamicBenchmark}), each for {@code basket}. */
  public static List<Implementation> dynamic(dev.quire.benchmarks.dynamic.Basket basket) {
    return List.of(new QuireDynamicImplementation(basket), JteImplementation.dynamic(basket),
        JStachioImplementation.dynamic(basket), new HandImplementation(basket),
        new DynamicCeiling(basket));
  }

  /** The implementation called {@code name}. */
  public static Implementation named(String name) {
    return all().stream().filter(implementation -> implementation.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no implementation " + name));
  }
}
