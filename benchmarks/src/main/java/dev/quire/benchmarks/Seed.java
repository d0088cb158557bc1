package dev.quire.benchmarks;

import dev.quire.dsl.Page;
import dev.quire.examples.IpsoPage;
import dev.quire.runtime.HtmlRenderer;
import java.nio.charset.StandardCharsets;

/**
 * The page every implementation renders: the seed page compiled by the examples module, as a whole
 * document. The module CSS is left out of the document ({@code moduleCss(false)}): a site serves it
 * as a cacheable file, and a template would hold it as static text, so carrying it would only
 * measure how each engine copies 1.2 KB of constant text.
 */
public final class Seed {
  public static final HtmlRenderer RENDERER = HtmlRenderer.builder().moduleCss(false).build();
  public static final Page PAGE = IpsoPage.page();
  public static final SeedModel MODEL = SeedModel.of(PAGE);

  private Seed() {}

  /** The bytes every implementation must produce: Quire's document of the seed page. */
  public static byte[] expected() {
    return RENDERER.renderDocument(PAGE).getBytes(StandardCharsets.UTF_8);
  }
}
