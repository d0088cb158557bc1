package dev.quire.benchmarks;

import io.jstach.jstache.JStache;

/**
 * The values of the seed document that come from the renderer and the page's front matter, for the
 * templates that hold the page's content inline ({@code seedInline.jte}, {@code seedInline.mustache},
 * written by {@link InlineTemplates}).
 */
@JStache(path = "seedInline.mustache")
public record Frame(String lang, String title, String stylesheet) {
  static Frame of(SeedModel model) {
    return new Frame(model.lang(), model.title(), model.stylesheet());
  }
}
